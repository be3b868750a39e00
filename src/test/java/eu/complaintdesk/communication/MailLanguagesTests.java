package eu.complaintdesk.communication;

import static eu.complaintdesk.communication.MailFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import eu.complaintdesk.system.ComplaintDeskProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of mail in Slovenian and Bulgarian as the customer receives it from a real SMTP
 * server: subject and body in the language, dates and amounts as the language writes them, and
 * the language declared in the header and in the HTML. The English texts are
 * {@link CustomerMailerTests}'; that every key is translated is {@link MailTranslationsTests}'.
 */
class MailLanguagesTests {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(MailFixtures.SMTP);

  private static final Locale SLOVENIAN = Locale.forLanguageTag("sl");
  private static final Locale BULGARIAN = Locale.forLanguageTag("bg");

  private final CustomerMailer mailer = mailer(MailFixtures.SMTP.getPort());

  static Stream<Arguments> kindsAndLanguages() {
    List<Arguments> all = new ArrayList<>();
    for (MailKind kind : MailKind.values()) {
      all.add(Arguments.of(kind, SLOVENIAN));
      all.add(Arguments.of(kind, BULGARIAN));
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("kindsAndLanguages")
  void eachKind_isWrittenInTheCustomersLanguage(MailKind kind, Locale language) {
    // Given a complaint with every value any mail needs, from a customer who writes that language
    // When the mail is sent
    mailer.send(kind, new CustomerMail(EMAIL, NAME, language, REFERENCE, false, model()));

    // Then subject, greeting, texts, dates and amounts are that language's, and it says so
    ReceivedMail received = received();
    Expected expected = language.equals(SLOVENIAN) ? slovenian(kind) : bulgarian(kind);
    assertThat(received.subject()).isEqualTo(expected.subject());
    assertThat(received.contentLanguage()).isEqualTo(language.getLanguage());
    assertThat(received.html()).contains("<html lang=\"" + language.getLanguage() + "\"");
    assertThat(received.bodies()).allSatisfy(body -> assertThat(body)
        .contains(REFERENCE)
        .contains(expected.greetingAndSignOff())
        .contains(expected.texts())
        .doesNotContain("??", "[(", "${", "Dear ", "Kind regards", "Your complaint", " at ")
        // a Bulgarian date ends in "г." or "ч.": the sentence must not add a second period
        .doesNotContain(".."));
  }

  @Test
  void english_declaresEnglish() {
    mailer.send(MailKind.APOLOGY, new CustomerMail(EMAIL, NAME, Locale.ENGLISH, REFERENCE, false, model()));

    ReceivedMail received = received();
    assertThat(received.contentLanguage()).isEqualTo("en");
    assertThat(received.html()).contains("<html lang=\"en\"");
  }

  @Test
  void unknownLanguage_isWrittenAndDeclaredAsEnglish() {
    // Given a customer whose language we have no texts for
    // When a mail is sent
    mailer.send(MailKind.ACKNOWLEDGEMENT,
        new CustomerMail(EMAIL, NAME, Locale.GERMAN, REFERENCE, false, model()));

    // Then it is English and declares English, not the German that was asked for
    ReceivedMail received = received();
    assertThat(received.subject()).isEqualTo("Your complaint " + REFERENCE + ": we have received it");
    assertThat(received.contentLanguage()).isEqualTo("en");
    assertThat(received.html()).contains("<html lang=\"en\"");
    assertThat(received.bodies()).allSatisfy(body -> assertThat(body)
        .contains("Dear " + NAME + ",", FIRST_RESPONSE_DUE_TEXT));
  }

  @Test
  void reminder_isPrefixedInTheLanguage() {
    mailer.send(MailKind.SURVEY, new CustomerMail(EMAIL, NAME, BULGARIAN, REFERENCE, true, model()));

    ReceivedMail received = received();
    assertThat(received.subject()).isEqualTo("Напомняне: Вашата жалба " + REFERENCE + ": доволни ли сте от нас?");
    assertThat(received.bodies()).allSatisfy(body -> assertThat(body)
        .contains("Преди няколко дни Ви помолихме за мнение"));
  }

  @Test
  void customerWithoutName_isGreetedPolitely() {
    mailer.send(MailKind.APOLOGY, new CustomerMail(EMAIL, null, SLOVENIAN, REFERENCE, false, model()));
    mailer.send(MailKind.APOLOGY, new CustomerMail(EMAIL, null, BULGARIAN, REFERENCE, false, model()));

    assertThat(ReceivedMail.of(greenMail.getReceivedMessages()[0]).bodies())
        .allSatisfy(body -> assertThat(body).contains("Spoštovana stranka,"));
    assertThat(ReceivedMail.of(greenMail.getReceivedMessages()[1]).bodies())
        .allSatisfy(body -> assertThat(body).contains("Уважаеми госпожо/господине,"));
  }

  @Test
  void companyNameAndReplyTo_comeFromTheConfiguration() throws Exception {
    // Given a desk configured with its own name and a separate address for replies
    CustomerMailer configured = new CustomerMailer(sender(MailFixtures.SMTP.getPort()), new MailTemplates(),
        properties(new ComplaintDeskProperties.Mail(FROM, false, "Adria Shop", "pritozbe@adria.example")), ZONE, MailFixtures.communicationLog(),
        null, MailFixtures.counters());

    // When a Slovenian customer gets a mail
    configured.send(MailKind.APOLOGY, new CustomerMail(EMAIL, NAME, SLOVENIAN, REFERENCE, false, model()));

    // Then header and signature name the desk, and replies go to the configured address
    ReceivedMail received = received();
    assertThat(received.bodies()).allSatisfy(body -> assertThat(body)
        .contains("Ekipa Adria Shop").doesNotContain("Complaint Desk"));
    assertThat(received.html()).contains("<title>Adria Shop</title>");
    assertThat(greenMail.getReceivedMessages()[0].getReplyTo())
        .extracting(Object::toString).containsExactly("pritozbe@adria.example");
  }

  @Test
  void withoutReplyTo_repliesGoToTheSender() throws Exception {
    mailer.send(MailKind.APOLOGY, new CustomerMail(EMAIL, NAME, SLOVENIAN, REFERENCE, false, model()));

    assertThat(greenMail.getReceivedMessages()[0].getReplyTo())
        .extracting(Object::toString).containsExactly(FROM);
  }

  private static ReceivedMail received() {
    assertThat(greenMail.getReceivedMessages()).hasSize(1);
    return ReceivedMail.of(greenMail.getReceivedMessages()[0]);
  }

  /** What a mail must say: its subject, the frame around every mail, and its own sentences. */
  private record Expected(String subject, String[] greetingAndSignOff, String... texts) {
  }

  /** The fixtures' dates as Slovenian writes them: no leading zero, "ob" before the time. */
  private static final String SL_FIRST_RESPONSE_DUE = "ponedeljek, 7. december 2026 ob 11:00";
  private static final String SL_FINAL_RESPONSE_DUE = "petek, 15. januar 2027 ob 16:00";
  private static final String SL_PROMISE_DUE = "ponedeljek, 14. december 2026";
  private static final String SL_CHOICE_FALLBACK_AT = "četrtek, 10. december 2026 ob 17:00";
  private static final String SL_ADR = "izvajalca izvensodnega reševanja sporov the Financial Ombudsman Service:"
      + " https://www.financial-ombudsman.org.uk";

  private static Expected slovenian(MailKind kind) {
    String[] frame = {"Spoštovani " + NAME + ",", "Lep pozdrav,", "Ekipa Complaint Desk",
        "Referenčna številka Vaše pritožbe: " + REFERENCE};
    String subject = "Vaša pritožba " + REFERENCE;
    return switch (kind) {
      case ACKNOWLEDGEMENT -> new Expected(subject + ": prejeli smo jo", frame,
          "Hvala, ker ste nam sporočili, kaj je šlo narobe.",
          "Odgovorili Vam bomo najpozneje v tem roku: " + SL_FIRST_RESPONSE_DUE + ".",
          "Rok za naš končni odgovor: " + SL_FINAL_RESPONSE_DUE + ".");
      case APOLOGY -> new Expected(subject + ": iskreno se opravičujemo", frame,
          "Resnično nam je žal", "zato se Vam iskreno opravičujemo");
      case INFORMATION_REQUEST -> new Expected(subject + ": potrebujemo še nekaj podatkov", frame,
          "A photo of the damaged parcel", "rok za naš odgovor miruje");
      case SOLUTION_OPTIONS -> new Expected(subject + ": kako bi radi stvari popravili", frame,
          "Možnost 1: Vračilo denarja", "49,90\u00a0€", "Možnost 2: Osebno pismo",
          "Če se nam do izteka roka (" + SL_CHOICE_FALLBACK_AT + ") ne oglasite, bomo izvedli možnost 1"
              + " (Vračilo denarja), ki jo priporočamo.");
      case PROMISE_CONFIRMATION -> new Expected(subject + ": kaj smo se dogovorili", frame,
          "Ker nam do izteka roka (" + SL_CHOICE_FALLBACK_AT + ") niste sporočili",
          "Rok, do katerega bomo to uredili: " + SL_PROMISE_DUE + ".", "We will replace the kettle");
      case NEW_PROMISE_DATE -> new Expected(subject + ": nov rok za našo obljubo", frame,
          "obljube, ki smo Vam jo dali, nismo izpolnili",
          "Novi rok, do katerega bomo to uredili: " + SL_PROMISE_DUE + ".");
      case HOLDING_REPLY -> new Expected(subject + ": novice o obravnavi", frame,
          "Zakaj potrebujemo več časa:", HOLDING_REASON,
          "Rok za naš končni odgovor: " + SL_FINAL_RESPONSE_DUE + ".", SL_ADR);
      case SURVEY -> new Expected(subject + ": kako ste zadovoljni z nami?", frame,
          "Še enkrat hvala", "od 1 (zelo nezadovoljni) do 5 (zelo zadovoljni)");
      case FINAL_RESPONSE -> new Expected(subject + ": naš končni odgovor", frame,
          "Kaj smo ugotovili:", FINDINGS, "Vaša pritožba je delno utemeljena.", REDRESS, SL_ADR,
          "To morate storiti v 6 mesecih od datuma tega e-sporočila");
      case SUMMARY_RESOLUTION -> new Expected("Vaša pritožba " + REFERENCE + " je rešena", frame,
          "Veseli nas, da smo Vašo pritožbo " + REFERENCE + " lahko rešili tako hitro.", REDRESS, SL_ADR,
          "v 6 mesecih");
      case REFERRAL_RIGHTS -> new Expected(subject + ": Vaša pravica do izvensodnega reševanja", frame,
          "končnega odgovora Vam nismo uspeli poslati v obljubljenem roku (" + SL_FINAL_RESPONSE_DUE + ").",
          "ne da bi čakali na naš končni odgovor");
      case CLOSING -> new Expected("Vaša pritožba " + REFERENCE + " je zaključena", frame,
          "Ker se nam niste več oglasili", "kot novo pritožbo");
      case WITHDRAWAL_CONFIRMATION -> new Expected("Vaša pritožba " + REFERENCE + " je umaknjena", frame,
          "smo Vašo pritožbo " + REFERENCE + " umaknili", "kot novo pritožbo");
    };
  }

  /** The fixtures' dates as Bulgarian writes them: "г." after the year, "в ... ч." around the time. */
  private static final String BG_FIRST_RESPONSE_DUE = "понеделник, 7 декември 2026 г. в 11:00 ч.";
  private static final String BG_FINAL_RESPONSE_DUE = "петък, 15 януари 2027 г. в 16:00 ч.";
  private static final String BG_PROMISE_DUE = "понеделник, 14 декември 2026 г.";
  private static final String BG_CHOICE_FALLBACK_AT = "четвъртък, 10 декември 2026 г. в 17:00 ч.";
  private static final String BG_ADR = "до органа за алтернативно решаване на спорове the Financial Ombudsman"
      + " Service: https://www.financial-ombudsman.org.uk";

  private static Expected bulgarian(MailKind kind) {
    String[] frame = {"Уважаеми/а " + NAME + ",", "С уважение,", "Екипът на Complaint Desk",
        "Референтен номер на Вашата жалба: " + REFERENCE};
    String subject = "Вашата жалба " + REFERENCE;
    return switch (kind) {
      case ACKNOWLEDGEMENT -> new Expected(subject + ": получихме я", frame,
          "Благодарим Ви, че ни съобщихте какво се е объркало.",
          "Ще се свържем с Вас най-късно до " + BG_FIRST_RESPONSE_DUE,
          "Ще Ви изпратим окончателния си отговор до " + BG_FINAL_RESPONSE_DUE);
      case APOLOGY -> new Expected(subject + ": приемете нашите извинения", frame,
          "Много съжаляваме", "искрено Ви се извиняваме");
      case INFORMATION_REQUEST -> new Expected(subject + ": нуждаем се от допълнителна информация", frame,
          "A photo of the damaged parcel", "срокът за нашия отговор спира да тече");
      case SOLUTION_OPTIONS -> new Expected(subject + ": как бихме искали да поправим нещата", frame,
          "Вариант 1: Възстановяване на сумата", "49,90\u00a0€", "Вариант 2: Лично писмо",
          "Ако не получим отговор от Вас до " + BG_CHOICE_FALLBACK_AT + ", ще изпълним вариант 1"
              + " (Възстановяване на сумата), който препоръчваме.");
      case PROMISE_CONFIRMATION -> new Expected(subject + ": какво договорихме", frame,
          "Тъй като до " + BG_CHOICE_FALLBACK_AT + " не получихме отговор",
          "Ще направим това до " + BG_PROMISE_DUE, "We will replace the kettle");
      case NEW_PROMISE_DATE -> new Expected(subject + ": нов срок за нашето обещание", frame,
          "не изпълнихме даденото Ви обещание", "ще го изпълним до " + BG_PROMISE_DUE);
      case HOLDING_REPLY -> new Expected(subject + ": информация за хода на работата", frame,
          "Защо е нужно повече време:", HOLDING_REASON,
          "ще Ви изпратим окончателния си отговор до " + BG_FINAL_RESPONSE_DUE, BG_ADR);
      case SURVEY -> new Expected(subject + ": доволни ли сте от нас?", frame,
          "Благодарим Ви още веднъж", "от 1 (много недоволни) до 5 (много доволни)");
      case FINAL_RESPONSE -> new Expected(subject + ": нашият окончателен отговор", frame,
          "Какво установихме:", FINDINGS, "Приемаме жалбата Ви за частично основателна.", REDRESS, BG_ADR,
          "в срок от 6 месеца от датата на този имейл");
      case SUMMARY_RESOLUTION -> new Expected("Вашата жалба " + REFERENCE + " е разрешена", frame,
          "Радваме се, че успяхме да разрешим Вашата жалба " + REFERENCE + " толкова бързо.", REDRESS, BG_ADR,
          "в срок от 6 месеца");
      case REFERRAL_RIGHTS -> new Expected(subject + ": правото Ви да я отнесете другаде", frame,
          "не успяхме да Ви изпратим окончателния си отговор до " + BG_FINAL_RESPONSE_DUE,
          "без да чакате окончателния ни отговор");
      case CLOSING -> new Expected("Вашата жалба " + REFERENCE + " е приключена", frame,
          "Тъй като не получихме отговор от Вас", "като нова жалба");
      case WITHDRAWAL_CONFIRMATION -> new Expected("Вашата жалба " + REFERENCE + " е оттеглена", frame,
          "оттеглихме жалбата Ви " + REFERENCE, "като нова жалба");
    };
  }
}
