package eu.complaintdesk.quality;

import static eu.complaintdesk.WebappAssertions.assertProblem;
import static eu.complaintdesk.quality.QualityFixture.PERIOD;
import static org.assertj.core.api.Assertions.assertThat;

import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who reads the quality figures and how a bad request is answered: managers, analysts and
 * administrators by HTTP Basic or by their webapp session; an agent gets 403 either way, nobody
 * 401; a malformed parameter is a 400 that names it. Every refusal is a problem document. The
 * complaint API keeps its own door.
 */
@ComplaintDeskTest
class QualityApiAccessTests {

  @Autowired
  HttpTestClient http;
  @Autowired
  HttpTestClient managerSession;
  @Autowired
  HttpTestClient agentSession;

  @Test
  void nobody_gets401_onEveryEndpoint() throws Exception {
    for (String path : new String[] {"/api/quality/figures", "/api/quality/figures.csv?table=totals",
        "/api/quality/complaints?figure=open", "/api/quality/complaints.csv?figure=open", "/api/quality/today"}) {
      HttpResponse<String> response = http.get(path);
      assertProblem(response, 401, "Log in to Cockpit or Tasklist, or send the user and password of a manager");
      assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value)
          .startsWith("Basic realm=\"Complaint Desk quality figures\""));
    }
  }

  @Test
  void anAgent_gets403_withBasic_andWithTheirWebappSession() throws Exception {
    assertProblem(http.get("/api/quality/figures", "anna", "anna"), 403, "for managers, analysts and administrators");

    assertThat(agentSession.webappLogin("tasklist", "anna", "anna").statusCode()).isEqualTo(200);
    HttpResponse<String> response = agentSession.get("/api/quality/today");
    assertProblem(response, 403, "anna may not read the quality figures");
    assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
  }

  @Test
  void managers_analysts_andAdmins_read_withBasic_orTheirWebappSession() {
    assertThat(http.get("/api/quality/figures", "mary", "mary").statusCode()).isEqualTo(200);
    assertThat(http.get("/api/quality/today", "alex", "alex").statusCode()).isEqualTo(200);
    assertThat(http.get("/api/quality/figures.csv?table=totals", "demo", "demo").statusCode()).isEqualTo(200);

    assertThat(managerSession.webappLogin("cockpit", "mary", "mary").statusCode()).isEqualTo(200);
    assertThat(managerSession.get("/api/quality/complaints?figure=open").statusCode()).isEqualTo(200);
  }

  @Test
  void theComplaintApi_keepsItsOwnDoor() throws Exception {
    assertProblem(http.get("/api/complaints/CMP-2019-900001"), 401, "API user");
    assertProblem(http.get("/api/complaints/CMP-2019-900001", "mary", "mary"), 403, "intake");
  }

  @Test
  void badParameters_get400_namingTheParameter() throws Exception {
    assertBad("/api/quality/figures?from=2019-13-01", "from must be a day written yyyy-MM-dd, not \"2019-13-01\"");
    assertBad("/api/quality/figures?to=31.03.2019", "to must be a day written yyyy-MM-dd");
    assertBad("/api/quality/figures?from=2019-04-01&to=2019-03-31", "from (2019-04-01) is after to (2019-03-31)");
    assertBad("/api/quality/figures?by=colour", "by must be one of type, channel, severity, team, agent");
    assertBad("/api/quality/today?from=yesterday", "from must be a day");
    assertBad("/api/quality/figures.csv?table=everything", "table must be one of totals, breakdown");
    assertBad("/api/quality/figures.csv", "table must be one of");
    assertBad("/api/quality/complaints?" + PERIOD, "figure is required");
    assertBad("/api/quality/complaints?figure=happiness", "figure \"happiness\" is not a figure we count");
    assertBad("/api/quality/complaints?figure=feedbackScore:9", "feedbackScore needs a value after the colon, one of "
        + "[1, 2, 3, 4, 5], not \"9\"");
    assertBad("/api/quality/complaints?figure=outcome:maybe", "one of [notUpheld, partlyUpheld, upheld]");
    assertBad("/api/quality/complaints?figure=rootCause:", "rootCause needs a value after the colon");
    assertBad("/api/quality/complaints?figure=open&limit=501", "limit must be a whole number from 1 to 500");
    assertBad("/api/quality/complaints?figure=open&limit=ten", "limit must be a whole number");
    assertBad("/api/quality/complaints.csv?figure=open&offset=-1", "offset must be a whole number from 0");
    assertBad("/api/quality/complaints?figure=open&by=colour&key=red", "by must be one of");
  }

  private void assertBad(String path, String detail) throws Exception {
    assertProblem(http.get(path, "mary", "mary"), 400, detail);
  }
}
