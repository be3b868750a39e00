package eu.complaintdesk.communication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import eu.complaintdesk.ProcessConstants;
import eu.complaintdesk.TestEnvironment;
import eu.complaintdesk.communication.CommunicationEntry.Direction;
import eu.complaintdesk.complaint.ComplaintScenario;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The communication log through the process, the real SMTP server and the customer pages: what
 * was sent and received is there with its fields, and only what really went out.
 */
@ComplaintDeskTest
class CommunicationLogTests {

  private static final String FORM = "application/x-www-form-urlencoded";

  @Autowired
  ProcessEngine engine;
  @Autowired
  GreenMail mailServer;
  @Autowired
  HttpTestClient http;
  @Autowired
  CommunicationLog log;
  @Autowired
  CustomerMailer mailer;
  @Autowired
  StaffNotifier staff;
  @Autowired
  MailTemplates templates;

  private Deployment deployment;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void undeploy() {
    if (deployment != null) {
      engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }
  }

  @Test
  void theAcknowledgementAndAWithdrawalByLink_areLogged_newestFirst() throws Exception {
    // Given a Slovenian complaint whose acknowledgement went out
    String email = "jana@log-" + UUID.randomUUID() + ".example.org";
    ComplaintScenario complaint = ComplaintScenario.startAt("sendAcknowledgementEmail", Variables.createVariables()
        .putValue(ProcessConstants.VAR_CUSTOMER_EMAIL, email)
        .putValue(ProcessConstants.VAR_CUSTOMER_LANGUAGE, "sl"), mailServer).runAsyncJobs();
    MimeMessage acknowledgement = theOnlyMailTo(email);

    // Then the log holds the mail as the customer received it
    assertThat(log.entriesFor(complaint.reference())).singleElement().satisfies(entry -> {
      assertThat(entry.direction()).isEqualTo(Direction.SENT);
      assertThat(entry.kind()).isEqualTo("acknowledgement");
      assertThat(entry.counterpart()).isEqualTo(email);
      assertThat(entry.subject()).isEqualTo(acknowledgement.getSubject());
      assertThat(entry.language()).isEqualTo("sl");
      assertThat(entry.messageId()).isEqualTo(acknowledgement.getMessageID())
          .isEqualTo("<" + complaint.reference() + ".acknowledgement.1@complaint-desk.local>");
      assertThat(entry.channel()).isEqualTo(ProcessConstants.VIA_EMAIL);
      assertThat(entry.recordedBy()).isNull();
    });
    assertThat(log.referenceOf(acknowledgement.getMessageID())).contains(complaint.reference());

    // When the customer withdraws through the link in that mail
    Matcher link = Pattern.compile("/customer/withdraw\\?token=([A-Za-z0-9_.\\-]+)")
        .matcher(ReceivedMail.of(acknowledgement).text());
    assertThat(link.find()).isTrue();
    HttpResponse<String> sent = http.post("/customer/withdraw", null, null, FORM, "token=" + link.group(1)
        + "&reason=" + URLEncoder.encode("Uredil sem sam.", StandardCharsets.UTF_8));
    assertThat(sent.statusCode()).isEqualTo(200);

    // Then the answer is logged as received by link, above the mail
    List<CommunicationEntry> entries = log.entriesFor(complaint.reference());
    assertThat(entries).hasSize(2);
    assertThat(entries.get(0)).satisfies(entry -> {
      assertThat(entry.direction()).isEqualTo(Direction.RECEIVED);
      assertThat(entry.kind()).isEqualTo(ProcessConstants.MESSAGE_COMPLAINT_WITHDRAWN);
      assertThat(entry.counterpart()).isEqualTo(email);
      assertThat(entry.subject()).isEqualTo("withdrawalReason: Uredil sem sam.");
      assertThat(entry.language()).isEqualTo("sl");
      assertThat(entry.messageId()).isNull();
      assertThat(entry.channel()).isEqualTo(ProcessConstants.VIA_LINK);
      assertThat(entry.at()).isAfterOrEqualTo(entries.get(1).at());
    });
    assertThat(entries.get(1).kind()).isEqualTo("acknowledgement");
  }

