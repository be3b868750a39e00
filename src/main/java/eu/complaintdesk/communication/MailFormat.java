package eu.complaintdesk.communication;

import eu.complaintdesk.complaint.Amounts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Currency;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Dates and amounts as a customer reads them, in the customer's language and the business time
 * zone. Templates call it as {@code ${fmt.deadline(firstResponseDue)}} and
 * {@code ${fmt.money(option.amount)}}; its methods are public only for that.
 *
 * <p>English mails use British conventions (day before month, 24-hour clock): our customers are in
 * Europe, and the bare {@code en} locale would give them "December 7, 2026, 11:00 AM".
 *
 * <p>Two of Java 17's CLDR patterns read wrongly in a letter and are replaced: Slovenian writes
 * the day without a leading zero ("9. marec", CLDR gives "09. marec"), and Bulgarian's short time
 * already ends in "ч." ("13:15 ч."), which the language's date-time joiner
 * ({@code mail.format.date-time}: "{0} в {1} ч.") adds after the time, so it would appear twice.
 * Amounts are written by {@link Amounts}, as on the customer pages.
 */
final class MailFormat {

  private static final Map<String, Locale> FORMAT_LOCALES = Map.of("en", Locale.UK);
  private static final Map<String, String> DATE_PATTERNS = Map.of("sl", "EEEE, d. MMMM y");
  private static final Map<String, String> TIME_PATTERNS = Map.of("bg", "H:mm");

  private final ZoneId zone;
  private final DateTimeFormatter date;
  private final DateTimeFormatter time;
  private final BiFunction<String, String, String> dateAndTime;
  private final Amounts money;

  /**
   * @param language    the language of the mail
   * @param zone        the business time zone, in which deadlines are stated
   * @param currency    the desk's currency, in which every amount is
   * @param dateAndTime joins a formatted date and time the way the language does
   *                    ({@code "{0} at {1}"}); Java 17's own pattern would just put a comma
   */
  MailFormat(Locale language, ZoneId zone, Currency currency, BiFunction<String, String, String> dateAndTime) {
    Locale locale = FORMAT_LOCALES.getOrDefault(language.getLanguage(), language);
    this.zone = zone;
    String code = language.getLanguage();
    this.date = DATE_PATTERNS.containsKey(code)
        ? DateTimeFormatter.ofPattern(DATE_PATTERNS.get(code), locale)
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
    this.time = TIME_PATTERNS.containsKey(code)
        ? DateTimeFormatter.ofPattern(TIME_PATTERNS.get(code), locale)
        : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
    this.dateAndTime = dateAndTime;
    this.money = new Amounts(language, currency);
  }

  /**
   * A deadline, e.g. "Monday, 7 December 2026 at 11:00". A value without a time of day (a date
   * from a form, or midnight) shows as the date alone. Accepts {@link Date}, {@code java.time}
   * values and ISO-8601 strings; any other text is shown as it is.
   */
  public String deadline(Object value) {
    if (value == null) {
      return "";
    }
    TemporalAccessor parsed = value instanceof String text ? parse(text) : toTemporal(value);
    if (parsed == null) {
      return value.toString();
    }
    if (parsed instanceof LocalDate day) {
      return date.format(day);
    }
    ZonedDateTime local = (ZonedDateTime) parsed;
    if (local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
      return date.format(local);
    }
    return dateAndTime.apply(date.format(local), time.format(local));
  }

  /** An amount in the desk's currency, e.g. "€1,234.50" in English, "1.234,50 €" in Slovenian. */
  public String money(Object amount) {
    return money.format(amount);
  }

  /** A {@link LocalDate} for a day, otherwise the moment in the business time zone; or null. */
  private TemporalAccessor toTemporal(Object value) {
    if (value instanceof Date moment) {
      return moment.toInstant().atZone(zone);
    }
    if (value instanceof Instant moment) {
      return moment.atZone(zone);
    }
    if (value instanceof ZonedDateTime moment) {
      return moment.withZoneSameInstant(zone);
    }
    if (value instanceof OffsetDateTime moment) {
      return moment.atZoneSameInstant(zone);
    }
    if (value instanceof LocalDateTime moment) {
      return moment.atZone(zone);
    }
    return value instanceof LocalDate day ? day : null;
  }

  private TemporalAccessor parse(String text) {
    String trimmed = text.trim();
    try {
      return trimmed.length() == 10 ? LocalDate.parse(trimmed) : toTemporal(parseMoment(trimmed));
    } catch (DateTimeParseException notIso) {
      return null;
    }
  }

  private static Object parseMoment(String text) {
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException noOffset) {
      return LocalDateTime.parse(text);
    }
  }
}
