package eu.complaintdesk.security;

import static eu.complaintdesk.ProcessConstants.ACTIVITY_APPROVE_OFFER;
import static eu.complaintdesk.ProcessConstants.ACTIVITY_LISTEN_TO_CUSTOMER;
import static eu.complaintdesk.ProcessConstants.MESSAGE_COMPLAINT_WITHDRAWN;
import static eu.complaintdesk.ProcessConstants.PROCESS_RECORD_CUSTOMER_CALL;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import eu.complaintdesk.complaint.ComplaintScenario;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/**
 * Who may do what, through every door of the application: each demo role and anonymous callers
 * against the three web applications (logging in through their real login endpoint; Tasklist's
 * own API for tasks), the engine REST API, the complaint API for integrations, the privacy API for
 * data-protection officers ({@code dora}) and the Actuator
 * (health for all, the Prometheus figures for managers and the monitoring user {@code metrics}).
 * The managers' task in these rows is a real "Approve the offer" of a fresh complaint; the
 * caller's own task is a "Listen to the customer" of another one that the caller claims and
 * completes through the REST API first. History follows the tasks: a task's
 * candidate group and assignee read its history, nobody else but those who read the whole
 * process's history (managers, analysts, administrators). The table is the policy; README's roles
 * table says the same in words.
 */
@ComplaintDeskTest
class AccessPolicyTests {

  /** The things a caller can try. */
  enum Door {
    TASKLIST, COCKPIT, ADMIN, TASKLIST_READ_TASKS, TASKLIST_CLAIM_MANAGERS_TASK,
    READ_TASKS, CLAIM_MANAGERS_TASK, COMPLETE_MANAGERS_TASK, DELIVER_MESSAGE, DEPLOY,
    ACTUATOR_HEALTH, ACTUATOR_PROMETHEUS, ACTUATOR_ENV, SUBMIT_COMPLAINT,
    /** GET /engine-rest/history/task?taskDefinitionKey=approveOffer: every approval ever, the open one too. */
    HISTORY_OF_APPROVALS,
    /** The history of every task and every variable of the complaint at the managers' approval. */
    HISTORY_OF_THE_COMPLAINT, HISTORY_VARIABLES_OF_THE_COMPLAINT,
    /** The history of a task the caller claimed and completed. */
    HISTORY_OF_OWN_TASK,
    /** Tasklist's History tab of a task the caller claimed: the task's user operation log. */
    TASKLIST_HISTORY_TAB_OF_OWN_TASK,
    /** Start "Record a customer's call": the customer withdrew the complaint on the phone. */
    RECORD_CUSTOMER_CALL,
    /** A subject's export of the complaint (the privacy API, for data-protection officers). */
    PRIVACY_EXPORT
  }

  @Autowired
  HttpTestClient http;
  @Autowired
  ProcessEngine processEngine;
  @Autowired
  GreenMail mailServer;

  @BeforeEach
  void engine() {
    BpmnAwareTests.init(processEngine);
  }

