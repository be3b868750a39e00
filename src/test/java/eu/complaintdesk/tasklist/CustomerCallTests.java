package eu.complaintdesk.tasklist;

import static eu.complaintdesk.communication.PhoneAnswers.assertPhoneAnswer;
import static eu.complaintdesk.tasklist.CustomerTabTests.JSON;
import static eu.complaintdesk.WebappAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import eu.complaintdesk.ProcessConstants;
import eu.complaintdesk.communication.CommunicationLog;
import eu.complaintdesk.complaint.ComplaintScenario;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Customer called" over real HTTP, as the tab sends it: each kind of answer a complaint can wait
 * for, taken down by the agent or manager of an open task, reaches the process through the same
 * rules as a link, is logged as a phone answer with who took it, and a refused or late answer is a
 * problem document that changes nothing.
 */
@ComplaintDeskTest
class CustomerCallTests {

  @Autowired
  HttpTestClient agent;
  @Autowired
  HttpTestClient manager;
  @Autowired
  ProcessEngine engine;
  @Autowired
  GreenMail mailServer;
  @Autowired
  CommunicationLog log;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
  }

  @Test
  void theInformationAskedFor_isRecordedFromATask_andTheProcessGoesOn() throws Exception {
    // Given a complaint waiting for information, with a take-over open for managers
    ComplaintScenario complaint = ComplaintScenario.startAt("awaitInformation", Variables.createVariables()
        .putValue(ProcessConstants.VAR_INFORMATION_CLOSE_AT, inDays(10))
        .putValue(ProcessConstants.VAR_RESOLUTION_TIME_LEFT, "PT35H"), mailServer);
    String taskId = alsoOpen(complaint, ProcessConstants.TASK_TAKE_OVER_OVERDUE_COMPLAINT);
    manager.webappLogin("tasklist", "mary", "mary");
    assertThat(waitingFor(manager, taskId)).contains(ProcessConstants.MESSAGE_INFORMATION_RECEIVED);

    // When mary records what the customer said on the phone
    HttpResponse<String> sent = call(manager, taskId, ProcessConstants.MESSAGE_INFORMATION_RECEIVED,
        "{\"informationReply\": \"The parcel number is 4711.\"}");

    // Then the process has the answer, and the log says it came by phone, taken down by mary
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
    assertThat(complaint.instance).hasPassed("informationReceived");
    assertThat(engine.getRuntimeService().getVariable(complaint.instance.getId(),
        ProcessConstants.VAR_INFORMATION_REPLY)).isEqualTo("The parcel number is 4711.");
    assertThat(log.entriesFor(complaint.reference())).first().satisfies(entry -> {
      assertPhoneAnswer(entry, ProcessConstants.MESSAGE_INFORMATION_RECEIVED, "mary");
      assertThat(entry.subject()).isEqualTo("informationReply: The parcel number is 4711.");
    });
    assertThat(JSON.readTree(sent.body()).path("log").get(0).path("recordedBy").asText()).isEqualTo("mary");
  }

  @Test
  void theChosenOption_isRecordedFromTheDiscussionTask() throws Exception {
    // Given a complaint whose agent discusses two options with the customer
    ComplaintScenario complaint = ComplaintScenario.startAt("discussSolutions", Variables.createVariables()
        .putValue("option1Type", "refund").putValue("option1Amount", 50.0)
        .putValue("option1Description", "A refund of 50 EUR.")
        .putValue("addOption2", true).putValue("option2Type", "discountCoupon").putValue("option2Amount", 20.0)
        .putValue("option2Description", "A 20 EUR coupon."), mailServer);
    String taskId = complaint.task(ProcessConstants.TASK_DISCUSS_SOLUTIONS).getId();
    agent.webappLogin("tasklist", "anna", "anna");

    // Then the tab offers the options the complaint offered
    JsonNode tab = JSON.readTree(agent.get("/staff/tasks/" + taskId + "/customer").body());
    assertThat(tab.path("options").findValuesAsText("key")).containsExactly("option1", "option2");

    // When anna records that the customer chose the coupon
    HttpResponse<String> sent = call(agent, taskId, ProcessConstants.MESSAGE_SOLUTION_CHOSEN,
        "{\"chosenOption\": \"option2\"}");

    // Then the choice reached the process, which goes on to the promise
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
    assertThat(complaint.instance).hasPassed("customerChoseSolution").isWaitingAt("makePromise");
    assertThat(engine.getRuntimeService().getVariable(complaint.instance.getId(),
        ProcessConstants.VAR_CHOSEN_OPTION)).isEqualTo("option2");
    assertThat(log.entriesFor(complaint.reference())).first()
        .satisfies(entry -> assertPhoneAnswer(entry, ProcessConstants.MESSAGE_SOLUTION_CHOSEN, "anna"));
  }

  @Test
  void feedback_isRefusedByTheRules_untilItIsRight() throws Exception {
    // Given a complaint waiting for feedback, with a take-over open for managers
    ComplaintScenario complaint = ComplaintScenario.startAt("awaitFeedback", Variables.createVariables(), mailServer);
    String taskId = alsoOpen(complaint, ProcessConstants.TASK_TAKE_OVER_OVERDUE_COMPLAINT);
    manager.webappLogin("tasklist", "mary", "mary");
    String message = ProcessConstants.MESSAGE_FEEDBACK_RECEIVED;

    // When mary enters a score outside 1 to 5, a score as text, or a field of another answer
    assertProblem(call(manager, taskId, message, "{\"feedbackScore\": 9}"), 400, "feedbackScore");
    assertProblem(call(manager, taskId, message, "{\"feedbackScore\": \"4\"}"), 400, "feedbackScore");
    assertProblem(call(manager, taskId, message, "{\"feedbackScore\": 4, \"offeredBy\": \"mary\"}"), 400,
        "carries only [feedbackScore, feedbackComment], not [offeredBy]");
    assertProblem(call(manager, taskId, "CustomerSentFlowers", "{}"), 400, "not 'CustomerSentFlowers'");
    assertProblem(manager.webappPostJson("/staff/tasks/" + taskId + "/customer-call", "{not json"), 400,
        "must be a JSON object");

    // Then nothing reached the process or the log
    assertThat(complaint.instance).isWaitingAt("awaitFeedback");
    assertThat(log.entriesFor(complaint.reference())).isEmpty();

    // When she enters the score the customer gave, with the comment
    HttpResponse<String> sent = call(manager, taskId, message,
        "{\"feedbackScore\": 4, \"feedbackComment\": \"Friendly and quick.\"}");

    // Then it is delivered and logged
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
    assertThat(complaint.instance).hasPassed("awaitFeedback");
    assertThat(log.entriesFor(complaint.reference())).singleElement().satisfies(entry -> {
      assertPhoneAnswer(entry, message, "mary");
      assertThat(entry.subject()).isEqualTo("feedbackComment: Friendly and quick.; feedbackScore: 4");
    });
  }

  @Test
  void aWithdrawal_isRecorded_anAnswerNotWaitedFor_is409_andAPostWithoutTheCsrfToken_403() throws Exception {
    // Given a complaint at the agents' first task
    ComplaintScenario complaint = ComplaintScenario.startAt(ProcessConstants.ACTIVITY_LISTEN_TO_CUSTOMER,
        Variables.createVariables(), mailServer);
    String taskId = complaint.task(ProcessConstants.ACTIVITY_LISTEN_TO_CUSTOMER).getId();
    agent.webappLogin("tasklist", "anna", "anna");

    // A survey answer it does not wait for is a conflict
    assertProblem(call(agent, taskId, ProcessConstants.MESSAGE_FEEDBACK_RECEIVED, "{\"feedbackScore\": 5}"), 409,
        "no longer waits for this answer");

    // A POST that lacks the session's CSRF token is refused as the webapps refuse it
    HttpResponse<String> forged = agent.post("/staff/tasks/" + taskId + "/customer-call", null, null,
        "application/json", "{\"message\": \"ComplaintWithdrawn\", \"answer\": {}}");
    assertProblem(forged, 403, "X-XSRF-TOKEN");
    assertThat(forged.headers().firstValue("X-XSRF-TOKEN")).contains("Required");
    assertThat(complaint.instance).isWaitingAt(ProcessConstants.ACTIVITY_LISTEN_TO_CUSTOMER);

    // When anna records that the customer withdraws, with the reason
    HttpResponse<String> sent = call(agent, taskId, ProcessConstants.MESSAGE_COMPLAINT_WITHDRAWN,
        "{\"withdrawalReason\": \"Sorted it out with the shop.\"}");

    // Then the complaint is withdrawn and the log has the answer
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
    assertThat(complaint.instance).hasPassed("complaintWithdrawn");
    assertThat(log.entriesFor(complaint.reference())).singleElement()
        .satisfies(entry -> assertPhoneAnswer(entry, ProcessConstants.MESSAGE_COMPLAINT_WITHDRAWN, "anna"));
  }

  private static HttpResponse<String> call(HttpTestClient client, String taskId, String message, String answer) {
    return client.webappPostJson("/staff/tasks/" + taskId + "/customer-call",
        "{\"message\": \"" + message + "\", \"answer\": " + answer + "}");
  }

  private static String waitingFor(HttpTestClient client, String taskId) throws Exception {
    return JSON.readTree(client.get("/staff/tasks/" + taskId + "/customer").body()).path("waitingFor").toString();
  }

  /** Opens a managers' task beside where the complaint waits, as a take-over is while a customer answers. */
  private String alsoOpen(ComplaintScenario complaint, String taskKey) {
    engine.getRuntimeService().createProcessInstanceModification(complaint.instance.getId())
        .startBeforeActivity(taskKey).execute();
    return complaint.task(taskKey).getId();
  }

  private static Date inDays(int days) {
    return Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(days)));
  }

}
