package eu.complaintdesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Complaints that arrive without the start form (the engine's REST API, an integration): a
 * complete one is registered, a bad one refused with every problem named and nothing stored.
 */
@ComplaintDeskTest
class ComplaintIntakeTests {

  static final String START = "/engine-rest/process-definition/key/complaintHandling/start";

  @Autowired
  HttpTestClient http;
  @Autowired
  RuntimeService runtimeService;

  @Test
  void aCompleteComplaintIsRegisteredWithItsReference() {
    var response = http.postJson(START, "anna", "anna", complaint("jana@example.org", "high"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).containsPattern("\"businessKey\":\"CMP-\\d{4}-\\d{6}\"");
  }

  @Test
  void aBadComplaintIsRefusedNamingEveryProblem_andNothingIsStored() {
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("complaintHandling").count();
    var complaint = ComplaintScenario.intake("not-an-address").putValue("severity", "urgent");
    complaint.remove("summary");

    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("complaintHandling", complaint))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("The complaint cannot be registered: summary is required; "
            + "customerEmail 'not-an-address' is not an e-mail address; "
            + "severity must be one of [critical, high, low, medium], not 'urgent'");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("complaintHandling").count())
        .isEqualTo(before);
  }

  @Test
  void aBadComplaintThroughTheRestApi_is400NamingTheProblem() {
    var response = http.postJson(START, "anna", "anna", complaint("not-an-address", "high"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("customerEmail 'not-an-address' is not an e-mail address")
        .doesNotContain("at org.");
  }

  private static String complaint(String email, String severity) {
    return """
        {"variables": {
          "customerName": {"value": "Jana Novak"}, "customerEmail": {"value": "%s"},
          "channel": {"value": "web"}, "complaintType": {"value": "product"},
          "severity": {"value": "%s"}, "customerTier": {"value": "standard"},
          "summary": {"value": "The kettle broke after two days."}}}
        """.formatted(email, severity);
  }
}
