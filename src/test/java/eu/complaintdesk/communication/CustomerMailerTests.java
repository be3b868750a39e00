package eu.complaintdesk.communication;

import static eu.complaintdesk.communication.MailFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The mails as a customer receives them from a real SMTP server. */
class CustomerMailerTests {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(MailFixtures.SMTP);

  private final CustomerMailer mailer = mailer(MailFixtures.SMTP.getPort());

  @ParameterizedTest
  @EnumSource(MailKind.class)
  void eachKind_reachesTheCustomerWithReferenceAndDeadlinesInTextAndHtml(MailKind kind) {
    // Given a complaint with every value any mail needs
    CustomerMail mail = mail(Locale.ENGLISH, false, model());

    // When the mail is sent
    mailer.send(kind, mail);

    // Then one mail arrives, with text and HTML versions that say the same
    ReceivedMail received = received();
    assertThat(received.recipient().getAddress()).isEqualTo(EMAIL);
    assertThat(received.from()).isEqualTo(FROM);
    assertThat(received.subject()).isEqualTo(expectedSubject(kind));
    assertThat(received.contentTypes())
        .anyMatch(type -> type.startsWith("multipart/alternative"))
        .anyMatch(type -> type.startsWith("text/plain; charset=utf-8"))
        .anyMatch(type -> type.replace(" ", "").startsWith("text/html;charset=utf-8"));
    assertThat(received.bodies()).allSatisfy(body -> assertThat(body)
        .contains(REFERENCE)
        .contains("Dear " + NAME + ",")
        .contains(expectedTexts(kind))
        .doesNotContain("??", "[(", "${"));
  }

  @Test
  void customerNameWithNonAsciiLetters_survivesInHeaderAndBodies() {
    // Given a customer with Slovenian letters in the name
    // When a mail is sent to them
    mailer.send(MailKind.APOLOGY, mail(Locale.ENGLISH, false, Map.of()));

    // Then the To header and both bodies carry the name unchanged
    ReceivedMail received = received();
    assertThat(received.recipient().getPersonal()).isEqualTo(NAME);
    assertThat(received.bodies()).allSatisfy(body -> assertThat(body).contains("Dear Žiga Čebašek,"));
  }

  @ParameterizedTest
  @EnumSource(value = MailKind.class, names = {"INFORMATION_REQUEST", "SOLUTION_OPTIONS", "SURVEY"})
  void reminder_prefixesTheSubjectAndSaysWeAreStillWaiting(MailKind kind) {
    // Given a mail that the customer has already received once
    String firstTime = send(kind, false).text();

    // When it is sent again as a reminder
    ReceivedMail reminder = send(kind, true);

    // Then the subject starts with "Reminder:" and the text adds a reminder sentence
    assertThat(reminder.subject()).isEqualTo("Reminder: " + expectedSubject(kind));
    assertThat(reminder.bodies()).allSatisfy(body -> assertThat(body).contains(reminderText(kind)));
    assertThat(firstTime).doesNotContain(reminderText(kind));
  }

  @Test
  void languageWithoutTexts_getsEnglishMailWithEnglishDates() {
    // Given a customer whose language we have no texts for
    // When the acknowledgement is sent
    mailer.send(MailKind.ACKNOWLEDGEMENT, mail(Locale.GERMAN, false, model()));

    // Then subject, texts and dates are all English
    ReceivedMail received = received();
    assertThat(received.subject()).isEqualTo(expectedSubject(MailKind.ACKNOWLEDGEMENT));
    assertThat(received.bodies()).allSatisfy(body -> assertThat(body)
        .contains(FIRST_RESPONSE_DUE_TEXT).doesNotContain("Montag"));
  }

  @Test
  void languageWithABundle_isUsedWithoutCodeChanges_missingTextsFallBackToEnglish() {
    // Given a bundle for Esperanto that translates only the acknowledgement's subject (test only)
    // When an Esperanto-speaking customer gets the acknowledgement
    mailer.send(MailKind.ACKNOWLEDGEMENT, mail(Locale.forLanguageTag("eo"), false, model()));

    // Then the subject and dates are Esperanto, the untranslated texts English
    ReceivedMail received = received();
    assertThat(received.subject()).isEqualTo("Via plendo " + REFERENCE + ": ni ricevis ĝin");
    assertThat(received.bodies()).allSatisfy(body -> assertThat(body)
        .contains("lundo, 7-a de decembro 2026").contains("Thank you for telling us"));
  }

