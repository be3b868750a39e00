package eu.complaintdesk.quality;

import static eu.complaintdesk.quality.QualityFixture.PERIOD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import java.net.http.HttpResponse;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every figure of {@code GET /api/quality/figures} over the rows of {@link QualityFixture}, each
 * expected value worked out by hand from the fixture's table: the totals, a breakdown, the agents,
 * root causes, compensation and the review's step scores, and the period's edges in the desk's
 * time zone. Read by a manager with HTTP Basic.
 */
@ComplaintDeskTest
class QualityFiguresTests {

  static final ObjectMapper JSON = new ObjectMapper();

  /** The figures of the fifteen complaints received in March 2019. */
  static final String TOTALS = """
      {"received": 15, "open": 4, "closed": 9, "withdrawn": 2, "reopened": 3,
       "firstResponseHours": {"count": 10, "median": 3.0, "p90": 9.7},
       "resolutionHours": {"count": 9, "median": 27.0, "p90": 130.0},
       "sla": {"firstResponse": {"measured": 11, "within": 8, "share": 0.7273},
               "resolution": {"measured": 10, "within": 7, "share": 0.7},
               "finalResponse": {"measured": 9, "within": 8, "share": 0.8889}},
       "warnings": 7, "escalations": 5,
       "promises": {"made": 14, "keptOnTime": 9, "broken": 4},
       "options": {"offered": 24, "choices": {"customer": 5, "agent": 2, "default": 1}},
       "satisfaction": {"surveys": 10, "responses": 6, "responseRate": 0.6, "average": 3.33,
                        "distribution": {"1": 1, "2": 1, "3": 0, "4": 3, "5": 1}},
       "outcome": {"upheld": 4, "partlyUpheld": 3, "notUpheld": 2},
       "closure": {"within3BusinessDays": 2, "within8Weeks": 6, "later": 1},
       "referralRightsGiven": 5,
       "review": {"count": 3, "average": 4.33}}
      """;

  /** The seven product complaints among them. */
  static final String PRODUCT = """
      {"received": 7, "open": 2, "closed": 4, "withdrawn": 1, "reopened": 3,
       "firstResponseHours": {"count": 5, "median": 3.5, "p90": 7.8},
       "resolutionHours": {"count": 4, "median": 19.5, "p90": 39.6},
       "sla": {"firstResponse": {"measured": 5, "within": 4, "share": 0.8},
               "resolution": {"measured": 5, "within": 3, "share": 0.6},
               "finalResponse": {"measured": 4, "within": 4, "share": 1.0}},
       "warnings": 2, "escalations": 2,
       "promises": {"made": 8, "keptOnTime": 6, "broken": 1},
       "options": {"offered": 14, "choices": {"customer": 4, "agent": 0, "default": 0}},
       "satisfaction": {"surveys": 5, "responses": 4, "responseRate": 0.8, "average": 3.75,
                        "distribution": {"1": 0, "2": 1, "3": 0, "4": 2, "5": 1}},
       "outcome": {"upheld": 2, "partlyUpheld": 2, "notUpheld": 0},
       "closure": {"within3BusinessDays": 2, "within8Weeks": 2, "later": 0},
       "referralRightsGiven": 3,
       "review": {"count": 1, "average": 5.0}}
      """;

  static final String AGENTS = """
      [{"agent": "qf-anna", "team": "qf-ljubljana", "handled": 6, "firstResponseWithinSla": 0.8,
        "resolutionWithinSla": 1.0, "promisesMade": 7, "promisesKeptOnTime": 5, "satisfaction": 3.5,
        "feedbackResponses": 4, "reviewScore": 4.33, "reviews": 3},
       {"agent": "qf-boris", "team": "qf-sofia", "handled": 4, "firstResponseWithinSla": 0.5,
        "resolutionWithinSla": 0.0, "promisesMade": 5, "promisesKeptOnTime": 2, "satisfaction": 4.0,
        "feedbackResponses": 1, "reviewScore": null, "reviews": 0},
       {"agent": "qf-cene", "team": "qf-sofia", "handled": 3, "firstResponseWithinSla": 1.0,
        "resolutionWithinSla": 1.0, "promisesMade": 2, "promisesKeptOnTime": 2, "satisfaction": 2.0,
        "feedbackResponses": 1, "reviewScore": null, "reviews": 0}]
      """;

