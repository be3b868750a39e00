package eu.complaintdesk.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.ProcessConstants;
import eu.complaintdesk.communication.CommunicationEntry;
import eu.complaintdesk.communication.CommunicationLog;
import eu.complaintdesk.complaint.ComplaintScenario;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What else a mail does, through the real IMAP server: without a reference it opens a complaint in
 * the language it is written in, acknowledged like any other; automatic mail and our own do
 * nothing at all; a bounce of our mail marks the address as failing and tells an agent; a reply to a
 * complaint that is not open goes to the quarantine.
 */
@ComplaintDeskTest
class InboundMailEffectsTests {

  static final String SENDERS = "inbox-effects.example";

  @Autowired
  GreenMail server;
  @Autowired
  InboxPoller poller;
  @Autowired
  ProcessEngine processEngine;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  ManagementService managementService;
  @Autowired
  DataSource dataSource;
  @Autowired
  CommunicationLog communicationLog;

  private ComplaintsMailbox mailbox;
  private String run;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    mailbox = new ComplaintsMailbox(server);
    mailbox.empty();
    run = UUID.randomUUID().toString();
  }

  @AfterEach
  void endWhatTheMailsStarted() {
    ComplaintsMailbox.endWhatMailsStarted(runtimeService, SENDERS);
  }

  @Test
  void aMailWithoutReference_opensAComplaintInItsLanguage_andTheAcknowledgementGoesOut() throws Exception {
    // Given a Bulgarian mail that names no complaint
    String sender = "maria-" + run + "@" + SENDERS;
    MimeMessage mail = TestMails.text(sender, "Счупен чайник", "Чайникът, който купих, се счупи след два дни.",
        "windows-1251", null);
    mail.setFrom(new InternetAddress(sender, "Мария Петрова", "UTF-8"));
    mail.saveChanges();
    mailbox.deliver(mail);

    // When the inbox reads it
    poller.poll();

    // Then it is a complaint by e-mail of that sender, in Bulgarian, with subject and text as summary
    ProcessInstance complaint = runtimeService.createProcessInstanceQuery()
        .variableValueEquals(ProcessConstants.VAR_CUSTOMER_EMAIL, sender).singleResult();
    assertThat(complaint).isNotNull();
    assertThat(runtimeService.getVariables(complaint.getId())).containsEntry("channel", "email")
        .containsEntry("customerLanguage", "bg").containsEntry("customerName", "Мария Петрова")
        .containsEntry("summary", "Счупен чайник\n\nЧайникът, който купих, се счупи след два дни.");

    // And the acknowledgement goes to the sender, in Bulgarian
    Job acknowledgement = managementService.createJobQuery().processInstanceId(complaint.getId())
        .activityId("sendAcknowledgementEmail").singleResult();
    managementService.executeJob(acknowledgement.getId());
    MimeMessage[] received = server.getReceivedMessagesForDomain(sender);
    assertThat(received).hasSize(1);
    assertThat(received[0].getSubject()).contains(complaint.getBusinessKey());
    assertThat(received[0].getHeader("Content-Language", ",")).isEqualTo("bg");

    // And the mail itself is the first entry of the complaint's communication log
    assertThat(communicationLog.entriesFor(complaint.getBusinessKey())).anySatisfy(entry -> {
      assertThat(entry.direction()).isEqualTo(CommunicationEntry.Direction.RECEIVED);
      assertThat(entry.kind()).isEqualTo(NewComplaintsByMail.LOG_KIND);
      assertThat(entry.counterpart()).isEqualTo(sender);
      assertThat(entry.subject()).isEqualTo("Счупен чайник");
      assertThat(entry.language()).isEqualTo("bg");
      assertThat(entry.messageId()).isEqualTo(mail.getMessageID());
    });
  }

  @Test
  void aSlovenianMailWithoutReference_isASlovenianComplaint() throws Exception {
    String sender = "janez-" + run + "@" + SENDERS;
    mailbox.deliver(TestMails.text(sender, "Pokvarjen grelnik", "Grelnik, ki sem ga kupil, ne deluje več.",
        "ISO-8859-2", null));

    poller.poll();

    ProcessInstance complaint = runtimeService.createProcessInstanceQuery()
        .variableValueEquals(ProcessConstants.VAR_CUSTOMER_EMAIL, sender).singleResult();
    assertThat(runtimeService.getVariable(complaint.getId(), "customerLanguage")).isEqualTo("sl");
    assertThat(runtimeService.getVariable(complaint.getId(), "customerName")).isEqualTo("janez-" + run);
  }

  @Test
  void autoReplies_bulk_andOurOwnMails_openNothing_answerNothing_andGetNoMailBack() throws Exception {
    // Given a complaint that waits for information, and automatic mails about it and without reference
    String customer = "auto-" + run + "@" + SENDERS;
    ComplaintScenario waiting = ComplaintScenario.startAt("awaitInformation", Variables.createVariables()
        .putValue(ProcessConstants.VAR_CUSTOMER_EMAIL, customer)
        .putValue(ProcessConstants.VAR_INFORMATION_CLOSE_AT, new Date(System.currentTimeMillis() + 86_400_000L)),
        server);
    String ourId = "<" + waiting.reference() + ".information-request.1@complaint-desk.local>";
    MimeMessage autoReplied = TestMails.text(customer, "Re: " + waiting.reference(), "I am away.", "UTF-8", ourId);
    autoReplied.setHeader("Auto-Submitted", "auto-replied");
    mailbox.deliver(autoReplied);
    mailbox.deliver(TestMails.text(customer, "Out of office: your complaint", "Back on Monday.", "UTF-8", null));
    MimeMessage bulk = TestMails.text("news-" + run + "@" + SENDERS, "Our new kettles", "Buy now, it is cheap.",
        "UTF-8", null);
    bulk.setHeader("Precedence", "bulk");
    mailbox.deliver(bulk);
    MimeMessage ours = TestMails.text("complaints@complaint-desk.local", "Your complaint " + run, "Our own words.",
        "UTF-8", null);
    mailbox.deliver(ours);

    // When the inbox reads them
    poller.poll();

    // Then they are processed without any effect: no answer, no task, no complaint, no mail back
    assertThat(mailbox.subjects("Processed")).hasSize(4);
    assertThat(waiting.instance).isWaitingAt("awaitInformation");
    assertThat(taskService.createTaskQuery().processInstanceId(waiting.instance.getId()).count()).isZero();
    assertThat(runtimeService.createProcessInstanceQuery()
        .variableValueLike(ProcessConstants.VAR_CUSTOMER_EMAIL, "%" + run + "@" + SENDERS).count()).isEqualTo(1);
    assertThat(server.getReceivedMessagesForDomain(customer)).isEmpty();
    assertThat(new JdbcTemplate(dataSource).queryForList("SELECT outcome FROM inbox_mail WHERE sender LIKE ?",
        String.class, "%" + run + "%")).containsOnly("automatic");
  }

  @Test
  void aBounceOfOurMail_marksTheAddressAsFailing_andTellsAnAgent() throws Exception {
    // Given a complaint whose acknowledgement came back undelivered
    ComplaintScenario complaint = ComplaintScenario.startAt("listenToCustomer", Variables.createVariables()
        .putValue(ProcessConstants.VAR_CUSTOMER_EMAIL, "gone-" + run + "@" + SENDERS), server);
    mailbox.deliverRaw("""
        From: Mail Delivery System <MAILER-DAEMON@mx.example.org>
        To: complaints@complaint-desk.local
        Subject: Undelivered Mail Returned to Sender
        Message-ID: <bounce-%s@mx.example.org>
        Auto-Submitted: auto-replied
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

        --b1
        Content-Type: text/plain

        Your message could not be delivered: mailbox unknown.
        --b1
        Content-Type: message/delivery-status

        Reporting-MTA: dns; mx.example.org

        Final-Recipient: rfc822; gone-%s@%s
        Action: failed
        Status: 5.1.1
        --b1
        Content-Type: text/rfc822-headers

        From: Complaint Desk <complaints@complaint-desk.local>
        Subject: Your complaint %s: we have received it
        Message-ID: <%s.acknowledgement.1@complaint-desk.local>
        --b1--
        """.formatted(run, run, SENDERS, complaint.reference(), complaint.reference()));

    // When the inbox reads it
    poller.poll();

    // Then the address is marked failing, an agent is asked to reach the customer, and no mail went out
    assertThat(runtimeService.getVariable(complaint.instance.getId(), ProcessConstants.VAR_CUSTOMER_EMAIL_FAILING))
        .isEqualTo(true);
    Task read = taskService.createTaskQuery().processInstanceId(complaint.instance.getId())
        .taskDefinitionKey(ProcessConstants.TASK_READ_CUSTOMER_MESSAGE).singleResult();
    assertThat(taskService.getVariable(read.getId(), "messageReason")).isEqualTo(ProcessConstants.MAIL_REASON_BOUNCE);
    assertThat((String) taskService.getVariable(read.getId(), "messageText")).contains("could not be delivered");
    assertThat(complaint.instance).isWaitingAt("listenToCustomer", "readCustomerMessage");
  }

  @Test
  void aReplyToAComplaintWeDoNotKnow_goesToQuarantine() throws Exception {
    mailbox.deliver(TestMails.text("late-" + run + "@" + SENDERS, "Re: Your complaint CMP-2019-000001", "Thanks!",
        "UTF-8", null));

    poller.poll();

    assertThat(mailbox.subjects("Quarantine")).containsExactly("Re: Your complaint CMP-2019-000001");
    assertThat(new JdbcTemplate(dataSource).queryForObject("SELECT reason FROM inbox_mail WHERE sender = ?",
        String.class, "late-" + run + "@" + SENDERS)).contains("CMP-2019-000001, which we do not know");
  }
}
