package eu.complaintdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Refusals from our rules inside the engine (task listeners, delegates) reach REST callers, and
 * Tasklist, as 4xx with their own message, although the engine wraps them in a server error.
 */
@ComplaintDeskTest
class EngineRestErrorsTests {

  /** Refuses the completion the way the variable {@code refuse} asks. */
  public static class Refusal implements TaskListener {
    @Override
    public void notify(DelegateTask task) {
      Object refuse = task.getVariable("refuse");
      if ("authorization".equals(refuse)) {
        throw new AuthorizationException("You made this offer, so you may not approve it.");
      }
      if ("input".equals(refuse)) {
        throw new BadUserRequestException("option1Amount must be a number of 0 or more, not 'lots'");
      }
      if ("bug".equals(refuse)) {
        throw new IllegalStateException("a bug of ours");
      }
    }
  }

  @Autowired
  HttpTestClient http;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;

  String deploymentId;
  String taskId;

  @BeforeEach
  void aTaskWithARefusingListener() {
    deploymentId = repositoryService.createDeployment().name("rest-errors-check")
        .addModelInstance("rest-errors-check.bpmn", Bpmn.createExecutableProcess("restErrorsCheck")
            .camundaHistoryTimeToLive(1)
            .startEvent().userTask("check")
            .camundaTaskListenerClass(TaskListener.EVENTNAME_COMPLETE, Refusal.class.getName())
            .camundaTaskListenerClass(TaskListener.EVENTNAME_ASSIGNMENT, Refusal.class.getName())
            .endEvent().done())
        .deploy().getId();
    String instance = runtimeService.startProcessInstanceByKey("restErrorsCheck").getId();
    taskId = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
  }

  @AfterEach
  void removeIt() {
    repositoryService.deleteDeployment(deploymentId, true);
  }

  @Test
  void aRefusalForTheUser_is403WithItsMessage() {
    var response = complete("authorization");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("You made this offer, so you may not approve it.")
        .doesNotContain("ENGINE-03051", "at org.");
  }

  @Test
  void badInput_is400WithItsMessage_andTheTaskStaysOpen() {
    var response = complete("input");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("option1Amount must be a number of 0 or more, not 'lots'");
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
  }

  @Test
  void aRefusedClaim_is400Too() {
    taskService.setVariable(taskId, "refuse", "input");

    var response = http.postJson("/engine-rest/task/" + taskId + "/claim", "demo", "demo", "{\"userId\": \"demo\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("not 'lots'");
  }

  @Test
  void tasklistsOwnApi_answersTheSame() {
    taskService.setVariable(taskId, "refuse", "authorization");
    assertThat(http.webappLogin("tasklist", "demo", "demo").statusCode()).isEqualTo(200);

    var response = http.webappPostJson("/camunda/api/engine/engine/default/task/" + taskId + "/submit-form",
        "{\"variables\": {}}");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("You made this offer, so you may not approve it.");
  }

  @Test
  void aFailureOfOurs_staysAServerError() {
    var response = complete("bug");

    assertThat(response.statusCode()).isEqualTo(500);
  }

  private java.net.http.HttpResponse<String> complete(String refuse) {
    return http.postJson("/engine-rest/task/" + taskId + "/complete", "demo", "demo",
        "{\"variables\": {\"refuse\": {\"value\": \"" + refuse + "\"}}}");
  }
}