  static final String ROOT_CAUSES = """
      [{"rootCause": "late-delivery", "count": 3}, {"rootCause": "billing-error", "count": 2},
       {"rootCause": "wrong-item", "count": 2}, {"rootCause": "damaged-packaging", "count": 1},
       {"rootCause": "faulty-product", "count": 1}, {"rootCause": "lost-parcel", "count": 1},
       {"rootCause": "missing-refund", "count": 1}, {"rootCause": "slow-response", "count": 1},
       {"rootCause": "unclear-terms", "count": 1}, {"rootCause": "website-error", "count": 1}]
      """;

  static final String COMPENSATION = """
      [{"type": "apology", "count": 1, "amount": 0.00}, {"type": "refund", "count": 3, "amount": 150.00},
       {"type": "replacement", "count": 2, "amount": 0.00}, {"type": "voucher", "count": 2, "amount": 50.00}]
      """;

  static final String REVIEW_STEPS = """
      [{"step": "reviewActedQuickly", "checklistStep": 1, "average": 4.5, "count": 2},
       {"step": "reviewListened", "checklistStep": 2, "average": 4.0, "count": 3},
       {"step": "reviewGathered", "checklistStep": 3, "average": 4.33, "count": 3},
       {"step": "reviewRecorded", "checklistStep": 4, "average": 3.0, "count": 1},
       {"step": "reviewEmpathy", "checklistStep": 5, "average": 4.67, "count": 3},
       {"step": "reviewThanked", "checklistStep": 6, "average": 3.67, "count": 3},
       {"step": "reviewApologised", "checklistStep": 7, "average": 3.0, "count": 2},
       {"step": "reviewOffered", "checklistStep": 8, "average": 3.33, "count": 3},
       {"step": "reviewDiscussed", "checklistStep": 9, "average": 1.5, "count": 2},
       {"step": "reviewKeptPromises", "checklistStep": 10, "average": null, "count": 0},
       {"step": "reviewAskedFeedback", "checklistStep": 11, "average": 2.67, "count": 3}]
      """;

  @Autowired
  HttpTestClient manager;
  @Autowired
  DataSource dataSource;

  @BeforeEach
  void fixture() {
    QualityFixture.replaceReportRows(dataSource);
  }

