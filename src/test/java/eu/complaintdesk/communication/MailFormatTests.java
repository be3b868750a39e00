package eu.complaintdesk.communication;

import static eu.complaintdesk.communication.MailFixtures.ZONE;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Deadlines and amounts as customers read them; the joining pattern comes from the bundle. */
class MailFormatTests {

  private static final Currency EURO = Currency.getInstance("EUR");

  private final MailTemplates templates = new MailTemplates();
  private final MailFormat english = templates.format(Locale.ENGLISH, ZONE, EURO);

  @Test
  void deadline_isStatedInTheBusinessTimeZone_withBritishConventionsInEnglish() {
    // Given a moment in UTC, 10:00 in winter, which is 11:00 in Ljubljana
    Instant moment = Instant.parse("2026-12-07T10:00:00Z");

    // When it is formatted, then it is the full date and the time in Ljubljana
    assertThat(english.deadline(moment)).isEqualTo("Monday, 7 December 2026 at 11:00");
    assertThat(english.deadline(java.util.Date.from(moment)))
        .isEqualTo("Monday, 7 December 2026 at 11:00");
  }

  @Test
  void deadlineWithoutTimeOfDay_isTheDateAlone() {
    // Given dates as forms deliver them, and midnight in the business time zone
    // When they are formatted, then no "at 00:00" follows
    assertThat(english.deadline("2026-12-14")).isEqualTo("Monday, 14 December 2026");
    assertThat(english.deadline(LocalDate.of(2026, 12, 14))).isEqualTo("Monday, 14 December 2026");
    assertThat(english.deadline(MailFixtures.at(2026, 12, 14, 0))).isEqualTo("Monday, 14 December 2026");
  }

  @Test
  void deadlineAsIsoText_isParsed_otherTextIsShownAsItIs() {
    assertThat(english.deadline("2026-12-07T11:00:00+01:00")).isEqualTo("Monday, 7 December 2026 at 11:00");
    assertThat(english.deadline("next week")).isEqualTo("next week");
    assertThat(english.deadline(null)).isEmpty();
  }

  @Test
  void money_isEuroInTheCustomersConventions() {
    // Given amounts as the offer form and Java deliver them
    MailFormat slovenian = new MailFormat(Locale.forLanguageTag("sl"), ZONE, EURO, (d, t) -> d + " " + t);

    // When they are formatted, then each language writes euro its own way
    assertThat(english.money(new BigDecimal("1234.5"))).isEqualTo("€1,234.50");
    assertThat(english.money(49.9d)).isEqualTo("€49.90");
    assertThat(english.money(50L)).isEqualTo("€50.00");
    assertThat(slovenian.money(new BigDecimal("1234.5"))).isEqualTo("1.234,50\u00a0€");
  }

  @Test
  void deadline_inSlovenian_hasNoLeadingZeroAndSaysOb() {
    MailFormat slovenian = templates.format(Locale.forLanguageTag("sl"), ZONE, EURO);

    assertThat(slovenian.deadline(MailFixtures.at(2026, 3, 9, 13).toInstant().plusSeconds(15 * 60)))
        .isEqualTo("ponedeljek, 9. marec 2026 ob 13:15");
    assertThat(slovenian.deadline("2026-12-14")).isEqualTo("ponedeljek, 14. december 2026");
  }

  @Test
  void deadline_inBulgarian_saysCh_once() {
    // Java 17's Bulgarian short time is "13:15 ч."; the joiner "{0} в {1} ч." adds it once
    MailFormat bulgarian = templates.format(Locale.forLanguageTag("bg"), ZONE, EURO);

    assertThat(bulgarian.deadline(MailFixtures.at(2026, 3, 9, 9).toInstant().plusSeconds(15 * 60)))
        .isEqualTo("понеделник, 9 март 2026 г. в 9:15 ч.");
    assertThat(bulgarian.deadline("2026-12-14")).isEqualTo("понеделник, 14 декември 2026 г.");
  }

  @Test
  void money_inSlovenianAndBulgarian_hasTheDecimalCommaAndTheSignAfter() {
    MailFormat slovenian = templates.format(Locale.forLanguageTag("sl"), ZONE, EURO);
    MailFormat bulgarian = templates.format(Locale.forLanguageTag("bg"), ZONE, EURO);

    assertThat(slovenian.money(49.9d)).isEqualTo("49,90\u00a0€");
    assertThat(slovenian.money(new BigDecimal("1234.5"))).isEqualTo("1.234,50\u00a0€");
    // Bulgarian groups thousands with a space; Java 17's own pattern would not group at all
    assertThat(bulgarian.money(new BigDecimal("1234.5"))).isEqualTo("1\u00a0234,50\u00a0€");
    assertThat(bulgarian.money(new BigDecimal("12345.5"))).isEqualTo("12\u00a0345,50\u00a0€");
    assertThat(templates.format(Locale.forLanguageTag("bg"), ZONE, Currency.getInstance("BGN"))
        .money(new BigDecimal("5000"))).isEqualTo("5\u00a0000,00\u00a0лв.");
  }

  @Test
  void money_isInTheDesksCurrency_notAlwaysEuro() {
    // Given a desk that works in Bulgarian lev (complaint-desk.currency=BGN)
    MailFormat english = templates.format(Locale.ENGLISH, ZONE, Currency.getInstance("BGN"));

    // When an amount is formatted, then it says lev, not euro
    assertThat(english.money(new BigDecimal("5000"))).isEqualTo("BGN5,000.00").doesNotContain("€");
  }
}
