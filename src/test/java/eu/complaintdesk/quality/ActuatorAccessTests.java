package eu.complaintdesk.quality;

import static eu.complaintdesk.ProcessConstants.GROUP_METRICS;
import static org.assertj.core.api.Assertions.assertThat;

import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who reads the figures and the health's parts: managers and the metrics user; the health's status
 * is public. Real HTTP against the running application, with the demo users.
 */
@ComplaintDeskTest
class ActuatorAccessTests {

  @Autowired
  HttpTestClient http;
  @Autowired
  IdentityService identityService;

  @ParameterizedTest(name = "{0} reads the Prometheus figures: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      mary      | 200
      metrics   | 200
      demo      | 200
      anna      | 403
      alex      | 403
      shop      | 403
      anonymous | 401
      """)
  void prometheus(String who, int status) {
    String user = "anonymous".equals(who) ? null : who;

    var response = http.get("/actuator/prometheus", user, user);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    if (status == 200) {
      assertThat(response.body()).contains("# TYPE complaintdesk_mails_total counter",
          "complaintdesk_mails_total{kind=\"acknowledgement\",outcome=\"sent\"}");
    } else {
      assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
          assertThat(type).startsWith("application/problem+json"));
      assertThat(response.body()).contains("\"status\":" + status, "\"instance\":\"/actuator/prometheus\"")
          .doesNotContain("complaintdesk_");
    }
    if (status == 401) {
      assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(header ->
          assertThat(header).startsWith("Basic realm="));
    }
  }

  @ParameterizedTest(name = "{0} asks for the health: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      mary      | with its parts
      metrics   | with its parts
      anna      | the status only
      shop      | the status only
      anonymous | the status only
      """)
  void health(String who, String answer) {
    String user = "anonymous".equals(who) ? null : who;

    var response = http.get("/actuator/health", user, user);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    if (answer.equals("with its parts")) {
      assertThat(response.body()).startsWith("{\"status\":\"UP\"").contains(
          "\"db\":{\"status\":\"UP\"", "\"mail\":{\"status\":\"UP\"", "\"processEngine\":{\"status\":\"UP\"");
    } else {
      assertThat(response.body()).isEqualTo("{\"status\":\"UP\",\"groups\":[\"probe\"]}");
    }
  }

  @Test
  void aWrongPassword_isRefusedAtTheHealthToo() {
    // Given a monitoring user of its own (a wrong password locks a user for a while)
    String id = "probe" + UUID.randomUUID().toString().substring(0, 8);
    User probe = identityService.newUser(id);
    probe.setPassword("right-password");
    identityService.saveUser(probe);
    identityService.createMembership(id, GROUP_METRICS);
    try {
      // When it sends a wrong password, Then the health says so rather than answer as to anyone
      var response = http.get("/actuator/health", id, "wrong-password");
      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.body()).contains("HTTP Basic").doesNotContain("\"db\"");
    } finally {
      identityService.deleteUser(id);
    }
  }
}
