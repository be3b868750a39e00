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

  /** The open "Keep the promise" task of the promise due that day. */
  private String keepPromiseTask(String promiseDue) {
    return engine.getTaskService().createTaskQuery().processInstanceId(complaint.instance.getId())
        .taskDefinitionKey(ProcessConstants.TASK_KEEP_PROMISE).list().stream()
        .filter(task -> promiseDue.equals(engine.getTaskService().getVariable(task.getId(),
            ProcessConstants.VAR_PROMISE_DUE))).findFirst().orElseThrow().getId();
  }

  /** Claims and completes the task as anna, logged in, so that the user operation log names her. */
  static void completeAsAnna(ProcessEngine engine, String taskId, Map<String, Object> variables) {
    engine.getIdentityService().setAuthentication("anna", List.of(ProcessConstants.GROUP_AGENTS));
    try {
      engine.getTaskService().claim(taskId, "anna");
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
