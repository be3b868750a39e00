package eu.complaintdesk.quality;

import static eu.complaintdesk.quality.QualityFixture.PERIOD;
import static eu.complaintdesk.quality.QualityFixture.reference;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The complaints behind a figure ({@code /api/quality/complaints}), newest first, for several
 * figures of {@link QualityFixture}, a breakdown row and a page; and today's view for the Cockpit
 * dashboard with the clock on the period's last day.
 */
@ComplaintDeskTest
class QualityDrillDownTests {

  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  HttpTestClient analyst;
  @Autowired
  DataSource dataSource;

  @BeforeEach
  void fixture() {
    QualityFixture.replaceReportRows(dataSource);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  JsonNode get(String path) throws Exception {
    HttpResponse<String> response = analyst.get(path, "alex", "alex");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  JsonNode drillDown(String query) throws Exception {
    return get("/api/quality/complaints?" + PERIOD + "&" + query);
  }

  @Test
  void resolutionBreached_listsItsComplaints_newestFirst_withWhatAManagerPicksThemBy() throws Exception {
    JsonNode answer = drillDown("figure=resolutionBreached");

    assertThat(answer.path("figure").asText()).isEqualTo("resolutionBreached");
    assertThat(answer.path("total").asLong()).isEqualTo(4);
    assertThat(references(answer)).containsExactly(reference(12), reference(7), reference(5), reference(4));
    assertThat(answer.path("complaints").get(0)).isEqualTo(JSON.readTree("""
        {"reference": "CMP-2019-900012", "receivedAt": "2019-03-22T10:00:00+01:00", "type": "product",
         "channel": "web", "severity": "medium", "agent": "qf-boris", "team": "qf-sofia", "status": "open",
         "timeline": "/staff/complaints/CMP-2019-900012/timeline.html"}
        """));
    // Summer time: the offset of the desk's zone on that day
    assertThat(drillDown("figure=received&key=billing&by=type").path("complaints").get(0).path("receivedAt").asText())
        .isEqualTo("2019-03-31T23:30:00+02:00");
  }

  @Test
  void eachFigure_listsTheComplaintsItCounts() throws Exception {
    assertThat(references(drillDown("figure=rootCause:late-delivery"))).containsExactly(reference(6), reference(2),
        reference(1));
    assertThat(references(drillDown("figure=feedbackLow"))).containsExactly(reference(9), reference(3));
    assertThat(references(drillDown("figure=feedbackScore:4"))).containsExactly(reference(10), reference(7),
        reference(2));
    assertThat(references(drillDown("figure=agent:qf-cene"))).containsExactly(reference(9), reference(8),
        reference(4));
    assertThat(references(drillDown("figure=compensation:refund"))).containsExactly(reference(7), reference(2),
        reference(1));
    assertThat(references(drillDown("figure=closure:later"))).containsExactly(reference(11));
    assertThat(references(drillDown("figure=outcome:notUpheld"))).containsExactly(reference(10), reference(3));
    assertThat(references(drillDown("figure=withdrawn"))).containsExactly(reference(6), reference(4));
    assertThat(references(drillDown("figure=reopened"))).containsExactly(reference(12), reference(7), reference(2));
    assertThat(references(drillDown("figure=firstResponseBreached"))).containsExactly(reference(13), reference(11),
        reference(7));
    assertThat(references(drillDown("figure=finalResponseBreached"))).containsExactly(reference(11));
    assertThat(references(drillDown("figure=warned"))).containsExactly(reference(13), reference(11), reference(7),
        reference(5), reference(2));
    assertThat(references(drillDown("figure=escalated"))).containsExactly(reference(13), reference(11), reference(7),
        reference(5));
    assertThat(references(drillDown("figure=promisesBroken"))).containsExactly(reference(12), reference(11),
        reference(5), reference(3));
    assertThat(references(drillDown("figure=referralRightsGiven"))).containsExactly(reference(11), reference(9),
        reference(7), reference(3), reference(2));
    assertThat(references(drillDown("figure=reviewed"))).containsExactly(reference(11), reference(3), reference(1));
    assertThat(references(drillDown("figure=open"))).containsExactly(reference(15), reference(14), reference(13),
        reference(12));
    assertThat(drillDown("figure=closed").path("total").asLong()).isEqualTo(9);
    assertThat(drillDown("figure=rootCause:no-such-cause").path("total").asLong()).isZero();
  }

  @Test
  void aBreakdownRow_andTheFilters_narrowTheList() throws Exception {
    assertThat(references(drillDown("figure=received&key=billing"))).containsExactly(reference(15), reference(10),
        reference(5));
    assertThat(references(drillDown("figure=closed&by=agent&key=qf-boris"))).containsExactly(reference(7),
        reference(5));
    assertThat(references(drillDown("figure=received&channel=web&severity=high"))).containsExactly(reference(11),
        reference(7));
  }

  @Test
  void aPage_isCutByLimitAndOffset_andTheTotalStays() throws Exception {
    JsonNode page = drillDown("figure=received&limit=2&offset=1");

    assertThat(page.path("total").asLong()).isEqualTo(15);
    assertThat(references(page)).containsExactly(reference(14), reference(13));
  }

  @Test
  void today_countsTheOpenComplaints_andListsTheBreachedOnes_longestWaitingFirst() throws Exception {
    ClockUtil.setCurrentTime(Date.from(QualityFixture.LAST_DAY_NOON.toInstant()));

    JsonNode today = get("/api/quality/today");

    assertThat(today.path("day").asText()).isEqualTo("2019-03-31");
    assertThat(today.path("receivedToday").asLong()).isEqualTo(1);
    assertThat(today.path("closedToday").asLong()).isEqualTo(2);
    assertThat(today.path("open").asLong()).isEqualTo(4);
    assertThat(today.path("openBreached").asLong()).isEqualTo(2);
    assertThat(today.path("openWarned").asLong()).isEqualTo(1);
    assertThat(today.path("brokenPromisesOpen").asLong()).isEqualTo(1);
    assertThat(today.path("escalationsOpen").asLong()).isEqualTo(1);
    assertThat(today.path("breaches")).isEqualTo(JSON.readTree("""
        [{"reference": "CMP-2019-900012", "receivedAt": "2019-03-22T10:00:00+01:00", "type": "product",
          "channel": "web", "severity": "medium", "agent": "qf-boris", "team": "qf-sofia", "status": "open",
          "timeline": "/staff/complaints/CMP-2019-900012/timeline.html", "breached": ["resolution"]},
         {"reference": "CMP-2019-900013", "receivedAt": "2019-03-25T08:30:00+01:00", "type": "service",
          "channel": "phone", "severity": "high", "agent": "qf-boris", "team": "qf-sofia", "status": "open",
          "timeline": "/staff/complaints/CMP-2019-900013/timeline.html", "breached": ["firstResponse"]}]
        """));

    JsonNode billing = get("/api/quality/today?type=billing");
    assertThat(billing.path("receivedToday").asLong()).isEqualTo(1);
    assertThat(billing.path("closedToday").asLong()).isEqualTo(1);
    assertThat(billing.path("open").asLong()).isEqualTo(1);
    assertThat(billing.path("breaches").size()).isZero();
  }

  private static List<String> references(JsonNode answer) {
    List<String> references = new ArrayList<>();
    answer.path("complaints").forEach(complaint -> references.add(complaint.path("reference").asText()));
    return references;
  }
}
