package eu.complaintdesk.system;

import static eu.complaintdesk.ProcessConstants.GROUP_AGENTS;
import static org.assertj.core.api.Assertions.assertThat;

import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two agents claim the same task at the same moment, through the real REST API on two
 * connections: exactly one gets it, the other hears who did (409), never a server error. Repeated,
 * since a race shows itself only sometimes: the two requests leave together from a latch.
 */
@ComplaintDeskTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentClaimTests {

  /** A second agent of our own: peter's password is tried wrongly elsewhere, which locks him briefly. */
  private static final String RIVAL = "boris";

  @Autowired
  HttpTestClient anna;
  @Autowired
  HttpTestClient rival;
  @Autowired
  IdentityService identityService;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;

  String deploymentId;
  String taskId;

  @BeforeAll
  void aRivalAndAProcessWithAnAgentsTask() {
    if (identityService.createUserQuery().userId(RIVAL).count() == 0) {
      User user = identityService.newUser(RIVAL);
      user.setPassword(RIVAL);
      identityService.saveUser(user);
      identityService.createMembership(RIVAL, GROUP_AGENTS);
    }
    deploymentId = repositoryService.createDeployment().name("claim-race")
        .addModelInstance("claim-race.bpmn", Bpmn.createExecutableProcess("claimRace")
            .camundaHistoryTimeToLive(1)
            .startEvent().userTask("listen").camundaCandidateGroups(GROUP_AGENTS).endEvent().done())
        .deploy().getId();
  }

  @BeforeEach
  void anOpenTaskOfTheAgents() {
    String instance = runtimeService.startProcessInstanceByKey("claimRace").getId();
    taskId = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
  }

  @AfterAll
  void removeIt() {
    repositoryService.deleteDeployment(deploymentId, true);
  }

  @RepeatedTest(50)
  void twoAgentsClaimAtOnce_oneWins_theOtherHearsWho() throws Exception {
    // When anna and the rival claim the task at the same moment
    ExecutorService agents = Executors.newFixedThreadPool(2);
    CountDownLatch ready = new CountDownLatch(2);
    CountDownLatch go = new CountDownLatch(1);
    try {
      Future<HttpResponse<String>> annas = agents.submit(() -> claim(anna, "anna", ready, go));
      Future<HttpResponse<String>> rivals = agents.submit(() -> claim(rival, RIVAL, ready, go));
      assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
      go.countDown();
      HttpResponse<String> annasAnswer = annas.get(30, TimeUnit.SECONDS);
      HttpResponse<String> rivalsAnswer = rivals.get(30, TimeUnit.SECONDS);

      // Then exactly one got it, and the other is told who has it
      assertThat(List.of(annasAnswer.statusCode(), rivalsAnswer.statusCode())).containsExactlyInAnyOrder(204, 409);
      String winner = annasAnswer.statusCode() == 204 ? "anna" : RIVAL;
      HttpResponse<String> loser = winner.equals("anna") ? rivalsAnswer : annasAnswer;
      assertThat(loser.body()).contains("is already claimed by " + winner + ".");
      assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo(winner);
    } finally {
      agents.shutdownNow();
    }
  }

  private HttpResponse<String> claim(HttpTestClient http, String user, CountDownLatch ready, CountDownLatch go)
      throws InterruptedException {
    ready.countDown();
    go.await();
    return http.postJson("/engine-rest/task/" + taskId + "/claim", user, user, "{\"userId\": \"" + user + "\"}");
  }
}
