package eu.complaintdesk.privacy;

import static eu.complaintdesk.WebappAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the export refuses, each as a problem document: nobody (401, and a wrong password is
 * nobody), anyone outside the group privacy, administrators included (403), a request that is not
 * one (400), a reference of no complaint (404). The export is in the OpenAPI document.
 */
@ComplaintDeskTest
class ExportRefusalTests {

  private static final String EXPORT = "/api/privacy/export?email=jana@example.org";

  @Autowired
  HttpTestClient http;

  @Test
  void nobody_gets401() throws Exception {
    HttpResponse<String> anonymous = http.get(EXPORT);
    assertProblem(anonymous, 401, "Send the user and password of a data-protection officer");
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(header -> assertThat(header)
        .startsWith("Basic "));
    // A user nobody has: a wrong password would lock a real one for a while
    assertProblem(http.get(EXPORT, "nobody", "wrong"), 401, "data-protection officer");
  }

  @Test
  void anyoneButAnOfficer_gets403() throws Exception {
    for (String user : new String[] {"anna", "mary", "alex", "demo", "shop", "metrics"}) {
      assertProblem(http.get(EXPORT, user, user), 403, "The privacy API is for the group privacy");
    }
  }

  @Test
  void aRequestThatIsNotOne_gets400_andAnUnknownReference404() throws Exception {
    assertProblem(http.get("/api/privacy/export", "dora", "dora"), 400, "Give either email");
    assertProblem(http.get("/api/privacy/export?email=jana@example.org&reference=CMP-2026-000001", "dora", "dora"),
        400, "not both");
    assertProblem(http.get("/api/privacy/export?email=jana.example.org", "dora", "dora"), 400,
        "'jana.example.org' is not an e-mail address.");
    assertProblem(http.get("/api/privacy/export?reference=CMP-26-1", "dora", "dora"), 400,
        "'CMP-26-1' is not a complaint reference");
    assertProblem(http.get("/api/privacy/export?reference=CMP-1999-000000", "dora", "dora"), 404,
        "There is no complaint CMP-1999-000000.");
  }

  @Test
  void theOpenApiDocument_describesTheExportAndTheLog() throws Exception {
    HttpResponse<String> response = http.get("/v3/api-docs");

    assertThat(response.statusCode()).isEqualTo(200);
    var document = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
    var export = document.path("paths").path("/api/privacy/export").path("get");
    assertThat(export.path("tags").toString()).isEqualTo("[\"Privacy\"]");
    assertThat(export.path("parameters").findValuesAsText("name")).containsExactly("email", "reference");
    assertThat(export.path("responses").path("200").path("content").has("application/zip")).isTrue();
    assertThat(export.path("responses").path("404").path("content").has("application/problem+json")).isTrue();
    assertThat(document.path("paths").path("/api/privacy/complaints/{reference}/access-log").has("get")).isTrue();
  }
}
