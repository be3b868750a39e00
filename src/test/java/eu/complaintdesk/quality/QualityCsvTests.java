package eu.complaintdesk.quality;

import static eu.complaintdesk.quality.QualityFixture.PERIOD;
import static org.assertj.core.api.Assertions.assertThat;

import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import java.net.http.HttpResponse;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The CSV twin of every table ({@code /api/quality/figures.csv}, {@code /api/quality/complaints.csv})
 * over {@link QualityFixture}: a header row, one row per JSON row with the nested figures flattened,
 * every value as in the JSON (the breakdown's billing and service rows worked out here, product as
 * in {@link QualityFiguresTests}), and a download named after the table and the period.
 */
@ComplaintDeskTest
class QualityCsvTests {

  static final String FIGURES_COLUMNS = "received,open,closed,withdrawn,reopened,"
      + "firstResponseHours.count,firstResponseHours.median,firstResponseHours.p90,"
      + "resolutionHours.count,resolutionHours.median,resolutionHours.p90,"
      + "sla.firstResponse.measured,sla.firstResponse.within,sla.firstResponse.share,"
      + "sla.resolution.measured,sla.resolution.within,sla.resolution.share,"
      + "sla.finalResponse.measured,sla.finalResponse.within,sla.finalResponse.share,"
      + "warnings,escalations,promises.made,promises.keptOnTime,promises.broken,"
      + "options.offered,options.choices.customer,options.choices.agent,options.choices.default,"
      + "satisfaction.surveys,satisfaction.responses,satisfaction.responseRate,satisfaction.average,"
      + "satisfaction.distribution.1,satisfaction.distribution.2,satisfaction.distribution.3,"
      + "satisfaction.distribution.4,satisfaction.distribution.5,"
      + "outcome.upheld,outcome.partlyUpheld,outcome.notUpheld,"
      + "closure.within3BusinessDays,closure.within8Weeks,closure.later,referralRightsGiven,review.count,review.average";

  @Autowired
  HttpTestClient manager;
  @Autowired
  DataSource dataSource;

  @BeforeEach
  void fixture() {
    QualityFixture.replaceReportRows(dataSource);
  }

  HttpResponse<String> csv(String path) {
    HttpResponse<String> response = manager.get(path, "mary", "mary");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
    return response;
  }

  static String lines(String... lines) {
    return String.join("\r\n", lines) + "\r\n";
  }

