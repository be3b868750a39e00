package eu.complaintdesk.privacy;

import static eu.complaintdesk.WebappAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the erasure API refuses, each as a problem document, and what it answers for a person we
 * hold nothing of; the whole erasure is {@link ErasureTests}.
 */
@ComplaintDeskTest
class ErasureApiTests {

  private static final String FORM = "application/x-www-form-urlencoded";

  @Autowired
  HttpTestClient http;

  private HttpResponse<String> erase(String query, String user) {
    return http.post("/api/privacy/erasures?" + query, user, user, FORM, "");
  }

  @Test
  void onlyAnOfficer_mayAsk() throws Exception {
    assertProblem(http.post("/api/privacy/erasures?email=jana@example.org", null, null, FORM, ""), 401,
        "data-protection officer");
    for (String user : new String[] {"anna", "mary", "demo", "shop"}) {
      assertProblem(erase("email=jana@example.org", user), 403, "The privacy API is for the group privacy");
    }
    assertProblem(http.get("/api/privacy/complaints/CMP-2026-000001/erasures", "mary", "mary"), 403,
        "The privacy API is for the group privacy");
  }

  @Test
  void aRequestThatIsNotOne_gets400_anUnknownReference404_andNobodyWeKnow_anEmptyList() throws Exception {
    assertProblem(erase("email=jana.example.org", "dora"), 400, "'jana.example.org' is not an e-mail address.");
    assertProblem(erase("email=jana@example.org&reference=CMP-2026-000001", "dora"), 400, "not both");
    assertProblem(erase("reference=CMP-1999-000000", "dora"), 404, "There is no complaint CMP-1999-000000.");
    HttpResponse<String> nobody = erase("email=nobody-we-know@example.org", "dora");
    assertThat(nobody.statusCode()).isEqualTo(202);
    assertThat(nobody.body()).isEqualTo("[]");
    assertThat(http.get("/api/privacy/complaints/CMP-1999-000000/erasures", "dora", "dora").body()).isEqualTo("[]");
  }

  @Test
  void theOpenApiDocument_describesTheErasure() throws Exception {
    var document = new ObjectMapper().readTree(http.get("/v3/api-docs").body());
    var erase = document.path("paths").path("/api/privacy/erasures").path("post");
    assertThat(erase.path("parameters").findValuesAsText("name")).containsExactly("email", "reference");
    assertThat(erase.path("responses").has("202")).isTrue();
    assertThat(document.path("paths").path("/api/privacy/complaints/{reference}/erasures").has("get")).isTrue();
  }
}
