package eu.complaintdesk.customer;

import static eu.complaintdesk.customer.ApiClients.apiUser;
import static eu.complaintdesk.customer.ApiClients.complaint;
import static eu.complaintdesk.customer.ComplaintApiTests.COMPLAINTS;
import static eu.complaintdesk.customer.ComplaintApiTests.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every kind of bad request gets the right 4xx as a problem document that names what is wrong,
 * never a 500 or a stack trace, and no complaint is started.
 */
@ComplaintDeskTest
class ComplaintApiRefusalTests {

  static final String VALID = complaint("jana@example.org", "sl");

  @Autowired
  HttpTestClient http;
  @Autowired
  IdentityService identityService;
  @Autowired
  HistoryService historyService;

  String client;
  long complaintsBefore;

  @BeforeEach
  void countComplaints() {
    client = apiUser(identityService, "crmtests", true);
    complaintsBefore = complaints();
  }

  @AfterEach
  void nothingWasStarted() {
    assertThat(complaints()).as("complaints started").isEqualTo(complaintsBefore);
  }

  @Test
  void anEmptyComplaint_namesEveryRequiredField() throws Exception {
    HttpResponse<String> response = http.postJson(COMPLAINTS, client, client, "{}");

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode problem = problem(response);
    assertThat(problem.path("status").asInt()).isEqualTo(400);
    assertThat(fields(problem)).containsExactly("name", "email", "type", "severity", "customerTier", "summary");
    assertThat(problem.path("errors").get(0).path("message").asText()).isEqualTo("is required");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a bad e-mail address    | \"jana@example.org\"   | \"jana-at-example\" | email        | 'jana-at-example' is not an e-mail address",
      "an oversized summary    | \"The kettle broke after two days.\" | LONG   | summary      | has 4001 characters, at most 4000 are allowed",
      "a number as the name    | \"Jana Novak\"         | 42                   | name         | must be a text, not the number 42",
      "an unknown language     | \"sl\"                 | \"de\"               | language     | must be one of [bg, en, sl], not 'de'",
      "a bad account number    | \"SI56-1234\"          | \"12\"               | accountNumber | '12' is not an account number (4 to 34 letters, digits and -)",
      "a two-line name         | \"Jana Novak\"         | \"Jana\\nBcc: x@y.z\" | name        | must be a single line without control characters"})
  void aBadField_isNamedWithItsProblem(String what, String valid, String bad, String field, String message)
      throws Exception {
    String value = bad.equals("LONG") ? "\"" + "x".repeat(4001) + "\"" : bad;

    HttpResponse<String> response = http.postJson(COMPLAINTS, client, client, VALID.replace(valid, value));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    JsonNode errors = problem(response).path("errors");
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).path("field").asText()).isEqualTo(field);
    assertThat(errors.get(0).path("message").asText()).isEqualTo(message);
  }

  @Test
  void anUnknownField_isRefused_notIgnored() throws Exception {
    HttpResponse<String> response = http.postJson(COMPLAINTS, client, client,
        VALID.replace("\"type\"", "\"complaintType\": \"price\", \"type\""));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(fields(problem(response))).containsExactly("complaintType");
  }

  @Test
  void malformedJson_isA400() throws Exception {
    HttpResponse<String> response = http.postJson(COMPLAINTS, client, client, "{\"name\": \"Jana\",");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(problem(response).path("errors").get(0).path("message").asText()).startsWith("the body is not valid JSON");
  }

  @Test
  void noBody_isA400() throws Exception {
    HttpResponse<String> response = http.postJson(COMPLAINTS, client, client, "");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(problem(response).path("status").asInt()).isEqualTo(400);
  }

  @Test
  void jsonThatIsNoObject_isA400() throws Exception {
    HttpResponse<String> response = http.postJson(COMPLAINTS, client, client, "[1, 2]");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(problem(response).path("errors").get(0).path("message").asText()).contains("JSON object");
  }

  @Test
  void aWrongContentType_isA415() throws Exception {
    HttpResponse<String> response = http.post(COMPLAINTS, client, client, "text/plain", VALID);

    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(problem(response).path("status").asInt()).isEqualTo(415);
  }

  @Test
  void anUnusableIdempotencyKey_isA400() throws Exception {
    HttpResponse<String> response = http.post(COMPLAINTS, client, client, "application/json", VALID,
        "Idempotency-Key", "k".repeat(201));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(fields(problem(response))).containsExactly("Idempotency-Key");
  }

  @Test
  void noCredentials_isA401WithTheBasicChallenge() throws Exception {
    HttpResponse<String> response = http.postJson(COMPLAINTS, null, null, VALID);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
        challenge -> assertThat(challenge).startsWith("Basic"));
    assertThat(problem(response).path("status").asInt()).isEqualTo(401);
  }

  @Test
  void aWrongPassword_isA401() throws Exception {
    // A user of its own: the engine locks a user for a few seconds after a wrong password.
    String locked = apiUser(identityService, "wrongpasswordtests", true);

    HttpResponse<String> response = http.postJson(COMPLAINTS, locked, "not-the-password", VALID);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(problem(response).path("detail").asText()).contains("HTTP Basic");
  }

  @Test
  void aUserOutsideTheGroupIntake_isA403() throws Exception {
    String agent = apiUser(identityService, "agenttests", false);

    HttpResponse<String> response = http.postJson(COMPLAINTS, agent, agent, VALID);

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(problem(response).path("detail").asText()).contains("intake");
  }

  private long complaints() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey("complaintHandling").count();
  }

  private static List<String> fields(JsonNode problem) {
    List<String> fields = new ArrayList<>();
    problem.path("errors").forEach(error -> fields.add(error.path("field").asText()));
    return fields;
  }
}
