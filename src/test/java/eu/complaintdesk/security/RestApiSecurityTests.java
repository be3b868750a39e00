package eu.complaintdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** How the engine API authenticates; what each role may do there is in {@link AccessPolicyTests}. */
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
  void aWrongPasswordIsRefused() {
    // peter is used nowhere else: a wrong password locks the user for a few seconds
    assertThat(http.get("/engine-rest/task", "peter", "not-his-password").statusCode()).isEqualTo(401);
  }

  @Test
  void theEngineIsListedWithoutLoginAsDesigned() {
    assertThat(http.get("/engine-rest/engine").statusCode()).isEqualTo(200);
  }
}
