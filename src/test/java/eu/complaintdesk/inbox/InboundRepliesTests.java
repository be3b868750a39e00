package eu.complaintdesk.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.ProcessConstants;
import eu.complaintdesk.TestFiles;
import eu.complaintdesk.communication.CommunicationLog;
import eu.complaintdesk.complaint.ComplaintScenario;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Replies through the real IMAP server and the inbox, waking the step that waits: the information
 * in Slovenian with quoted history in windows-1250, a choice in Bulgarian as HTML only in
 * windows-1251 threaded by the subject alone, a Slovenian choice in ISO-8859-2, a survey score in
 * KOI8-R; and what goes to an agent instead: an unclear choice, another sender, a mail no step
 * waits for.
 */
@ComplaintDeskTest
class InboundRepliesTests {

  static final String OUR_DOMAIN = "complaint-desk.local";

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
  CommunicationLog communicationLog;

  private ComplaintsMailbox mailbox;
  private ComplaintScenario complaint;
  private String customer;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    mailbox = new ComplaintsMailbox(server);
    mailbox.empty();
    customer = "Jana.Novak-" + UUID.randomUUID() + "@example.org";
  }

  @AfterEach
  void discard() {
    if (complaint != null && runtimeService.createProcessInstanceQuery()
        .processInstanceId(complaint.instance.getId()).count() > 0) {
      runtimeService.deleteProcessInstance(complaint.instance.getId(), "test over");
    }
  }

  @Test
  void aSlovenianReply_withQuotedHistory_inWindows1250_isTheInformation() throws Exception {
    complaint = at("awaitInformation", Variables.createVariables()
        .putValue(ProcessConstants.VAR_INFORMATION_CLOSE_AT, new Date(System.currentTimeMillis() + 86_400_000L)));
    mailbox.deliver(TestMails.text(customer.toUpperCase(), "Re: Vaša pritožba " + complaint.reference(), """
        Številka računa je 4711, kupljeno v Mariboru.

        Dne 9. 3. 2026 ob 10:15 je Complaint Desk napisal(a):
        > Potrebujemo še nekaj podatkov.
        """, "windows-1250", "<" + complaint.reference() + ".information-request.1@" + OUR_DOMAIN + ">"));

    poller.poll();

    assertThat(complaint.instance).hasPassed("informationReceived");
    assertThat(runtimeService.getVariable(complaint.instance.getId(), ProcessConstants.VAR_INFORMATION_REPLY))
        .isEqualTo("Številka računa je 4711, kupljeno v Mariboru.");
    // And the communication log has the answer, received by e-mail
    assertThat(communicationLog.entriesFor(complaint.reference())).anySatisfy(entry -> {
      assertThat(entry.kind()).isEqualTo(ProcessConstants.MESSAGE_INFORMATION_RECEIVED);
      assertThat(entry.channel()).isEqualTo(ProcessConstants.VIA_EMAIL);
    });
  }

  @Test
  void aBulgarianHtmlOnlyChoice_inWindows1251_threadedBySubject_choosesTheOption() throws Exception {
    complaint = at("discussSolutions", offer());
    mailbox.deliver(TestMails.html(customer, "Re: Вашата жалба " + complaint.reference(),
        "<div>Избирам втория вариант, благодаря.</div><blockquote>Кой вариант предпочитате?</blockquote>",
        "windows-1251", null));

    poller.poll();

    assertThat(complaint.instance).hasPassed("customerChoseSolution");
    assertThat(runtimeService.getVariable(complaint.instance.getId(), ProcessConstants.VAR_CHOSEN_OPTION))
        .isEqualTo("option2");
  }

  @Test
  void aSlovenianChoice_inIso88592_choosesTheOption() throws Exception {
    complaint = at("discussSolutions", offer());
    mailbox.deliver(TestMails.text(customer, "Re: " + complaint.reference(), "Druga možnost, prosim.\n-- \nJana",
        "ISO-8859-2", "<" + complaint.reference() + ".solution-options.1@" + OUR_DOMAIN + ">"));

    poller.poll();

    assertThat(runtimeService.getVariable(complaint.instance.getId(), ProcessConstants.VAR_CHOSEN_OPTION))
        .isEqualTo("option2");
  }

  @Test
  void aScore_inKoi8r_isTheFeedback_andTheRestTheComment() throws Exception {
    complaint = at("awaitFeedback", Variables.createVariables());
    mailbox.deliver(TestMails.text(customer, "Re: " + complaint.reference(), "Оценка 5. Много благодаря!",
        "KOI8-R", "<" + complaint.reference() + ".survey.1@" + OUR_DOMAIN + ">"));

    poller.poll();

    assertThat(complaint.instance).hasPassed("awaitFeedback");
    assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(complaint.instance.getId()).variableName(ProcessConstants.VAR_FEEDBACK_COMMENT)
        .singleResult().getValue()).isEqualTo("Много благодаря!");
  }

  @Test
  void anUnclearChoice_isAnAgentsTask_andTheStepStillWaits() throws Exception {
    complaint = at("discussSolutions", offer());
    mailbox.deliver(TestMails.text(customer, "Re: " + complaint.reference(), "Option 1 or option 2, I cannot decide.",
        "UTF-8", null));

    poller.poll();

    assertThat(complaint.instance).isWaitingAt("discussSolutions", "readCustomerMessage");
    assertThat(reason(readTask())).isEqualTo(ProcessConstants.MAIL_REASON_UNCLEAR);
  }

  @Test
  void aReplyFromAnotherSender_isAnAgentsTask_neverTheAnswer() throws Exception {
    complaint = at("discussSolutions", offer());
    mailbox.deliver(TestMails.text("eve@example.net", "Re: " + complaint.reference(), "Option 2", "UTF-8",
        "<" + complaint.reference() + ".solution-options.1@" + OUR_DOMAIN + ">"));

    poller.poll();

    assertThat(complaint.instance).isWaitingAt("discussSolutions", "readCustomerMessage");
    Task read = readTask();
    assertThat(reason(read)).isEqualTo(ProcessConstants.MAIL_REASON_OTHER_SENDER);
    assertThat(taskService.getVariable(read.getId(), "messageFrom")).isEqualTo("eve@example.net");
    assertThat(taskService.getVariable(read.getId(), "messageText")).isEqualTo("Option 2");
  }

  @Test
  void aMailNoStepWaitsFor_isAnAgentsTask() throws Exception {
    complaint = at("listenToCustomer", Variables.createVariables());
    mailbox.deliver(TestMails.text(customer, "Re: " + complaint.reference(), "I forgot: it was a gift.", "UTF-8", null));

    poller.poll();

    assertThat(reason(readTask())).isEqualTo(ProcessConstants.MAIL_REASON_NOT_WAITING);
    assertThat(mailbox.subjects("Processed")).containsExactly("Re: " + complaint.reference());
  }

  @Test
  void theCustomersFiles_areKeptWithTheComplaint_asThePagesKeepThem() throws Exception {
    complaint = at("awaitInformation", Variables.createVariables()
        .putValue(ProcessConstants.VAR_INFORMATION_CLOSE_AT, new Date(System.currentTimeMillis() + 86_400_000L)));
    byte[] receipt = TestFiles.pdf("Receipt 4711");
    byte[] photo = TestFiles.png(7);
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("receipt.pdf", receipt);
    files.put("C:\\Users\\jana\\kettle.png", photo);
    mailbox.deliver(TestMails.withFiles(customer, "Re: " + complaint.reference(), "The receipt and a photo.",
        "<" + complaint.reference() + ".information-request.1@" + OUR_DOMAIN + ">", files));

    poller.poll();

    assertThat(complaint.instance).hasPassed("informationReceived");
    List<Attachment> kept = taskService.getProcessInstanceAttachments(complaint.instance.getId());
    assertThat(kept).extracting(Attachment::getName, Attachment::getType)
        .containsExactlyInAnyOrder(tuple("receipt.pdf", "application/pdf"), tuple("kettle.png", "image/png"));
    for (Attachment file : kept) {
      assertThat(taskService.getAttachmentContent(file.getId()).readAllBytes())
          .isEqualTo(file.getName().endsWith(".pdf") ? receipt : photo);
    }
  }

  @Test
  void aFileWeDoNotAccept_quarantinesTheMail_andTheStepStillWaits() throws Exception {
    complaint = at("awaitInformation", Variables.createVariables()
        .putValue(ProcessConstants.VAR_INFORMATION_CLOSE_AT, new Date(System.currentTimeMillis() + 86_400_000L)));
    mailbox.deliver(TestMails.withFiles(customer, "Re: " + complaint.reference(), "My invoice.",
        "<" + complaint.reference() + ".information-request.1@" + OUR_DOMAIN + ">",
        Map.of("invoice.pdf", "not a PDF at all, just text".getBytes(StandardCharsets.UTF_8))));

    poller.poll();

    assertThat(complaint.instance).isWaitingAt("awaitInformation");
    assertThat(taskService.getProcessInstanceAttachments(complaint.instance.getId())).isEmpty();
    assertThat(mailbox.subjects("Quarantine")).containsExactly("Re: " + complaint.reference());
  }

  @Test
  void anotherSendersFiles_areNotKept_andTheAgentIsToldOfThem() throws Exception {
    complaint = at("discussSolutions", offer());
    mailbox.deliver(TestMails.withFiles("eve@example.net", "Re: " + complaint.reference(), "Option 2",
        "<" + complaint.reference() + ".solution-options.1@" + OUR_DOMAIN + ">",
        Map.of("photo.png", TestFiles.png(3))));

    poller.poll();

    assertThat(taskService.getProcessInstanceAttachments(complaint.instance.getId())).isEmpty();
    assertThat((String) taskService.getVariable(readTask().getId(), "messageText"))
        .startsWith("Option 2").contains("1 attached file(s) from this sender were not kept");
  }

  private ComplaintScenario at(String step, VariableMap variables) {
    return ComplaintScenario.startAt(step, variables.putValue(ProcessConstants.VAR_CUSTOMER_EMAIL, customer), server);
  }

  private static VariableMap offer() {
    return Variables.createVariables()
        .putValue("option1Type", "refund").putValue("option1Amount", 50.0)
        .putValue("option1Description", "A refund of 50 EUR.")
        .putValue("addOption2", true).putValue("option2Type", "replacement").putValue("option2Amount", 80.0)
        .putValue("option2Description", "A new kettle.");
  }

  private Task readTask() {
    List<Task> tasks = taskService.createTaskQuery().processInstanceId(complaint.instance.getId())
        .taskDefinitionKey(ProcessConstants.TASK_READ_CUSTOMER_MESSAGE).list();
    assertThat(tasks).hasSize(1);
    return tasks.get(0);
  }

  private Object reason(Task task) {
    return taskService.getVariable(task.getId(), "messageReason");
  }
}