  @Test
  void totals_isOneRow_underTheFlattenedColumns_andDownloadsNamedAfterTableAndPeriod() {
    HttpResponse<String> response = csv("/api/quality/figures.csv?table=totals&" + PERIOD);

    assertThat(response.body()).isEqualTo(lines(FIGURES_COLUMNS,
        "15,4,9,2,3,10,3.0,9.7,9,27.0,130.0,11,8,0.7273,10,7,0.7,9,8,0.8889,7,5,14,9,4,24,5,2,1,10,6,0.6,3.33,"
            + "1,1,0,3,1,4,3,2,2,6,1,5,3,4.33"));
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"quality-totals-2019-03-01-to-2019-03-31.csv\"");
  }

  @Test
  void theBreakdown_hasARowPerKey_underTheDimensionsName() {
    HttpResponse<String> response = csv("/api/quality/figures.csv?table=breakdown&by=type&" + PERIOD);

    assertThat(response.body()).isEqualTo(lines("type," + FIGURES_COLUMNS,
        "billing,3,1,2,0,0,2,3.0,3.8,2,40.0,56.0,2,2,1.0,2,1,0.5,2,2,1.0,2,1,3,2,1,5,1,0,1,2,1,0.5,4.0,"
            + "0,0,0,1,0,1,0,1,0,2,0,0,0,",
        "product,7,2,4,1,3,5,3.5,7.8,4,19.5,39.6,5,4,0.8,5,3,0.6,4,4,1.0,2,2,8,6,1,14,4,0,0,5,4,0.8,3.75,"
            + "0,1,0,2,1,2,2,0,2,2,0,3,1,5.0",
        "service,5,1,3,1,0,3,2.5,13.3,3,30.0,334.0,4,2,0.5,3,3,1.0,3,2,0.6667,3,2,3,1,2,5,0,2,0,3,1,0.3333,1.0,"
            + "1,0,0,0,0,1,1,1,0,2,1,2,2,4.0"));
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"quality-breakdown-by-type-2019-03-01-to-2019-03-31.csv\"");
  }

  @Test
  void agents_rootCauses_compensation_andReviewSteps_asInTheJson() {
    assertThat(csv("/api/quality/figures.csv?table=agents&" + PERIOD).body()).isEqualTo(lines(
        "agent,team,handled,firstResponseWithinSla,resolutionWithinSla,promisesMade,promisesKeptOnTime,"
            + "satisfaction,feedbackResponses,reviewScore,reviews",
        "qf-anna,qf-ljubljana,6,0.8,1.0,7,5,3.5,4,4.33,3",
        "qf-boris,qf-sofia,4,0.5,0.0,5,2,4.0,1,,0",
        "qf-cene,qf-sofia,3,1.0,1.0,2,2,2.0,1,,0"));
    assertThat(csv("/api/quality/figures.csv?table=rootCauses&" + PERIOD).body()).isEqualTo(lines("rootCause,count",
        "late-delivery,3", "billing-error,2", "wrong-item,2", "damaged-packaging,1", "faulty-product,1",
        "lost-parcel,1", "missing-refund,1", "slow-response,1", "unclear-terms,1", "website-error,1"));
    assertThat(csv("/api/quality/figures.csv?table=compensation&" + PERIOD).body()).isEqualTo(lines(
        "type,count,amount", "apology,1,0.00", "refund,3,150.00", "replacement,2,0.00", "voucher,2,50.00"));
    assertThat(csv("/api/quality/figures.csv?table=reviewSteps&" + PERIOD).body()).isEqualTo(lines(
        "step,checklistStep,average,count", "reviewActedQuickly,1,4.5,2", "reviewListened,2,4.0,3",
        "reviewGathered,3,4.33,3", "reviewRecorded,4,3.0,1", "reviewEmpathy,5,4.67,3", "reviewThanked,6,3.67,3",
        "reviewApologised,7,3.0,2", "reviewOffered,8,3.33,3", "reviewDiscussed,9,1.5,2",
        "reviewKeptPromises,10,,0", "reviewAskedFeedback,11,2.67,3"));
  }

  @Test
  void anEmptyTable_isItsHeader() {
    assertThat(csv("/api/quality/figures.csv?table=agents&agent=qf-nobody&" + PERIOD).body()).isEqualTo(lines(
        "agent,team,handled,firstResponseWithinSla,resolutionWithinSla,promisesMade,promisesKeptOnTime,"
            + "satisfaction,feedbackResponses,reviewScore,reviews"));
    assertThat(csv("/api/quality/figures.csv?table=breakdown&by=team&agent=qf-nobody&" + PERIOD).body())
        .isEqualTo(lines("team," + FIGURES_COLUMNS));
  }

  @Test
  void theDrillDown_listsTheSameComplaints() {
    HttpResponse<String> response = csv("/api/quality/complaints.csv?figure=resolutionBreached&" + PERIOD);

    assertThat(response.body()).isEqualTo(lines("reference,receivedAt,type,channel,severity,agent,team,status,timeline",
        "CMP-2019-900012,2019-03-22T10:00:00+01:00,product,web,medium,qf-boris,qf-sofia,open,"
            + "/staff/complaints/CMP-2019-900012/timeline.html",
        "CMP-2019-900007,2019-03-11T08:15:00+01:00,product,web,high,qf-boris,qf-sofia,closed,"
            + "/staff/complaints/CMP-2019-900007/timeline.html",
        "CMP-2019-900005,2019-03-07T14:00:00+01:00,billing,web,medium,qf-boris,qf-sofia,closed,"
            + "/staff/complaints/CMP-2019-900005/timeline.html",
        "CMP-2019-900004,2019-03-06T12:00:00+01:00,product,email,medium,qf-cene,qf-ljubljana,withdrawn,"
            + "/staff/complaints/CMP-2019-900004/timeline.html"));
    assertThat(response.headers().firstValue("Content-Disposition")).hasValue(
        "attachment; filename=\"quality-complaints-resolutionBreached-2019-03-01-to-2019-03-31.csv\"");
    assertThat(csv("/api/quality/complaints.csv?figure=rootCause:late-delivery&" + PERIOD)
        .headers().firstValue("Content-Disposition")).hasValue(
        "attachment; filename=\"quality-complaints-rootCause-late-delivery-2019-03-01-to-2019-03-31.csv\"");
  }
}
