package eu.complaintdesk.communication;

import static eu.complaintdesk.communication.CustomerMailerTests.expectedSubject;
import static eu.complaintdesk.communication.CustomerMailerTests.expectedTexts;
import static eu.complaintdesk.communication.MailFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import eu.complaintdesk.customer.CustomerLinks;
import eu.complaintdesk.deadline.BusinessCalendar;
import eu.complaintdesk.deadline.BusinessHoursProperties;
import eu.complaintdesk.deadline.ReopenPeriod;
import java.math.BigDecimal;
import eu.complaintdesk.complaint.JudgedOffers;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The mail tasks' delegates, from process variables to the mail that arrives over SMTP. */
class CustomerMailDelegateTests {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(MailFixtures.SMTP);

  private static final CustomerLinks LINKS = org.mockito.Mockito.mock(CustomerLinks.class);
  private static final CustomerMailer MAILER = mailer(MailFixtures.SMTP.getPort());
  private static final ReopenOffer REOPEN = new ReopenOffer(LINKS, new ReopenPeriod(
      new BusinessCalendar(BusinessHoursProperties.defaults()), "P30D"));

  static Stream<CustomerMailDelegate> delegates() {
    return Stream.of(new SendAcknowledgementEmailDelegate(MAILER, LINKS),
        new SendApologyEmailDelegate(MAILER), new SendInformationRequestEmailDelegate(MAILER, LINKS),
        new SendSolutionOptionsEmailDelegate(MAILER, new JudgedOffers(), LINKS),
        new SendPromiseConfirmationEmailDelegate(MAILER, MailFixtures.PROMISES), new SendHoldingReplyEmailDelegate(MAILER, FINAL_RESPONSE),
        new SendSurveyEmailDelegate(MAILER, LINKS), new SendClosingEmailDelegate(MAILER, REOPEN),
        new SendWithdrawalConfirmationEmailDelegate(MAILER),
        new SendFinalResponseEmailDelegate(MAILER, REOPEN, FINAL_RESPONSE),
        new SendSummaryResolutionEmailDelegate(MAILER, REOPEN, FINAL_RESPONSE),
        new SendReferralRightsEmailDelegate(MAILER, FINAL_RESPONSE),
        new SendNewPromiseDateEmailDelegate(MAILER, MailFixtures.PROMISES));
  }

  @ParameterizedTest
  @MethodSource("delegates")
  void eachDelegate_sendsItsKindWithTheValuesFromTheProcess(CustomerMailDelegate delegate)
      throws Exception {
    // Given a complaint whose variables the forms and earlier tasks have set
    DelegateExecution execution = execution(processVariables(), Map.of());

    // When its mail task runs
    delegate.execute(execution);

    // Then the customer receives that kind of mail, with the values it needs
    ReceivedMail received = received();
    assertThat(received.recipient().getAddress()).isEqualTo(EMAIL);
    assertThat(received.subject()).isEqualTo(expectedSubject(delegate.kind()));
    assertThat(received.bodies()).allSatisfy(body -> assertThat(body)
        .contains(REFERENCE, "Dear " + NAME)
        .contains(expectedTexts(delegate.kind()))
        .doesNotContain("Internal:"));
  }

  @ParameterizedTest
  @MethodSource("reminderParameters")
  void reminderParameterOnTheTask_sendsAReminder(Object reminder) throws Exception {
    // Given the information request task with the local input parameter reminder
    DelegateExecution execution = execution(processVariables(), Map.of("reminder", reminder));

    // When it runs
    new SendInformationRequestEmailDelegate(MAILER, LINKS).execute(execution);

    // Then the mail is a reminder
    assertThat(received().subject())
        .isEqualTo("Reminder: " + expectedSubject(MailKind.INFORMATION_REQUEST));
  }

  static Stream<Object> reminderParameters() {
    return Stream.of(true, "true");
  }

  @Test
  void reminderAsProcessVariable_isNoReminder() throws Exception {
    // Given a process variable "reminder", left over from elsewhere, but no input parameter
    Map<String, Object> variables = processVariables();
    variables.put("reminder", true);

    // When the information request task runs
    new SendInformationRequestEmailDelegate(MAILER, LINKS).execute(execution(variables, Map.of()));

    // Then the mail is not a reminder
    assertThat(received().subject()).isEqualTo(expectedSubject(MailKind.INFORMATION_REQUEST));
  }

