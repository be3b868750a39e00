package eu.complaintdesk.quality;

import static eu.complaintdesk.WebappAssertions.assertPluginServed;
import static eu.complaintdesk.WebappAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import eu.complaintdesk.ProcessConstants;
import eu.complaintdesk.complaint.ComplaintScenario;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The audit timeline over real HTTP, logged in to the webapps as Cockpit logs in: a manager reads a
 * driven complaint's steps in order with who completed them, its mails and the triage decision with
 * its inputs, as JSON and as the printable page; an agent reads only the timeline of a complaint with a
 * task she can see (403 otherwise), nobody logged in gets 401, an unknown complaint 404, each as a
 * problem document. Cockpit lists the plugin and serves its script.
 */
@ComplaintDeskTest
class TimelineTests {

  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  HttpTestClient manager;
  @Autowired
  HttpTestClient agent;
  @Autowired
  HttpTestClient anonymous;
  @Autowired
  ProcessEngine engine;
  @Autowired
  GreenMail mailServer;

  private ComplaintScenario complaint;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void discard() {
    if (complaint != null && engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(complaint.instance.getId()).count() > 0) {
      engine.getRuntimeService().deleteProcessInstance(complaint.instance.getId(), "test over");
    }
  }

  /** A complaint started as the intake form starts one, acknowledged, and its account taken by anna. */
  static ComplaintScenario listenedTo(ProcessEngine engine, GreenMail mailServer, String email) {
    ComplaintScenario complaint = ComplaintScenario.start(ComplaintScenario.intake(email), mailServer).runAsyncJobs();
    String taskId = complaint.task(ProcessConstants.ACTIVITY_LISTEN_TO_CUSTOMER).getId();
    completeAsAnna(engine, taskId, Map.of(ProcessConstants.VAR_CUSTOMER_ACCOUNT,
        "The technician never came and nobody called me."));
    return complaint;
  }

