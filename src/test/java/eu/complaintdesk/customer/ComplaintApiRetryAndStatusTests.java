package eu.complaintdesk.customer;

import static eu.complaintdesk.customer.ApiClients.apiUser;
import static eu.complaintdesk.customer.ApiClients.complaint;
import static eu.complaintdesk.customer.ComplaintApiTests.COMPLAINTS;
import static eu.complaintdesk.customer.ComplaintApiTests.JSON;
import static eu.complaintdesk.customer.ComplaintApiTests.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A retried request with its Idempotency-Key never makes a second complaint, sequentially or at the
 * same moment; the status shows where a complaint stands, to the API user who sent it only.
 */
@ComplaintDeskTest
class ComplaintApiRetryAndStatusTests {

  @Autowired
  HttpTestClient http;
  @Autowired
  IdentityService identityService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  HistoryService historyService;
  @Autowired
  ManagementService managementService;

  String client;
  String email;

  @BeforeEach
  void apiUserAndCustomer() {
    client = apiUser(identityService, "chattests", true);
    email = "customer-" + UUID.randomUUID() + "@example.org";
  }

  @Test
  void aRetryWithTheSameKey_answersTheFirstReference_andStartsNothing() throws Exception {
    String key = UUID.randomUUID().toString();

    HttpResponse<String> first = submit(key, complaint(email, "en"));
    HttpResponse<String> retry = submit(key, complaint(email, "en"));

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(retry.statusCode()).as(retry.body()).isEqualTo(201);
    assertThat(reference(retry)).isEqualTo(reference(first));
    assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
    assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(complaintsOf(email)).isEqualTo(1);
  }

  @Test
  void theSameKeyWithAnotherComplaint_isA422() throws Exception {
    String key = UUID.randomUUID().toString();
    submit(key, complaint(email, "en"));

    HttpResponse<String> other = submit(key, complaint(email, "bg"));

    assertThat(other.statusCode()).isEqualTo(422);
    assertThat(problem(other).path("detail").asText()).contains("Idempotency-Key");
    assertThat(complaintsOf(email)).isEqualTo(1);
  }

  @Test
  void twoRetriesAtTheSameMoment_startOneComplaint() throws Exception {
    String key = UUID.randomUUID().toString();
    CyclicBarrier together = new CyclicBarrier(2);

    List<CompletableFuture<HttpResponse<String>>> retries = List.of(1, 2).stream()
        .map(n -> CompletableFuture.supplyAsync(() -> {
          await(together);
          return submit(key, complaint(email, "sl"));
        })).toList();

    List<HttpResponse<String>> responses = retries.stream().map(CompletableFuture::join).toList();
    assertThat(responses).extracting(HttpResponse::statusCode).allMatch(status -> status == 201 || status == 409)
        .contains(201);
    assertThat(responses.stream().filter(r -> r.statusCode() == 201).map(this::reference).distinct()).hasSize(1);
    assertThat(complaintsOf(email)).isEqualTo(1);
  }

  @Test
  void theStatus_showsTheStepsAndTheDeadlinesWeToldTheCustomer_andNoPersonalData() throws Exception {
    String reference = reference(submit(null, complaint(email, "en")));

    JsonNode received = status(reference, client, 200);
    assertThat(received.path("status").asText()).isEqualTo("open");
    assertThat(received.path("currentSteps").toString()).contains("Thank the customer and confirm receipt");
    runJobs(reference);
    JsonNode acknowledged = status(reference, client, 200);

    assertThat(acknowledged.path("currentSteps").toString()).contains("Listen to the customer");
    for (String deadline : List.of("firstResponseDue", "resolutionDue", "finalResponseDue")) {
      assertThat(acknowledged.path(deadline).asText()).as(deadline).matches("\\d{4}-\\d\\d-\\d\\dT.*[+-]\\d\\d:\\d\\d");
    }
    assertThat(acknowledged.toString()).doesNotContain(email, "Jana", "kettle", "SI56");
  }

  @Test
  void aWithdrawnComplaint_saysSo() throws Exception {
    String reference = reference(submit(null, complaint(email, "en")));
    runJobs(reference);

    runtimeService.createMessageCorrelation("ComplaintWithdrawn").processInstanceBusinessKey(reference).correlate();
    runJobs(reference);

    JsonNode withdrawn = status(reference, client, 200);
    assertThat(withdrawn.path("status").asText()).isEqualTo("withdrawn");
    assertThat(withdrawn.path("currentSteps")).isEmpty();
  }

  @Test
  void aComplaintThatEndedOtherwise_isClosed() throws Exception {
    String reference = reference(submit(null, complaint(email, "en")));
    runtimeService.deleteProcessInstance(historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(reference).singleResult().getId(), "closed by a manager in Cockpit");

    JsonNode closed = status(reference, client, 200);
    assertThat(closed.path("status").asText()).isEqualTo("closed");
    assertThat(closed.path("currentSteps")).isEmpty();
  }

  @Test
  void anUnknownReference_andAnotherClientsComplaint_are404() throws Exception {
    String reference = reference(submit(null, complaint(email, "en")));
    String otherClient = apiUser(identityService, "othershoptests", true);

    assertThat(problem(statusResponse("CMP-1999-000001", client)).path("status").asInt()).isEqualTo(404);
    assertThat(problem(statusResponse(reference, otherClient)).path("detail").asText()).contains(reference);
  }

  private HttpResponse<String> submit(String key, String body) {
    return key == null ? http.post(COMPLAINTS, client, client, "application/json", body)
        : http.post(COMPLAINTS, client, client, "application/json", body, "Idempotency-Key", key);
  }

  private String reference(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body()).path("reference").asText();
    } catch (Exception e) {
      throw new IllegalStateException(response.body(), e);
    }
  }

  private JsonNode status(String reference, String user, int expected) throws Exception {
    HttpResponse<String> response = statusResponse(reference, user);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
    return JSON.readTree(response.body());
  }

  private HttpResponse<String> statusResponse(String reference, String user) {
    return http.get(COMPLAINTS + "/" + reference, user, user);
  }

  private long complaintsOf(String email) {
    return historyService.createHistoricVariableInstanceQuery().variableValueEquals("customerEmail", email).count();
  }

  /** Runs the complaint's due jobs (mails and their continuations), not its timers. */
  private void runJobs(String reference) {
    String instance = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference)
        .singleResult().getId();
    for (int i = 0; i < 10; i++) {
      List<Job> jobs = managementService.createJobQuery().processInstanceId(instance).executable().messages().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> managementService.executeJob(job.getId()));
    }
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