  @Test
  void secondMailOfAKind_isNumberedInItsMessageId_andCounted() throws Exception {
    // Given a complaint that has had one survey mail already
    Map<String, Object> variables = processVariables();
    variables.put("mailsSent.survey", 1);
    DelegateExecution execution = execution(variables, Map.of());

    // When the survey reminder goes out
    new SendSurveyEmailDelegate(MAILER, LINKS).execute(execution);

    // Then it is the second survey mail of the complaint, at the sender's domain, and counted
    assertThat(greenMail.getReceivedMessages()[0].getMessageID())
        .isEqualTo("<" + REFERENCE + ".survey.2@complaint-desk.local>");
    org.mockito.Mockito.verify(execution).setVariable("mailsSent.survey", 2);
  }

  @Test
  void onlyTheNamedVariablesReachTheTemplate() {
    // Given a process with many variables, internal ones among them
    DelegateExecution execution = execution(processVariables(), Map.of());

    // When the holding reply's template values are gathered
    Map<String, Object> model = new SendHoldingReplyEmailDelegate(MAILER, FINAL_RESPONSE).model(execution);

    // Then they are those the holding reply names, and the dispute resolution body of the settings
    assertThat(model).containsOnlyKeys("finalResponseDue", "holdingReason", "adrBody", "adrUrl",
        "referralTimeLimitMonths");
  }

  @Test
  void missingRequiredVariable_failsTheTaskNamingMailComplaintAndVariable() {
    // Given a complaint without its first response deadline
    Map<String, Object> variables = processVariables();
    variables.remove("firstResponseDue");
    DelegateExecution execution = execution(variables, Map.of());

    // When the acknowledgement task runs, then it fails and nothing is sent
    assertThatThrownBy(() -> new SendAcknowledgementEmailDelegate(MAILER, LINKS).execute(execution))
        .isInstanceOf(CustomerMailException.class)
        .hasMessage("Could not send the acknowledgement mail for complaint " + REFERENCE
            + ": the process variable firstResponseDue is not set");
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  @Test
  @SuppressWarnings("unchecked")
  void solutionOptions_keepTheirNumbers_andSkipUntickedOnes() {
    // Given option 2 typed, then unticked, and option 3 offered
    Map<String, Object> variables = processVariables();
    variables.put("addOption2", false);
    variables.put("addOption3", true);
    variables.put("option3Type", "giftCard");
    variables.put("option3Amount", 25L);
    variables.put("option3Description", "To spend in any of our shops.");

    // When the solution options are gathered
    Map<String, Object> model =
        new SendSolutionOptionsEmailDelegate(MAILER, new JudgedOffers(), LINKS).model(execution(variables, Map.of()));

    // Then options 1 and 3 are offered under their own numbers
    assertThat((List<Map<String, Object>>) model.get("solutionOptions"))
        .extracting(option -> option.get("number"), option -> option.get("type"),
            option -> option.get("amount"))
        .containsExactly(tuple(1, "refund", new BigDecimal("49.9")),
            tuple(3, "giftCard", new BigDecimal("25")));
  }

  @Test
  void noSolutionOffered_failsTheTask() {
    // Given no option in the offer
    Map<String, Object> variables = processVariables();
    variables.keySet().removeIf(name -> name.startsWith("option"));
    DelegateExecution execution = execution(variables, Map.of());

    // When the solution options task runs, then it fails
    assertThatThrownBy(() -> new SendSolutionOptionsEmailDelegate(MAILER, new JudgedOffers(), LINKS).execute(execution))
        .isInstanceOf(CustomerMailException.class)
        .hasMessageContaining("solution-options mail for complaint " + REFERENCE)
        .hasMessageContaining("option1Type");
  }

  @Test
  void referenceVariableMissing_usesTheBusinessKey() throws Exception {
    // Given a process started with the reference as business key only
    Map<String, Object> variables = processVariables();
    variables.remove("complaintReference");

    // When the apology task runs
    new SendApologyEmailDelegate(MAILER).execute(execution(variables, Map.of()));

    // Then the mail carries the reference
    assertThat(received().subject()).isEqualTo(expectedSubject(MailKind.APOLOGY));
  }

  private static ReceivedMail received() {
    assertThat(greenMail.getReceivedMessages()).hasSize(1);
    return ReceivedMail.of(greenMail.getReceivedMessages()[0]);
  }
}
