package eu.complaintdesk.complaint;

import static eu.complaintdesk.complaint.ComplaintScenario.DESK;
import static eu.complaintdesk.complaint.ComplaintScenario.intake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.icegreen.greenmail.util.GreenMail;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.ProcessConstants;
import java.time.Duration;
import java.time.Year;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Agents at work in the real Tasklist, in headless Chromium: the start form, its validation, and
 * the first task, checked against what the engine then holds. One browser for the class; each
 * test logs in afresh. A failed test leaves a screenshot in target/browser-screenshots.
 */
@ComplaintDeskTest
class TasklistBrowserTests {

  private static final String PROCESS_NAME = "Complaint handling";


  @RegisterExtension
  static final BrowserExtension BROWSER = new BrowserExtension();

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine processEngine;
  @Autowired
  GreenMail mailServer;

  TasklistPage tasklist;

  @BeforeEach
  void openTasklist() {
    BpmnAwareTests.init(processEngine);
    tasklist = new TasklistPage(BROWSER.driver(), port);
  }

  @Test
  void agentStartsAComplaintFromTheTasklistForm() {
    // Given anna, an agent, in the start form of a complaint
    String email = "browser-" + UUID.randomUUID() + "@example.org";
    CamundaForm form = tasklist.logInAs("anna", "anna").startProcess(PROCESS_NAME);

    // When she enters what a gold customer told her on the phone and starts it
    form.type("customerName", "Marko Kovač")
        .type("customerEmail", email)
        .choose("channel", "Phone")
        .choose("complaintType", "Price or billing")
        .choose("severity", "High: the customer loses money or cannot use part of the service")
        .choose("customerTier", "Gold")
        .type("summary", "Billed twice for the March visit.");
    tasklist.startProcessInstance();

    // Then the engine runs a complaint with those values under a new reference, started by anna
    ProcessInstance complaint = await().until(() -> processEngine.getRuntimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey(ProcessConstants.PROCESS_COMPLAINT_HANDLING)
        .variableValueEquals(ProcessConstants.VAR_CUSTOMER_EMAIL, email)
        .singleResult(), Objects::nonNull);
    assertThat(complaint.getBusinessKey()).matches("CMP-" + Year.now(DESK) + "-\\d{6}");
    assertThat(processEngine.getRuntimeService().getVariables(complaint.getId())).containsAllEntriesOf(Map.of(
        ProcessConstants.VAR_CUSTOMER_NAME, "Marko Kovač",
        ProcessConstants.VAR_CUSTOMER_LANGUAGE, "en",
        ProcessConstants.VAR_CHANNEL, "phone",
        ProcessConstants.VAR_COMPLAINT_TYPE, "price",
        ProcessConstants.VAR_SEVERITY, "high",
        ProcessConstants.VAR_CUSTOMER_TIER, "gold",
        ProcessConstants.VAR_SUMMARY, "Billed twice for the March visit.",
        ProcessConstants.VAR_COMPLAINT_REFERENCE, complaint.getBusinessKey(),
        "intakeAgent", "anna")); // the start event's camunda:initiator
  }

  @Test
  void invalidInputIsRefusedWithAMessage() {
    // Given the complaints started so far, and anna in the start form
    long complaintsBefore = complaintsStarted();
    CamundaForm form = tasklist.logInAs("anna", "anna").startProcess(PROCESS_NAME);

    // When she forgets the summary and clicks Start
    form.type("customerName", "Marko Kovač")
        .type("customerEmail", "marko.kovac@example.org")
        .choose("channel", "Phone")
        .choose("complaintType", "Product")
        .choose("severity", "Low: an inconvenience");
    tasklist.clickStart();

    // Then form-js asks for it
    assertThat(form.errorsOnceShown("Field is required.")).containsExactly("Field is required.");

    // When she also enters an e-mail address that is none
    form.type("customerEmail", "not-an-email");

    // Then form-js says so too, Tasklist disables Start, and no complaint was started
    assertThat(form.errorsOnceShown("Field must be a valid email.", "Field is required."))
        .containsExactlyInAnyOrder("Field must be a valid email.", "Field is required.");
    assertThat(tasklist.text()).contains("Field must be a valid email.", "Field is required.");
    assertThat(tasklist.startButtonEnabled()).as("Start enabled").isFalse();
    await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
        .until(this::complaintsStarted, equalTo(complaintsBefore));
  }

