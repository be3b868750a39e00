package eu.complaintdesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.ProcessConstants;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * "Record a customer's call" in the real Tasklist, in headless Chromium: an agent starts it from
 * *Start process* with its Camunda start form; an answer the complaint does not wait for is refused
 * at the start with the reason shown in the dialog, and the score the customer gave reaches a
 * complaint that waits for it (as Tasklist sends a form-js number, which the rules take as a whole
 * number).
 */
@ComplaintDeskTest
class RecordCustomerCallBrowserTests {

  private static final String PROCESS_NAME = "Record a customer's call";

  @RegisterExtension
  static final BrowserExtension BROWSER = new BrowserExtension();

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine processEngine;
  @Autowired
  GreenMail mailServer;

  private ComplaintScenario waitsForNoSurvey;
  private ComplaintScenario waitsForSurvey;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(processEngine);
  }

  @AfterEach
  void discard() {
    for (ComplaintScenario complaint : new ComplaintScenario[] {waitsForNoSurvey, waitsForSurvey}) {
      if (complaint != null) {
        complaint.discard();
      }
    }
  }

  @Test
  void anAgentRecordsACallFromStartProcess_aScoreNotWaitedForIsRefusedThere_andOneWaitedForIsDelivered() {
    // Given a complaint at the agents' first task, one waiting for the survey, and anna in Tasklist
    waitsForNoSurvey = ComplaintScenario.startAt(ProcessConstants.ACTIVITY_LISTEN_TO_CUSTOMER,
        Variables.createVariables(), mailServer);
    waitsForSurvey = ComplaintScenario.startAt("awaitFeedback", Variables.createVariables(), mailServer);
    TasklistPage tasklist = new TasklistPage(BROWSER.driver(), port).logInAs("anna", "anna");
    long callsBefore = callsStarted();

    // When she records a score of 4 for the complaint that waits for no survey
    CamundaForm form = tasklist.startProcess(PROCESS_NAME);
    assertThat(form.showsField(ProcessConstants.VAR_FEEDBACK_SCORE, "number")).as("score before the kind").isFalse();
    form.type(ProcessConstants.VAR_COMPLAINT_REFERENCE, waitsForNoSurvey.reference())
        .choose(ProcessConstants.VAR_CUSTOMER_ANSWER, "Their feedback (survey)")
        .type(ProcessConstants.VAR_FEEDBACK_SCORE, "4")
        .type(ProcessConstants.VAR_FEEDBACK_COMMENT, "Friendly and quick.");
    assertThat(form.showsField(ProcessConstants.VAR_INFORMATION_REPLY, "textarea")).isFalse();

    // Then Tasklist shows why the start is refused, and nothing was started or delivered
    assertThat(String.join(" ", tasklist.startProcessInstanceRefused()))
        .contains("Complaint " + waitsForNoSurvey.reference() + " does not wait for this answer");
    assertThat(callsStarted()).isEqualTo(callsBefore);
    assertThat(waitsForNoSurvey.instance).isWaitingAt(ProcessConstants.ACTIVITY_LISTEN_TO_CUSTOMER);
    tasklist.closeStartDialog();

    // When she records the same score for the complaint that waits for it
    tasklist.startProcess(PROCESS_NAME)
        .type(ProcessConstants.VAR_COMPLAINT_REFERENCE, waitsForSurvey.reference())
        .choose(ProcessConstants.VAR_CUSTOMER_ANSWER, "Their feedback (survey)")
        .type(ProcessConstants.VAR_FEEDBACK_SCORE, "4")
        .type(ProcessConstants.VAR_FEEDBACK_COMMENT, "Friendly and quick.");
    tasklist.startProcessInstance();

    // Then the complaint has its survey answer, and one call was started
    assertThat(waitsForSurvey.instance).hasPassed("awaitFeedback");
    assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(waitsForSurvey.instance.getId()).variableName(ProcessConstants.VAR_FEEDBACK_SCORE)
        .singleResult().getValue()).isEqualTo(4);
    assertThat(callsStarted()).isEqualTo(callsBefore + 1);
  }

  private long callsStarted() {
    return processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessConstants.PROCESS_RECORD_CUSTOMER_CALL).count();
  }
}