  @Test
  void aSendRolledBackAfterTheMailLeft_leavesNoRow_andItsResendKeepsOne() throws Exception {
    // Given a mail task not asynchronous after the send, followed by a step that fails
    ProcessInstance complaint = mailThenFailingStep();

    // When the mail leaves and the transaction is rolled back
    assertThatThrownBy(() -> runJob(complaint)).hasMessageContaining("is not a date");

    // Then the log has no row for it, though the customer got the mail
    assertThat(mailServer.getReceivedMessagesForDomain(email(complaint))).hasSize(1);
    assertThat(log.entriesFor(complaint.getBusinessKey())).isEmpty();

    // When the data is corrected and the job runs again, sending the same mail again
    engine.getRuntimeService().setVariable(complaint.getId(), "followUpDay", "2026-03-12");
    runJob(complaint);

    // Then the two copies with one Message-ID are one row
    assertThat(mailServer.getReceivedMessagesForDomain(email(complaint))).hasSize(2);
    assertThat(log.entriesFor(complaint.getBusinessKey())).singleElement()
        .satisfies(entry -> assertThat(entry.messageId()).isEqualTo(
            "<" + complaint.getBusinessKey() + ".apology.1@complaint-desk.local>"));
  }

  @Test
  void aMailTheServerRefuses_leavesNoRow_andTheSameMailSentTwiceIsOneRow() {
    String reference = randomReference();
    CustomerMail mail = new CustomerMail("jana@example.org", "Jana", null, reference, false, Map.of());

    // When no mail server answers
    CustomerMailer nobodyListens = new CustomerMailer(MailFixtures.sender(TestEnvironment.freePort()), templates,
        MailFixtures.properties(), MailFixtures.ZONE, log, null, MailFixtures.counters());
    assertThatThrownBy(() -> nobodyListens.send(MailKind.APOLOGY, mail)).isInstanceOf(CustomerMailException.class);
    assertThat(log.entriesFor(reference)).isEmpty();

    // When the real server takes the same mail twice
    mailer.send(MailKind.APOLOGY, mail);
    mailer.send(MailKind.APOLOGY, mail);
    assertThat(log.entriesFor(reference)).hasSize(1);
  }

  @Test
  void aStaffNotice_isLoggedWithTheMessageIdItWentOutWith() throws Exception {
    String reference = randomReference();

    staff.notify(reference, List.of("demo"), List.of(), "For managers: " + reference, "Look at it.");

    // This test's notice by its subject: other mails to demo may arrive meanwhile in the shared context.
    MimeMessage notice = java.util.Arrays.stream(mailServer.getReceivedMessagesForDomain("demo@complaint-desk.local"))
        .filter(mail -> {
          try {
            return ("For managers: " + reference).equals(mail.getSubject());
          } catch (jakarta.mail.MessagingException e) {
            return false;
          }
        }).reduce((first, last) -> last).orElseThrow();
    assertThat(log.entriesFor(reference)).singleElement().satisfies(entry -> {
      assertThat(entry.kind()).isEqualTo(CommunicationEntry.KIND_STAFF_NOTICE);
      assertThat(entry.counterpart()).isEqualTo("demo@complaint-desk.local");
      assertThat(entry.subject()).isEqualTo("For managers: " + reference);
      assertThat(entry.messageId()).isNotBlank().isEqualTo(notice.getMessageID());
    });
  }

  private ProcessInstance mailThenFailingStep() {
    deployment = engine.getRepositoryService().createDeployment().addModelInstance("mailThenFailure.bpmn",
        Bpmn.createExecutableProcess("mailThenFailure").camundaHistoryTimeToLive(1)
            .startEvent()
            .serviceTask("sendApologyEmail").camundaDelegateExpression("${sendApologyEmailDelegate}")
            .camundaAsyncBefore().camundaFailedJobRetryTimeCycle("R5/PT5M")
            .serviceTask("followUp").camundaExpression("${deadlines.endOfBusinessDay(followUpDay)}")
            .endEvent().done()).deploy();
    String reference = randomReference();
    return engine.getRuntimeService().startProcessInstanceByKey("mailThenFailure", reference,
        Variables.createVariables()
            .putValue(ProcessConstants.VAR_COMPLAINT_REFERENCE, reference)
            .putValue(ProcessConstants.VAR_CUSTOMER_NAME, "Jana Novak")
            .putValue(ProcessConstants.VAR_CUSTOMER_EMAIL, "customer@rollback-" + UUID.randomUUID() + ".example.org")
            .putValue("followUpDay", "not a day"));
  }

  /** A reference no other test uses, for mails and complaints of this test's own. */
  private static String randomReference() {
    return "CMP-2026-" + String.format("%06d", Math.floorMod(UUID.randomUUID().hashCode(), 1_000_000));
  }

  private String email(ProcessInstance instance) {
    return (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(ProcessConstants.VAR_CUSTOMER_EMAIL).singleResult()
        .getValue();
  }

  private void runJob(ProcessInstance instance) {
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
        .processInstanceId(instance.getId()).singleResult().getId());
  }

  private MimeMessage theOnlyMailTo(String email) throws MessagingException {
    await().atMost(Duration.ofSeconds(10)).until(() -> mailServer.getReceivedMessagesForDomain(email).length == 1);
    return mailServer.getReceivedMessagesForDomain(email)[0];
  }
}
