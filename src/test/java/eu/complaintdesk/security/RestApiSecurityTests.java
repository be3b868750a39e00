package eu.complaintdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.beans.factory.annotation.Autowired;

@ComplaintDeskTest
class RestApiSecurityTests {

  @Autowired
  HttpTestClient http;

  @Test
  void anonymousCallsToTheEngineApiAreRefused() {
    // When nobody authenticates
    var response = http.get("/engine-rest/task");

    // Then the engine API answers 401 and asks for Basic authentication
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
        value -> assertThat(value).startsWith("Basic"));
  }

  @Test
  void demoUsersReachTheEngineApi() {
    assertThat(http.get("/engine-rest/task", "demo", "demo").statusCode()).isEqualTo(200);
    assertThat(http.get("/engine-rest/task", "anna", "anna").statusCode()).isEqualTo(200);
  }

  @Test
  void aWrongPasswordIsRefused() {
    // peter is used nowhere else: a wrong password locks the user for a few seconds
    assertThat(http.get("/engine-rest/task", "peter", "not-his-password").statusCode()).isEqualTo(401);
  }

  @Test
  void theEngineIsListedWithoutLoginAsDesigned() {
    assertThat(http.get("/engine-rest/engine").statusCode()).isEqualTo(200);
  }

  @Test
  void analystsDeployModelsThroughTheApiAndAgentsMayNot() throws Exception {
    // Given a diagram and its form, as the Modeler's deploy button sends them
    var files = java.util.Map.of(
        "deployment-check.bpmn", new ClassPathResource("models/processes/deployment-check.bpmn").getContentAsByteArray(),
        "deployment-check.form", new ClassPathResource("models/forms/deployment-check.form").getContentAsByteArray());
    var fields = java.util.Map.of("deployment-name", "modeler-deploy-check", "deployment-source", "Camunda Modeler");

    // Then an analyst may deploy them, an agent may not
    assertThat(http.postFiles("/engine-rest/deployment/create", "alex", "alex", fields, files).statusCode()).isEqualTo(200);
    var refused = http.postFiles("/engine-rest/deployment/create", "anna", "anna", fields, files);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("CREATE", "Deployment");
  }
}
