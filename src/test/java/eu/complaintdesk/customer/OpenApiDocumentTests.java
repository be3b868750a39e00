package eu.complaintdesk.customer;

import static eu.complaintdesk.customer.ComplaintApiTests.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Integrators read the API (the complaints', the quality figures') from its OpenAPI document and UI;
 * both describe our API alone and leave the engine's REST API and the Camunda webapps as they were.
 */
@ComplaintDeskTest
class OpenApiDocumentTests {

  @Autowired
  HttpTestClient http;

  @Test
  void theDocument_listsOurOperations_andNothingOfTheEngine() throws Exception {
    HttpResponse<String> response = http.get("/v3/api-docs");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode document = JSON.readTree(response.body());
    assertThat(document.path("paths").has("/api/complaints")).isTrue();
    assertThat(document.path("paths").path("/api/complaints").has("post")).isTrue();
    assertThat(document.path("paths").path("/api/complaints/{reference}").has("get")).isTrue();
    for (String quality : new String[] {"/api/quality/figures", "/api/quality/figures.csv", "/api/quality/complaints",
        "/api/quality/complaints.csv", "/api/quality/today"}) {
      assertThat(document.path("paths").path(quality).path("get").path("description").asText()).as(quality)
          .isNotBlank();
    }
    assertThat(document.path("paths").path("/api/quality/figures").path("get").path("parameters").toString())
        .contains("\"name\":\"from\"", "\"name\":\"agent\"", "\"name\":\"by\"");
    assertThat(document.path("paths").path("/api/quality/complaints").path("get").path("parameters").toString())
        .contains("\"name\":\"figure\"", "\"name\":\"limit\"");
    // and the privacy API's four (privacy/ExportRefusalTests, ErasureApiTests)
    assertThat(document.path("paths").size()).isEqualTo(11);
    assertThat(document.path("components").path("schemas").path("Complaint").path("required").toString())
        .contains("name", "email", "summary");
    assertThat(document.path("components").path("securitySchemes").path("basic").path("scheme").asText())
        .isEqualTo("basic");
  }

  @Test
  void theUi_isReachable() {
    HttpResponse<String> redirect = http.get("/swagger-ui.html");
    assertThat(redirect.statusCode()).isEqualTo(302);
    assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(
        location -> assertThat(location).endsWith("/swagger-ui/index.html"));

    assertThat(http.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
  }

  @Test
  void theEngineRestApiAndTheWebapps_areAsBefore() {
    assertThat(http.get("/engine-rest/engine").statusCode()).isEqualTo(200);
    assertThat(http.get("/engine-rest/task").statusCode()).isEqualTo(401);
    assertThat(http.get("/engine-rest/task", "anna", "anna").statusCode()).isEqualTo(200);
    assertThat(http.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
  }
}