  JsonNode figures(String query) throws Exception {
    HttpResponse<String> response = manager.get("/api/quality/figures?" + query, "mary", "mary");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
        .startsWith("application/json"));
    assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value)
        .contains("no-store"));
    return JSON.readTree(response.body());
  }

  @Test
  void thePeriod_hasEveryFigure_asWorkedOutByHand() throws Exception {
    JsonNode answer = figures(PERIOD);

    assertThat(answer.path("period")).isEqualTo(JSON.readTree("{\"from\": \"2019-03-01\", \"to\": \"2019-03-31\"}"));
    assertThat(answer.path("filters")).isEqualTo(JSON.readTree(
        "{\"type\": null, \"channel\": null, \"severity\": null, \"team\": null, \"agent\": null}"));
    assertThat(answer.path("totals")).isEqualTo(JSON.readTree(TOTALS));
    assertThat(answer.path("agents")).isEqualTo(JSON.readTree(AGENTS));
    assertThat(answer.path("rootCauses")).isEqualTo(JSON.readTree(ROOT_CAUSES));
    assertThat(answer.path("compensation")).isEqualTo(JSON.readTree(COMPENSATION));
    assertThat(answer.path("reviewSteps")).isEqualTo(JSON.readTree(REVIEW_STEPS));
  }

  @Test
  void amounts_keepTheirTwoDecimals() {
    String body = manager.get("/api/quality/figures?" + PERIOD, "mary", "mary").body();

    assertThat(body).contains("{\"type\":\"refund\",\"count\":3,\"amount\":150.00}",
        "{\"type\":\"apology\",\"count\":1,\"amount\":0.00}");
  }

  @Test
  void theBreakdown_byType_isSortedByKey_andEachRowHasTheFigures() throws Exception {
    JsonNode breakdown = figures(PERIOD).path("breakdown");

    assertThat(breakdown.path("by").asText()).isEqualTo("type");
    assertThat(keys(breakdown)).isEqualTo("billing:3 product:7 service:5");
    assertThat(breakdown.path("rows").get(1).path("figures")).isEqualTo(JSON.readTree(PRODUCT));
  }

  @Test
  void theBreakdown_byAgent_putsTheComplaintsWithoutAgentLast() throws Exception {
    assertThat(keys(figures(PERIOD + "&by=agent").path("breakdown"))).isEqualTo("qf-anna:6 qf-boris:4 qf-cene:3 null:2");
    assertThat(keys(figures(PERIOD + "&by=channel").path("breakdown"))).isEqualTo("email:5 phone:3 web:7");
    assertThat(keys(figures(PERIOD + "&by=severity").path("breakdown"))).isEqualTo("high:4 low:4 medium:7");
    assertThat(keys(figures(PERIOD + "&by=team").path("breakdown"))).isEqualTo("qf-ljubljana:8 qf-sofia:5 null:2");
  }

  @Test
  void aFilter_narrowsEveryTable_andAnUnknownValueMatchesNothing() throws Exception {
    JsonNode product = figures(PERIOD + "&type=product");
    assertThat(product.path("filters").path("type").asText()).isEqualTo("product");
    assertThat(product.path("totals")).isEqualTo(JSON.readTree(PRODUCT));
    assertThat(keys(product.path("breakdown"))).isEqualTo("product:7");
    assertThat(product.path("agents").toString()).contains("\"agent\":\"qf-anna\",\"team\":\"qf-ljubljana\",\"handled\":2");
    assertThat(product.path("rootCauses").get(0).toString()).isEqualTo("{\"rootCause\":\"late-delivery\",\"count\":2}");

    JsonNode sofiaByWeb = figures(PERIOD + "&team=qf-sofia&channel=web");
    assertThat(sofiaByWeb.path("totals").path("received").asLong()).isEqualTo(3);

    JsonNode nobody = figures(PERIOD + "&agent=qf-nobody");
    assertThat(nobody.path("totals").path("received").asLong()).isZero();
    assertThat(nobody.path("totals").path("firstResponseHours").path("median").isNull()).isTrue();
    assertThat(nobody.path("totals").path("sla").path("resolution").path("share").isNull()).isTrue();
    assertThat(nobody.path("breakdown").path("rows").size()).isZero();
    assertThat(nobody.path("agents").size()).isZero();
  }

  @Test
  void thePeriod_countsTheDayOfReceipt_inTheDesksTimeZone() throws Exception {
    // 1 March 00:10 (CET) is the period's first complaint, 28 February 23:50 is not in it
    assertThat(figures("from=2019-03-01&to=2019-03-01").path("totals").path("received").asLong()).isEqualTo(1);
    assertThat(figures("from=2019-02-28&to=2019-02-28").path("totals").path("received").asLong()).isEqualTo(1);
    // 31 March 23:30 (CEST, 21:30 UTC) belongs to the 31st, 1 April 00:05 to April
    assertThat(figures("from=2019-03-31&to=2019-03-31").path("totals").path("received").asLong()).isEqualTo(1);
    assertThat(figures("from=2019-02-28&to=2019-04-01").path("totals").path("received").asLong()).isEqualTo(17);
  }

  private static String keys(JsonNode breakdown) {
    StringBuilder keys = new StringBuilder();
    breakdown.path("rows").forEach(row -> keys.append(keys.isEmpty() ? "" : " ")
        .append(row.path("key").isNull() ? "null" : row.path("key").asText()).append(':')
        .append(row.path("figures").path("received").asLong()));
    return keys.toString();
  }
}