  @Test
  void agentClaimsAndCompletesTheFirstTask() {
    // Given a complaint just received and acknowledged: its task is the newest, and Tasklist lists
    // the newest first, so it is on the first page however many tasks other tests left open
    ComplaintScenario complaint = ComplaintScenario.start(intake("browser-" + UUID.randomUUID() + "@example.org"),
        mailServer).run("sendAcknowledgementEmail");
    Task listen = complaint.task(ProcessConstants.ACTIVITY_LISTEN_TO_CUSTOMER);

    // When anna opens it from her task list
    tasklist.logInAs("anna", "anna").openTask("All open tasks", listen.getId());

    // Then its title names the complaint and the customer
    assertThat(tasklist.taskTitle()).contains(complaint.reference(), "Jana Novak");

    // When she claims it, writes down the customer's account and completes it
    tasklist.claim()
        .type(ProcessConstants.VAR_CUSTOMER_ACCOUNT, "The technician did not come, and nobody called to say so.");
    tasklist.complete();

    // Then the complaint moves on to gathering the information, with her notes
    await().until(() -> processEngine.getTaskService().createTaskQuery()
        .processInstanceId(complaint.instance.getId()).taskDefinitionKey("gatherInformation").count(), equalTo(1L));
    assertThat(complaint.variable(ProcessConstants.VAR_CUSTOMER_ACCOUNT))
        .isEqualTo("The technician did not come, and nobody called to say so.");
    assertThat(processEngine.getHistoryService().createHistoricTaskInstanceQuery().taskId(listen.getId())
        .singleResult().getAssignee()).isEqualTo("anna");
  }

  @Test
  void agentSeesTheHistoryOfHerTask() {
    // Given a complaint just received, whose first task anna opened and claimed in Tasklist
    ComplaintScenario complaint = ComplaintScenario.start(intake("browser-" + UUID.randomUUID() + "@example.org"),
        mailServer).run("sendAcknowledgementEmail");
    Task listen = complaint.task(ProcessConstants.ACTIVITY_LISTEN_TO_CUSTOMER);
    tasklist.logInAs("anna", "anna").openTask("All open tasks", listen.getId());
    tasklist.claim();

    // When she opens the task's History tab
    var history = tasklist.history();

    // Then it shows her claim: agents read no process history, only their group's tasks' (the
    // engine's historic task permissions), and that is what the tab reads
    assertThat(tasklist.failures()).isEmpty();
    assertThat(history).anySatisfy(entry -> assertThat(entry).containsIgnoringCase("claim").contains("anna"));
  }

  @Test
  void managerApprovesAnAgentsOfferInTasklist_asTheOfferWasJudged() {
    // Given anna's offer of a 500 EUR refund, above her authority, waiting for a manager
    ComplaintScenario complaint = ComplaintScenario.startAt("offerSolution", Variables.createVariables(), mailServer);
    processEngine.getTaskService().claim(complaint.task("offerSolution").getId(), "anna");
    complaint.complete("offerSolution", "option1Type", "refund", "option1Amount", 500.0,
        "option1Description", "A full refund of the visit.");
    Task approval = complaint.task(ProcessConstants.ACTIVITY_APPROVE_OFFER);

    // When mary opens it in Tasklist, claims it and approves it (the form sends its read-only
    // fields back)
    tasklist.logInAs("mary", "mary").openTaskByAddress(approval.getId(), approval.getName());
    tasklist.claim().pick(ProcessConstants.VAR_OFFER_DECISION, "Approve: send the options to the customer");
    tasklist.complete();

    // Then the offer goes out: the approval was not taken for a changed offer
    await().until(() -> processEngine.getManagementService().createJobQuery()
        .processInstanceId(complaint.instance.getId()).activityId("sendSolutionOptionsEmail").count(), equalTo(1L));
    assertThat(complaint.variable(ProcessConstants.VAR_OFFERED_BY)).isEqualTo("anna");
  }

  private long complaintsStarted() {
    return processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessConstants.PROCESS_COMPLAINT_HANDLING)
        .count();
  }
}