  @Test
  void aManager_readsTheStepsInOrder_theMails_andTheTriageInputs() throws Exception {
    String email = "jana@timeline-" + UUID.randomUUID() + ".example.org";
    complaint = listenedTo(engine, mailServer, email);

    assertThat(manager.webappLogin("cockpit", "mary", "mary").statusCode()).isEqualTo(200);
    HttpResponse<String> response = manager.get("/staff/complaints/" + complaint.reference() + "/timeline");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value)
        .contains("no-store"));
    JsonNode timeline = JSON.readTree(response.body());
    assertThat(timeline.path("processInstanceId").asText()).isEqualTo(complaint.instance.getId());
    List<String> steps = new ArrayList<>();
    timeline.path("steps").forEach(step -> steps.add(step.path("activityId").asText()));
    assertThat(steps).containsSubsequence("complaintReceived", "registerComplaint", "triageComplaint",
        "sendAcknowledgementEmail", ProcessConstants.ACTIVITY_LISTEN_TO_CUSTOMER, "gatherInformation");
    JsonNode listened = step(timeline, ProcessConstants.ACTIVITY_LISTEN_TO_CUSTOMER);
    assertThat(listened.path("completedBy").asText()).isEqualTo("anna");
    assertThat(listened.path("assignee").asText()).isEqualTo("anna");
    assertThat(listened.path("endedAt").isNull()).isFalse();
    assertThat(step(timeline, "gatherInformation").path("endedAt").isNull()).isTrue();

    assertThat(timeline.path("communication")).anySatisfy(entry -> {
      assertThat(entry.path("kind").asText()).isEqualTo("acknowledgement");
      assertThat(entry.path("direction").asText()).isEqualTo("SENT");
      assertThat(entry.path("counterpart").asText()).isEqualTo(email);
    });

    JsonNode triage = timeline.path("decisions").get(0);
    assertThat(triage.path("key").asText()).isEqualTo(ProcessConstants.DECISION_TRIAGE);
    assertThat(triage.path("inputs").toString()).contains("{\"name\":\"Severity\",\"value\":\"medium\"}",
        "{\"name\":\"Complaint type\",\"value\":\"serviceQuality\"}",
        "{\"name\":\"Customer tier\",\"value\":\"standard\"}");
    assertThat(triage.path("outputs").toString()).contains(ProcessConstants.TRIAGE_PRIORITY);

    // The same, by the process instance the Cockpit tab is on
    JsonNode byInstance = JSON.readTree(manager.get("/staff/process-instances/" + complaint.instance.getId()
        + "/timeline").body());
    assertThat(byInstance.path("reference").asText()).isEqualTo(complaint.reference());

    // And the printable page
    HttpResponse<String> page = manager.get("/staff/complaints/" + complaint.reference() + "/timeline.html");
    assertThat(page.statusCode()).isEqualTo(200);
    Document html = Jsoup.parse(page.body());
    assertThat(html.select("h1").text()).isEqualTo("Audit timeline of complaint " + complaint.reference());
    assertThat(html.select("table.steps tbody tr").eachText()).anySatisfy(row -> assertThat(row)
        .contains("Listen to the customer", "anna"));
    assertThat(html.select("table.communication").text()).contains("acknowledgement", email);
    assertThat(html.select("table.decisions").text()).contains("Severity: medium");
    assertThat(html.select("style").html()).contains("@media print");
  }

  @Test
  void anAgent_readsTheTimelineOfAComplaintWithATaskTheySee_andNoOther() throws Exception {
    // Given a complaint at a task of the agents, and one at a task of the managers only
    ComplaintScenario theirs = ComplaintScenario.start(ComplaintScenario.intake("jana@timeline-" + UUID.randomUUID()
        + ".example.org"), mailServer).runAsyncJobs();
    complaint = theirs;
    ComplaintScenario managers = ComplaintScenario.startAt(ProcessConstants.TASK_REVIEW_QUALITY,
        Variables.createVariables(), mailServer);
    assertThat(agent.webappLogin("tasklist", "anna", "anna").statusCode()).isEqualTo(200);

    try {
      // Then anna reads the first one's timeline, as JSON, by its process instance and printable
      HttpResponse<String> json = agent.get("/staff/complaints/" + theirs.reference() + "/timeline");
      assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
      assertThat(JSON.readTree(json.body()).path("reference").asText()).isEqualTo(theirs.reference());
      assertThat(agent.get("/staff/process-instances/" + theirs.instance.getId() + "/timeline").statusCode())
          .isEqualTo(200);
      HttpResponse<String> page = agent.get("/staff/complaints/" + theirs.reference() + "/timeline.html");
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(Jsoup.parse(page.body()).select("h1").text())
          .isEqualTo("Audit timeline of complaint " + theirs.reference());

      // and not the other one's: she cannot see its task
      String path = "/staff/complaints/" + managers.reference() + "/timeline";
      assertProblem(agent.get(path), 403, "anna may not read the audit timeline of complaint "
          + managers.reference() + ": it is for managers, analysts and administrators, and for whoever has one of"
          + " its tasks.");
      assertProblem(agent.get("/staff/process-instances/" + managers.instance.getId() + "/timeline"), 403,
          "anna may not read the audit timeline of process instance " + managers.instance.getId());
      HttpResponse<String> refused = agent.get(path + ".html");
      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(Jsoup.parse(refused.body()).text()).contains("anna may not read the audit timeline of complaint "
          + managers.reference());
      // nor an unknown complaint's, which she cannot tell from one not hers
      assertProblem(agent.get("/staff/complaints/CMP-1999-000000/timeline"), 403, "anna may not read");
    } finally {
      engine.getRuntimeService().deleteProcessInstance(managers.instance.getId(), "test over");
    }
  }

  @Test
  void nobodyLoggedIn_gets401_andAManager404ForAnUnknownComplaint() throws Exception {
    complaint = ComplaintScenario.start(ComplaintScenario.intake("jana@timeline-" + UUID.randomUUID()
        + ".example.org"), mailServer);

    assertProblem(anonymous.get("/staff/complaints/" + complaint.reference() + "/timeline"), 401,
        "Log in to Tasklist or Cockpit first");
    HttpResponse<String> page = anonymous.get("/staff/complaints/" + complaint.reference() + "/timeline.html");
    assertThat(page.statusCode()).isEqualTo(401);

    assertThat(manager.webappLogin("cockpit", "mary", "mary").statusCode()).isEqualTo(200);
    assertProblem(manager.get("/staff/complaints/CMP-1999-000000/timeline"), 404, "There is no complaint");
    assertProblem(manager.get("/staff/process-instances/no-such-instance/timeline"), 404, "is no complaint");
  }

  @Test
  void cockpitLoadsTheTab_fromTheApplication() {
    assertPluginServed(anonymous, "cockpit", TimelinePlugin.ID, "cockpit.processInstance.runtime.tab");
  }

  @Test
  void aPromiseKept_andOneStillOpen_areTold() throws Exception {
    // Given two promises made on a chosen refund, the first one then kept by anna
    complaint = ComplaintScenario.startAt(ProcessConstants.TASK_MAKE_PROMISE, Variables.createVariables()
        .putValue("option1Type", "refund").putValue("chosenOption", "option1"), mailServer);
    String firstDay = LocalDate.now().plusDays(7).toString();
    String secondDay = LocalDate.now().plusDays(9).toString();
    completeAsAnna(engine, complaint.task(ProcessConstants.TASK_MAKE_PROMISE).getId(), Map.of(
        String.format(ProcessConstants.VAR_PROMISE_N_DESCRIPTION, 1), "Your refund reaches your account.",
        String.format(ProcessConstants.VAR_PROMISE_N_DUE, 1), firstDay,
        String.format(ProcessConstants.VAR_ADD_PROMISE, 2), true,
        String.format(ProcessConstants.VAR_PROMISE_N_DESCRIPTION, 2), "We call you back.",
        String.format(ProcessConstants.VAR_PROMISE_N_DUE, 2), secondDay));
    complaint.runAsyncJobs();
    completeAsAnna(engine, keepPromiseTask(firstDay), Map.of(ProcessConstants.VAR_PROMISE_KEPT, true,
        ProcessConstants.VAR_FULFILMENT_NOTES, "Refunded on time."));

    // When an analyst reads the timeline
    assertThat(manager.webappLogin("cockpit", "alex", "alex").statusCode()).isEqualTo(200);
    HttpResponse<String> response = manager.get("/staff/complaints/" + complaint.reference() + "/timeline");

    // Then the kept promise says so, and the other one is open
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode promises = JSON.readTree(response.body()).path("promises");
    assertThat(promises.toString()).contains(
        "\"description\":\"Your refund reaches your account.\",\"due\":\"" + firstDay + "\"",
        "\"description\":\"We call you back.\",\"due\":\"" + secondDay + "\"");
    assertThat(promises).hasSize(2).anySatisfy(promise -> {
      assertThat(promise.path("due").asText()).isEqualTo(firstDay);
      assertThat(promise.path("kept").asBoolean()).isTrue();
    }).anySatisfy(promise -> {
      assertThat(promise.path("due").asText()).isEqualTo(secondDay);
      assertThat(promise.path("kept").isNull()).isTrue();
    });
  }

  @Test
  void everyCompletion_showsTheFormValuesItChanged_underItsStep_withoutTheCustomersIdentity() throws Exception {
    // Given anna took the customer's account, then recorded the complaint: a new name, the same type
    complaint = listenedTo(engine, mailServer, "jana@timeline-" + UUID.randomUUID() + ".example.org");
    completeAsAnna(engine, complaint.task(ProcessConstants.TASK_GATHER_INFORMATION).getId(),
        Map.of(ProcessConstants.VAR_INFORMATION_COMPLETE, "complete"));
    completeAsAnna(engine, complaint.task(ProcessConstants.TASK_RECORD_COMPLAINT).getId(), Map.of(
        ProcessConstants.VAR_CUSTOMER_NAME, "Jana Kos", ProcessConstants.VAR_COMPLAINT_TYPE, "serviceQuality",
        ProcessConstants.VAR_DETAILS, "He came on Tuesday instead of Monday."));

    // When a manager reads the timeline
    assertThat(manager.webappLogin("cockpit", "mary", "mary").statusCode()).isEqualTo(200);
    JsonNode timeline = JSON.readTree(manager.get("/staff/complaints/" + complaint.reference() + "/timeline").body());

    // Then each step tells what its completion changed, by whom; the name only that it changed
    assertThat(changedValues(step(timeline, ProcessConstants.ACTIVITY_LISTEN_TO_CUSTOMER))).containsExactly(
        "customerAccount: null -> The technician never came and nobody called me.");
    assertThat(changedValues(step(timeline, ProcessConstants.TASK_GATHER_INFORMATION))).containsExactly(
        "informationComplete: null -> complete");
    JsonNode recorded = step(timeline, ProcessConstants.TASK_RECORD_COMPLAINT);
    assertThat(recorded.path("formValuesChanged").path("by").asText()).isEqualTo("anna");
    assertThat(recorded.path("formValuesChanged").path("at").asText()).isEqualTo(recorded.path("endedAt").asText());
    assertThat(changedValues(recorded)).containsExactly(
        "customerName: (personal data, not shown) -> (personal data, not shown)",
        "details: null -> He came on Tuesday instead of Monday.");
    assertThat(step(timeline, "triageComplaint").path("formValuesChanged").isNull()).isTrue();
    assertThat(step(timeline, "showEmpathy").path("formValuesChanged").isNull()).isTrue();
    assertThat(timeline.toString()).doesNotContain("Jana Kos");

    // and so does the printable page, under the step
    Document html = Jsoup.parse(manager.get("/staff/complaints/" + complaint.reference() + "/timeline.html").body());
    assertThat(html.select("table.steps tbody tr.form-values-changed")).hasSize(3);
    assertThat(html.select("table.steps tbody tr.form-values-changed").get(2).select("li").eachText()).containsExactly(
        "customerName: (personal data, not shown) → (personal data, not shown)",
        "details: (none) → He came on Tuesday instead of Monday.");
    assertThat(html.select("table.steps tbody tr.form-values-changed").get(2).previousElementSibling().text())
        .contains("Record the complaint");
    assertThat(html.text()).doesNotContain("Jana Kos");
  }

  @Test
  void theQualityReview_showsItsScorePerChecklistStep_inTheFormsWords() throws Exception {
    // Given mary reviewed a complaint
    complaint = ComplaintScenario.startAt(ProcessConstants.TASK_REVIEW_QUALITY, Variables.createVariables(),
        mailServer);
    Map<String, Object> review = new HashMap<>();
    for (int step = 1; step <= ProcessConstants.REVIEW_STEP_SCORES.size(); step++) {
      review.put(ProcessConstants.REVIEW_STEP_SCORES.get(step - 1), step % 5 + 1);
    }
    review.put(ProcessConstants.VAR_QUALITY_SCORE, 4);
    review.put(ProcessConstants.VAR_QUALITY_NOTES, "Apologise sooner.");
    completeAs(engine, "mary", ProcessConstants.GROUP_MANAGERS, complaint.task(ProcessConstants.TASK_REVIEW_QUALITY)
        .getId(), review);

    // When she reads its timeline
    assertThat(manager.webappLogin("cockpit", "mary", "mary").statusCode()).isEqualTo(200);
    JsonNode timeline = JSON.readTree(manager.get("/staff/complaints/" + complaint.reference() + "/timeline").body());

    // Then the review names each checklist step as the form does, with its score
    JsonNode reviewed = timeline.path("review");
    assertThat(reviewed.path("by").asText()).isEqualTo("mary");
    assertThat(reviewed.path("overall").asInt()).isEqualTo(4);
    assertThat(reviewed.path("notes").asText()).isEqualTo("Apologise sooner.");
    List<String> scores = new ArrayList<>();
    reviewed.path("steps").forEach(score -> scores.add(score.path("step").asInt() + " " + score.path("key").asText()
        + " '" + score.path("label").asText() + "' " + score.path("score").asInt()));
    assertThat(scores).containsExactly(
        "1 reviewActedQuickly '1 Acted as soon as possible' 2",
        "2 reviewListened '2 Listened carefully' 3",
        "3 reviewGathered '3 Gathered the information' 4",
        "4 reviewRecorded '4 Recorded the complaint' 5",
        "5 reviewEmpathy '5 Showed empathy' 1",
        "6 reviewThanked '6 Thanked the customer' 2",
        "7 reviewApologised '7 Apologised' 3",
        "8 reviewOffered '8 Offered a solution' 4",
        "9 reviewDiscussed '9 Discussed the solutions' 5",
        "10 reviewKeptPromises '10 Kept our promises' 1",
        "11 reviewAskedFeedback '11 Asked for feedback and thanked again' 2");
    // the review's completion is a change of form values like any other
    assertThat(changedValues(step(timeline, ProcessConstants.TASK_REVIEW_QUALITY))).hasSize(13)
        .contains("qualityScore: null -> 4", "reviewActedQuickly: null -> 2", "qualityNotes: null -> Apologise sooner.");

    Document html = Jsoup.parse(manager.get("/staff/complaints/" + complaint.reference() + "/timeline.html").body());
    assertThat(html.select("p.review").text()).endsWith("by mary · overall 4 of 5");
    assertThat(html.select("table.review tbody tr").eachText()).hasSize(11).startsWith(
        "1 Acted as soon as possible 2", "2 Listened carefully 3").endsWith("11 Asked for feedback and thanked again 2");
    assertThat(html.select("p.review-notes").text()).isEqualTo("What we learn: Apologise sooner.");
  }

  @Test
  void aComplaintNotReviewed_hasNoReview() throws Exception {
    complaint = listenedTo(engine, mailServer, "jana@timeline-" + UUID.randomUUID() + ".example.org");
    assertThat(manager.webappLogin("cockpit", "mary", "mary").statusCode()).isEqualTo(200);

    JsonNode timeline = JSON.readTree(manager.get("/staff/complaints/" + complaint.reference() + "/timeline").body());
    Document html = Jsoup.parse(manager.get("/staff/complaints/" + complaint.reference() + "/timeline.html").body());

    assertThat(timeline.path("review").isNull()).isTrue();
    assertThat(html.select("h2:contains(Quality review) + p").text()).isEqualTo("Not reviewed.");
  }

  /** A step's entry "Form values changed", one "name: from -> to" per value. */
  private static List<String> changedValues(JsonNode step) {
    List<String> values = new ArrayList<>();
    step.path("formValuesChanged").path("values").forEach(value -> values.add(value.path("name").asText() + ": "
        + (value.path("from").isNull() ? "null" : value.path("from").asText()) + " -> "
        + (value.path("to").isNull() ? "null" : value.path("to").asText())));
    return values;
  }

  /** The open "Keep the promise" task of the promise due that day. */
  private String keepPromiseTask(String promiseDue) {
    return engine.getTaskService().createTaskQuery().processInstanceId(complaint.instance.getId())
        .taskDefinitionKey(ProcessConstants.TASK_KEEP_PROMISE).list().stream()
        .filter(task -> promiseDue.equals(engine.getTaskService().getVariable(task.getId(),
            ProcessConstants.VAR_PROMISE_DUE))).findFirst().orElseThrow().getId();
  }

  /** Claims and completes the task as anna, logged in, so that the user operation log names her. */
  static void completeAsAnna(ProcessEngine engine, String taskId, Map<String, Object> variables) {
    completeAs(engine, "anna", ProcessConstants.GROUP_AGENTS, taskId, variables);
  }

  /** Claims and completes the task as that user of that group, logged in, as Tasklist does. */
  static void completeAs(ProcessEngine engine, String user, String group, String taskId,
      Map<String, Object> variables) {
    engine.getIdentityService().setAuthentication(user, List.of(group));
    try {
      engine.getTaskService().claim(taskId, user);
      engine.getTaskService().complete(taskId, variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private static JsonNode step(JsonNode timeline, String activityId) {
    for (JsonNode step : timeline.path("steps")) {
      if (step.path("activityId").asText().equals(activityId)) {
        return step;
      }
    }
    throw new AssertionError("no step " + activityId + " in " + timeline.path("steps"));
  }
}