  @ParameterizedTest(name = "{0} at {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # who     | door                   | answer
      demo      | TASKLIST               | 200
      anna      | TASKLIST               | 200
      mary      | TASKLIST               | 200
      alex      | TASKLIST               | 403
      anonymous | TASKLIST               | 401
      shop      | TASKLIST               | 403
      demo      | COCKPIT                | 200
      anna      | COCKPIT                | 403
      mary      | COCKPIT                | 200
      alex      | COCKPIT                | 200
      anonymous | COCKPIT                | 401
      shop      | COCKPIT                | 403
      demo      | ADMIN                  | 200
      anna      | ADMIN                  | 403
      mary      | ADMIN                  | 403
      alex      | ADMIN                  | 403
      anonymous | ADMIN                  | 401
      demo      | TASKLIST_READ_TASKS    | 200 with the managers' task
      anna      | TASKLIST_READ_TASKS    | 200 without the managers' task
      mary      | TASKLIST_READ_TASKS    | 200 with the managers' task
      anna      | TASKLIST_CLAIM_MANAGERS_TASK | 403
      mary      | TASKLIST_CLAIM_MANAGERS_TASK | 204
      demo      | READ_TASKS             | 200 with the managers' task
      anna      | READ_TASKS             | 200 without the managers' task
      mary      | READ_TASKS             | 200 with the managers' task
      alex      | READ_TASKS             | 200 without the managers' task
      anonymous | READ_TASKS             | 401
      shop      | READ_TASKS             | 200 without the managers' task
      demo      | CLAIM_MANAGERS_TASK    | 204
      anna      | CLAIM_MANAGERS_TASK    | 403
      mary      | CLAIM_MANAGERS_TASK    | 204
      alex      | CLAIM_MANAGERS_TASK    | 403
      anonymous | CLAIM_MANAGERS_TASK    | 401
      demo      | COMPLETE_MANAGERS_TASK | 204
      anna      | COMPLETE_MANAGERS_TASK | 403
      mary      | COMPLETE_MANAGERS_TASK | 204
      alex      | COMPLETE_MANAGERS_TASK | 403
      anonymous | COMPLETE_MANAGERS_TASK | 401
      demo      | DELIVER_MESSAGE        | 204
      anna      | DELIVER_MESSAGE        | 403
      mary      | DELIVER_MESSAGE        | 204
      alex      | DELIVER_MESSAGE        | 403
      anonymous | DELIVER_MESSAGE        | 401
      shop      | DELIVER_MESSAGE        | 403
      demo      | DEPLOY                 | 200
      anna      | DEPLOY                 | 403
      mary      | DEPLOY                 | 403
      alex      | DEPLOY                 | 200
      anonymous | DEPLOY                 | 401
      shop      | DEPLOY                 | 403
      demo      | ACTUATOR_HEALTH        | 200
      anna      | ACTUATOR_HEALTH        | 200
      anonymous | ACTUATOR_HEALTH        | 200
      metrics   | ACTUATOR_HEALTH        | 200
      demo      | ACTUATOR_PROMETHEUS    | 200
      mary      | ACTUATOR_PROMETHEUS    | 200
      metrics   | ACTUATOR_PROMETHEUS    | 200
      anna      | ACTUATOR_PROMETHEUS    | 403
      alex      | ACTUATOR_PROMETHEUS    | 403
      shop      | ACTUATOR_PROMETHEUS    | 403
      anonymous | ACTUATOR_PROMETHEUS    | 401
      metrics   | TASKLIST               | 403
      metrics   | COCKPIT                | 403
      metrics   | READ_TASKS             | 200 without the managers' task
      metrics   | DELIVER_MESSAGE        | 403
      demo      | ACTUATOR_ENV           | 404
      anonymous | ACTUATOR_ENV           | 404
      demo      | HISTORY_OF_APPROVALS   | 200 with the managers' task
      anna      | HISTORY_OF_APPROVALS   | 200 without the managers' task
      mary      | HISTORY_OF_APPROVALS   | 200 with the managers' task
      alex      | HISTORY_OF_APPROVALS   | 200 with the managers' task
      anonymous | HISTORY_OF_APPROVALS   | 401
      anna      | HISTORY_OF_THE_COMPLAINT | 200 without the managers' task
      mary      | HISTORY_OF_THE_COMPLAINT | 200 with the managers' task
      anna      | HISTORY_VARIABLES_OF_THE_COMPLAINT | 200 without the complaint's variables
      mary      | HISTORY_VARIABLES_OF_THE_COMPLAINT | 200 with the complaint's variables
      anna      | HISTORY_OF_OWN_TASK    | 200 with the caller's own task
      mary      | HISTORY_OF_OWN_TASK    | 200 with the caller's own task
      anna      | TASKLIST_HISTORY_TAB_OF_OWN_TASK | 200 with the caller's claim
      mary      | TASKLIST_HISTORY_TAB_OF_OWN_TASK | 200 with the caller's claim
      shop      | SUBMIT_COMPLAINT       | 201
      demo      | SUBMIT_COMPLAINT       | 403
      anna      | SUBMIT_COMPLAINT       | 403
      anonymous | SUBMIT_COMPLAINT       | 401
      demo      | RECORD_CUSTOMER_CALL   | 200
      anna      | RECORD_CUSTOMER_CALL   | 200
      mary      | RECORD_CUSTOMER_CALL   | 200
      alex      | RECORD_CUSTOMER_CALL   | 403
      anonymous | RECORD_CUSTOMER_CALL   | 401
      shop      | RECORD_CUSTOMER_CALL   | 404 (reads no process definition)
      dora      | PRIVACY_EXPORT         | 200
      demo      | PRIVACY_EXPORT         | 403
      mary      | PRIVACY_EXPORT         | 403
      anna      | PRIVACY_EXPORT         | 403
      shop      | PRIVACY_EXPORT         | 403
      anonymous | PRIVACY_EXPORT         | 401
      dora      | TASKLIST               | 403
      dora      | COCKPIT                | 403
      dora      | READ_TASKS             | 200 without the managers' task
      dora      | HISTORY_VARIABLES_OF_THE_COMPLAINT | 200 without the complaint's variables
      dora      | DELIVER_MESSAGE        | 403
      dora      | SUBMIT_COMPLAINT       | 403
      """)
  void thePolicy(String who, Door door, String answer) throws Exception {
    String user = "anonymous".equals(who) ? null : who;
    ComplaintScenario complaint = ComplaintScenario.startAt(ACTIVITY_APPROVE_OFFER, Variables.createVariables(), mailServer);
    String managersTask = complaint.task(ACTIVITY_APPROVE_OFFER).getId();
    String ownTask = null;

    HttpResponse<String> response = switch (door) {
      case TASKLIST, COCKPIT, ADMIN -> user == null
          ? http.get("/camunda/api/engine/engine/default/" + firstReadOf(door))
          : http.webappLogin(door.name().toLowerCase(), user, user);
      case TASKLIST_READ_TASKS -> {
        assertThat(http.webappLogin("tasklist", user, user).statusCode()).isEqualTo(200);
        yield http.get("/camunda/api/engine/engine/default/task?processInstanceId=" + complaint.instance.getId());
      }
      case TASKLIST_CLAIM_MANAGERS_TASK -> {
        assertThat(http.webappLogin("tasklist", user, user).statusCode()).isEqualTo(200);
        yield http.webappPostJson("/camunda/api/engine/engine/default/task/" + managersTask + "/claim",
            "{\"userId\": \"" + user + "\"}");
      }
      case READ_TASKS -> http.get("/engine-rest/task?processInstanceId=" + complaint.instance.getId(), user, user);
      case CLAIM_MANAGERS_TASK -> http.postJson("/engine-rest/task/" + managersTask + "/claim", user, user,
          "{\"userId\": \"" + user + "\"}");
      case COMPLETE_MANAGERS_TASK -> http.postJson("/engine-rest/task/" + managersTask + "/complete", user, user,
          "{\"variables\": {\"offerDecision\": {\"value\": \"approve\"}}}");
      case DELIVER_MESSAGE -> http.postJson("/engine-rest/message", user, user, "{\"messageName\": \""
          + MESSAGE_COMPLAINT_WITHDRAWN + "\", \"businessKey\": \"" + complaint.reference()
          + "\", \"processVariables\": {\"withdrawalReason\": {\"value\": \"No longer needed\"}}}");
      case DEPLOY -> http.postFiles("/engine-rest/deployment/create", user, user,
          Map.of("deployment-name", "modeler-deploy-check", "deployment-source", "Camunda Modeler"),
          Map.of("deployment-check.bpmn", new ClassPathResource("models/processes/deployment-check.bpmn").getContentAsByteArray(),
              "deployment-check.form", new ClassPathResource("models/forms/deployment-check.form").getContentAsByteArray()));
      case ACTUATOR_HEALTH -> http.get("/actuator/health", user, user);
      case ACTUATOR_PROMETHEUS -> http.get("/actuator/prometheus", user, user);
      case ACTUATOR_ENV -> http.get("/actuator/env", user, user);
      case HISTORY_OF_APPROVALS -> http.get("/engine-rest/history/task?taskDefinitionKey=" + ACTIVITY_APPROVE_OFFER, user, user);
      case HISTORY_OF_THE_COMPLAINT -> http.get("/engine-rest/history/task?processInstanceId=" + complaint.instance.getId(),
          user, user);
      case HISTORY_VARIABLES_OF_THE_COMPLAINT -> http.get("/engine-rest/history/variable-instance?processInstanceId="
          + complaint.instance.getId(), user, user);
      case HISTORY_OF_OWN_TASK -> {
        ownTask = ownTaskClaimedBy(user);
        assertThat(http.postJson("/engine-rest/task/" + ownTask + "/complete", user, user,
            "{\"variables\": {\"customerAccount\": {\"value\": \"The technician did not come.\"}}}")
            .statusCode()).as("%s completes her task", who).isEqualTo(204);
        yield http.get("/engine-rest/history/task?taskId=" + ownTask, user, user);
      }
      case TASKLIST_HISTORY_TAB_OF_OWN_TASK -> {
        ownTask = ownTaskClaimedBy(user);
        assertThat(http.webappLogin("tasklist", user, user).statusCode()).isEqualTo(200);
        yield http.get("/camunda/api/engine/engine/default/history/user-operation?taskId=" + ownTask);
      }
      case SUBMIT_COMPLAINT -> http.postJson("/api/complaints", user, user, """
          {"name": "Jana Novak", "email": "jana@example.org", "type": "product", "severity": "low",
           "customerTier": "standard", "summary": "The kettle broke after two days."}""");
      case RECORD_CUSTOMER_CALL -> http.postJson("/engine-rest/process-definition/key/"
          + PROCESS_RECORD_CUSTOMER_CALL + "/start", user, user, "{\"variables\": {\"complaintReference\": "
          + "{\"value\": \"" + complaint.reference() + "\"}, \"customerAnswer\": {\"value\": \""
          + MESSAGE_COMPLAINT_WITHDRAWN + "\"}}}");
      case PRIVACY_EXPORT -> http.get("/api/privacy/export?reference=" + complaint.reference(), user, user);
    };

    assertThat(response.statusCode()).as("%s at %s: %s", who, door, response.body())
        .isEqualTo(Integer.parseInt(answer.substring(0, 3)));
    if (answer.contains("with the managers' task")) {
      assertThat(response.body()).contains(managersTask);
    }
    if (answer.contains("without the managers' task")) {
      assertThat(response.body()).isEqualTo("[]");
    }
    if (answer.contains("with the complaint's variables")) {
      assertThat(response.body()).contains(complaint.reference(), "\"customerName\"");
    }
    if (answer.contains("without the complaint's variables")) {
      assertThat(response.body()).isEqualTo("[]");
    }
    if (answer.contains("with the caller's own task")) {
      assertThat(response.body()).contains("\"id\":\"" + ownTask + "\"", "\"assignee\":\"" + user + "\"",
          "\"deleteReason\":\"completed\"");
    }
    if (answer.contains("with the caller's claim")) {
      assertThat(response.body()).contains("\"taskId\":\"" + ownTask + "\"", "\"operationType\":\"Claim\"",
          "\"userId\":\"" + user + "\"");
    }
    if (response.statusCode() == 403 && door.name().contains("MANAGERS_TASK")) {
      assertThat(response.body()).contains("TASK_WORK", managersTask);
    }
    if (door == Door.RECORD_CUSTOMER_CALL) {
      boolean withdrawn = processEngine.getHistoryService().createHistoricActivityInstanceQuery()
          .processInstanceId(complaint.instance.getId()).activityId("complaintWithdrawn").count() > 0;
      assertThat(withdrawn).as("complaint withdrawn by %s's call", who).isEqualTo(response.statusCode() == 200);
    }
    if (response.statusCode() == 403 && door == Door.DEPLOY) {
      assertThat(response.body()).contains("CREATE", "Deployment");
    }
  }

  /**
   * A "Listen to the customer" of a fresh complaint, claimed by the user through the REST API (as
   * the agents' task it is; managers may claim it too).
   */
  private String ownTaskClaimedBy(String user) {
    String task = ComplaintScenario.startAt(ACTIVITY_LISTEN_TO_CUSTOMER, Variables.createVariables(), mailServer)
        .task(ACTIVITY_LISTEN_TO_CUSTOMER).getId();
    assertThat(http.postJson("/engine-rest/task/" + task + "/claim", user, user, "{\"userId\": \"" + user + "\"}")
        .statusCode()).as("%s claims her task", user).isEqualTo(204);
    return task;
  }

  /** What each web application reads first once logged in: without a login it is refused. */
  private static String firstReadOf(Door app) {
    return switch (app) {
      case TASKLIST -> "task/count";
      case COCKPIT -> "process-definition/count";
      default -> "user/count";
    };
  }
}