  @Test
  void optionalValuesMissing_leaveTheirSentencesOut() {
    // Given a holding reply without a reason
    Map<String, Object> model = new HashMap<>(model());
    model.remove("holdingReason");

    // When it is sent
    mailer.send(MailKind.HOLDING_REPLY, mail(Locale.ENGLISH, false, model));

    // Then it does not announce a reason
    assertThat(received().bodies()).allSatisfy(body -> assertThat(body)
        .doesNotContain("Why it is taking longer").contains(FINAL_RESPONSE_DUE_TEXT));
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({"customer, Thank you for letting us know which solution you prefer",
      "agent, As agreed on the phone"})
  void promiseConfirmation_saysHowTheSolutionWasChosen(String choiceMadeBy, String opening) {
    // Given a solution the customer chose, by mail or on a call
    Map<String, Object> model = new HashMap<>(model());
    model.put("choiceMadeBy", choiceMadeBy);

    // When the promise is confirmed
    mailer.send(MailKind.PROMISE_CONFIRMATION, mail(Locale.ENGLISH, false, model));

    // Then the mail opens accordingly, and says nothing of a default
    assertThat(received().bodies()).allSatisfy(body -> assertThat(body)
        .contains(opening).doesNotContain("recommended", CHOICE_FALLBACK_AT_TEXT));
  }

  @Test
  void upheldComplaint_finalResponseLeavesOutTheReferralRights() {
    // Given a complaint we upheld in full
    Map<String, Object> model = new HashMap<>(model());
    model.put("complaintOutcome", "upheld");

    // When the final response is sent
    mailer.send(MailKind.FINAL_RESPONSE, mail(Locale.ENGLISH, false, model));

    // Then it says so and does not send the customer on to the dispute resolution body
    assertThat(received().bodies()).allSatisfy(body -> assertThat(body)
        .contains("We have upheld your complaint.", REDRESS).doesNotContain("Ombudsman", "within 6 months"));
  }

  @Test
  void closingAndWithdrawal_promiseNoReopening() {
    // When the closing and the withdrawal confirmation are sent
    mailer.send(MailKind.CLOSING, mail(Locale.ENGLISH, false, model()));
    mailer.send(MailKind.WITHDRAWAL_CONFIRMATION, mail(Locale.ENGLISH, false, model()));

    // Then neither promises to reopen the complaint on a reply: a closed complaint is not reopened
    assertThat(greenMail.getReceivedMessages()).hasSize(2).allSatisfy(message -> assertThat(
        ReceivedMail.of(message).bodies()).allSatisfy(body -> assertThat(body).doesNotContain("reopen", "reply")));
  }

  @Test
  void closingReasonThatIsNoCode_isShownAsItIs() {
    // Given a closing reason typed by an agent rather than one of the codes
    Map<String, Object> model = Map.of("closingReason", "The parcel has been found.");

    // When the closing mail is sent
    mailer.send(MailKind.CLOSING, mail(Locale.ENGLISH, false, model));

    // Then the customer reads the text
    assertThat(received().bodies()).allSatisfy(body -> assertThat(body)
        .contains("Reason: The parcel has been found."));
  }

  @Test
  void smtpServerDown_throwsNamingKindReferenceAndReason() throws IOException {
    // Given no mail server where the mailer sends
    CustomerMailer unreachable = mailer(freePort());

    // When a mail is sent, then the failure names the mail, the complaint and the reason
    assertThatThrownBy(() -> unreachable.send(MailKind.INFORMATION_REQUEST,
        mail(Locale.ENGLISH, false, model())))
        .isInstanceOf(CustomerMailException.class)
        .hasMessageStartingWith(
            "Could not send the information-request mail for complaint " + REFERENCE + ": ")
        .hasMessageContaining("connect");
  }

  @Test
  void everyAttempt_countsAsSentOrFailed_byKind() throws IOException {
    // Given a mailer counting in a registry of its own, first against a server, then against none
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    CustomerMailer counted = MailFixtures.mailer(MailFixtures.SMTP.getPort(), registry);
    CustomerMailer unreachable = MailFixtures.mailer(freePort(), registry);

    // When an apology goes out twice and an information request fails once
    counted.send(MailKind.APOLOGY, mail(Locale.ENGLISH, false, model()));
    counted.send(MailKind.APOLOGY, mail(Locale.ENGLISH, true, model()));
    assertThatThrownBy(() -> unreachable.send(MailKind.INFORMATION_REQUEST, mail(Locale.ENGLISH, false, model())))
        .isInstanceOf(CustomerMailException.class);

    // Then each is counted under its kind and outcome, and nothing else
    assertThat(count(registry, "apology", "sent")).isEqualTo(2);
    assertThat(count(registry, "information-request", "failed")).isEqualTo(1);
    assertThat(registry.find(MailCounters.METRIC).counters()).hasSize(2 * (MailKind.values().length + 1))
        .filteredOn(counter -> counter.count() > 0).hasSize(2);
  }

  private static double count(SimpleMeterRegistry registry, String kind, String outcome) {
    return registry.get(MailCounters.METRIC).tag("kind", kind).tag("outcome", outcome).counter().count();
  }

  @Test
  void invalidAddress_throwsNamingKindAndReference() {
    // Given a customer address that no server would take
    CustomerMail mail = new CustomerMail("not an address", NAME, Locale.ENGLISH, REFERENCE, false,
        Map.of());

    // When the mail is sent, then it fails before reaching the server
    assertThatThrownBy(() -> mailer.send(MailKind.APOLOGY, mail))
        .isInstanceOf(CustomerMailException.class)
        .hasMessageStartingWith("Could not send the apology mail for complaint " + REFERENCE);
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  private ReceivedMail send(MailKind kind, boolean reminder) {
    greenMail.reset();
    mailer.send(kind, mail(Locale.ENGLISH, reminder, model()));
    return received();
  }

  private static CustomerMail mail(Locale locale, boolean reminder, Map<String, Object> model) {
    return new CustomerMail(EMAIL, NAME, locale, REFERENCE, reminder, model);
  }

  private static ReceivedMail received() {
    assertThat(greenMail.getReceivedMessages()).hasSize(1);
    return ReceivedMail.of(greenMail.getReceivedMessages()[0]);
  }

  static String expectedSubject(MailKind kind) {
    return switch (kind) {
      case ACKNOWLEDGEMENT -> "Your complaint " + REFERENCE + ": we have received it";
      case APOLOGY -> "Your complaint " + REFERENCE + ": our apologies";
      case INFORMATION_REQUEST -> "Your complaint " + REFERENCE + ": we need some more information";
      case SOLUTION_OPTIONS -> "Your complaint " + REFERENCE + ": how we would like to put things right";
      case PROMISE_CONFIRMATION -> "Your complaint " + REFERENCE + ": what we have agreed";
      case NEW_PROMISE_DATE -> "Your complaint " + REFERENCE + ": a new date for our promise";
      case HOLDING_REPLY -> "Your complaint " + REFERENCE + ": an update from us";
      case SURVEY -> "Your complaint " + REFERENCE + ": how did we do?";
      case FINAL_RESPONSE -> "Your complaint " + REFERENCE + ": our final response";
      case SUMMARY_RESOLUTION -> "Your complaint " + REFERENCE + " is resolved";
      case REFERRAL_RIGHTS -> "Your complaint " + REFERENCE + ": your right to refer it";
      case CLOSING -> "Your complaint " + REFERENCE + " is now closed";
      case WITHDRAWAL_CONFIRMATION -> "Your complaint " + REFERENCE + " has been withdrawn";
    };
  }

  /** What each kind must tell the customer, in both versions. */
  static String[] expectedTexts(MailKind kind) {
    List<String> texts = switch (kind) {
      case ACKNOWLEDGEMENT -> List.of("Thank you for telling us", FIRST_RESPONSE_DUE_TEXT,
          FINAL_RESPONSE_DUE_TEXT);
      case APOLOGY -> List.of("truly sorry", "we apologise sincerely");
      case INFORMATION_REQUEST -> List.of("A photo of the damaged parcel", "is paused");
      case SOLUTION_OPTIONS -> List.of("Option 1: Refund", "€49.90", "Back to your card",
          "Option 2: A personal letter", "A letter from our manager.",
          "If we have not heard from you by " + CHOICE_FALLBACK_AT_TEXT + ", we will go ahead with option 1 (Refund)");
      case PROMISE_CONFIRMATION -> List.of("We will replace the kettle", PROMISE_DUE_TEXT,
          "As we had not heard from you by " + CHOICE_FALLBACK_AT_TEXT, "going ahead with the option we recommended");
      case NEW_PROMISE_DATE -> List.of("we did not keep the promise", "We will replace the kettle",
          "We will now have done this by " + PROMISE_DUE_TEXT);
      case HOLDING_REPLY -> List.of(HOLDING_REASON, FINAL_RESPONSE_DUE_TEXT,
          "refer your complaint to the Financial Ombudsman Service, free of charge: https://www.financial-ombudsman.org.uk");
      case SURVEY -> List.of("Thank you once again", "from 1 (very dissatisfied) to 5");
      case FINAL_RESPONSE -> List.of("our final response", FINDINGS, "upheld your complaint in part", REDRESS,
          REFERRAL_RIGHT, "within 6 months");
      case SUMMARY_RESOLUTION -> List.of("resolve your complaint " + REFERENCE + " so quickly", REDRESS,
          REFERRAL_RIGHT, "within 6 months");
      case REFERRAL_RIGHTS -> List.of("final response by " + FINAL_RESPONSE_DUE_TEXT,
          "You may now refer your complaint to the Financial Ombudsman Service",
          "https://www.financial-ombudsman.org.uk", "without waiting");
      case CLOSING -> List.of("we have not heard back from you", "as a new complaint");
      case WITHDRAWAL_CONFIRMATION -> List.of("withdrawn your complaint", "keep a record", "as a new complaint");
    };
    return texts.toArray(String[]::new);
  }

  private static final String REFERRAL_RIGHT = "you have the right to refer your complaint to the Financial"
      + " Ombudsman Service, free of charge: https://www.financial-ombudsman.org.uk";

  private static String reminderText(MailKind kind) {
    return switch (kind) {
      case INFORMATION_REQUEST -> "have not heard back from you yet";
      case SOLUTION_OPTIONS -> "not yet heard which of the options";
      case SURVEY -> "A few days ago we asked for your opinion";
      default -> throw new IllegalArgumentException(kind + " has no reminder text");
    };
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
