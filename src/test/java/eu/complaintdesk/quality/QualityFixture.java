package eu.complaintdesk.quality;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seventeen reporting rows with known values, for every test of the quality figures (the API's and
 * the pages'): fifteen received in March 2019 ({@link #FROM} to {@link #TO}, the desk's time zone,
 * one at 00:10 on the first and one at 23:30 on the last day, after the change to summer time) and
 * one on each side of it. The values are chosen so that the figures differ from each other; the
 * expected figures, worked out by hand from the table below, are in {@code QualityFiguresTests}.
 *
 * <pre>
 * ref type    chan  sev  agent  team  status    fr h  res h  breached  warn esc  promises m/k/b  offered chosen        by       score outcome       root cause        closure    referral review
 *  01 product web   med  anna   lj    closed    0.5     5.0  -         0    0    1/1/0  3  refund 50.00   customer 5     upheld        late-delivery     within3    -        5
 *  02 product email high anna   lj    closed    1.0    12.0  -         1    0    2/2/0  3  refund 75.50   customer 4     partlyUpheld  late-delivery     within3    yes      -      reopened 1
 *  03 service phone low  anna   lj    closed    1.25   18.0  -         0    0    1/0/1  2  voucher 20.00  agent    1     notUpheld     billing-error     within8    yes      4
 *  04 product email med  cene   lj    withdrawn -         -  res       0    0    -      -  -              -        -     -             wrong-address     -          -        -
 *  05 billing web   med  boris  sofia closed    2.0    20.0  res       2    1    2/1/1  3  replacement    default  (sent) upheld       billing-error     within8    -        -
 *  06 service web   low  anna   lj    withdrawn -         -  -         0    0    -      -  -              -        -     -             late-delivery     -          -        -
 *  07 product web   high boris  sofia closed    9.0    27.0  fr res    1    2    1/1/0  2  refund 24.50   customer 4     upheld        wrong-item        within8    yes      -      reopened 2
 *  08 service email med  cene   lj    closed    2.5    30.0  -         0    0    -      -  -              -        (sent) upheld       wrong-item        within8    -        -
 *  09 product phone med  cene   sofia closed    3.5    45.0  -         0    0    2/2/0  3  voucher 30.00  customer 2     partlyUpheld  damaged-packaging within8    yes      -
 *  10 billing email low  anna   lj    closed    4.0    60.0  -         0    0    1/1/0  2  replacement    customer 4     notUpheld     faulty-product    within8    -        -      closed on the 31st
 *  11 service web   high anna   lj    closed   16.0   410.0  fr final  2    1    2/1/1  3  apology        agent    (sent) partlyUpheld lost-parcel       later      yes      4      closed on the 31st
 *  12 product web   med  boris  sofia open      6.0       -  res       0    0    2/0/1  3  -              -        (sent) -             missing-refund    -          -        -      reopened 1
 *  13 service phone high boris  sofia open      -         -  fr        1    1    -      -  -              -        -     -             slow-response     -          -        -
 *  14 product email low  -      -     open      -         -  -         0    0    -      -  -              -        -     -             unclear-terms     -          -        -
 *  15 billing web   med  -      -     open      -         -  -         0    0    -      -  -              -        -     -             website-error     -          -        -      received 31 March 23:30
 *  00 and 16: outside the period (28 February 23:50, 1 April 00:05), closed, with large values
 * </pre>
 * Agents and teams are prefixed {@code qf-}. {@link #replaceReportRows} empties the reporting table
 * first: "today" counts every open complaint whenever it was received, so only a table holding
 * nothing else has known values (every other test makes its own rows).
 */
public final class QualityFixture {

  public static final String FROM = "2019-03-01";
  public static final String TO = "2019-03-31";
  /** The period's query string. */
  public static final String PERIOD = "from=" + FROM + "&to=" + TO;
  /** A moment on the last day of the period, for "today" (the clock is set to it). */
  public static final OffsetDateTime LAST_DAY_NOON = OffsetDateTime.parse("2019-03-31T12:00:00+02:00");
  public static final String ANNA = "qf-anna";
  public static final String BORIS = "qf-boris";
  public static final String CENE = "qf-cene";
  public static final String LJUBLJANA = "qf-ljubljana";
  public static final String SOFIA = "qf-sofia";

  private QualityFixture() {
  }

  /** The reference of row {@code number} (0 to 16). */
  public static String reference(int number) {
    return String.format("CMP-2019-9%05d", number);
  }

  public static void replaceReportRows(DataSource dataSource) {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    jdbc.update("DELETE FROM " + ReportTable.TABLE);
    rows().forEach(row -> {
      String columns = String.join(", ", row.keySet());
      String marks = row.keySet().stream().map(column -> "?").collect(Collectors.joining(", "));
      jdbc.update("INSERT INTO " + ReportTable.TABLE + " (" + columns + ") VALUES (" + marks + ")",
          row.values().toArray());
    });
  }

  private static List<Map<String, Object>> rows() {
    List<Map<String, Object>> rows = new ArrayList<>();
    rows.add(closed(0, "2019-02-28T23:50:00+01:00", "product", "web", "medium", ANNA, LJUBLJANA, 0.25, 2.0)
        .promises(9, 9, 9).chosen("refund", "999.00", "customer", 3).survey(5).outcome("upheld", "late-delivery")
        .closure("within3BusinessDays", "2019-03-01T10:00:00+01:00").review(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1).row);
    rows.add(closed(1, "2019-03-01T00:10:00+01:00", "product", "web", "medium", ANNA, LJUBLJANA, 0.5, 5.0)
        .promises(1, 1, 0).chosen("refund", "50.00", "customer", 3).survey(5).outcome("upheld", "late-delivery")
        .closure("within3BusinessDays", "2019-03-01T14:00:00+01:00")
        .review(5, 5, 5, 4, 3, 5, 4, 2, 5, 1, null, 3).row);
    rows.add(closed(2, "2019-03-04T09:00:00+01:00", "product", "email", "high", ANNA, LJUBLJANA, 1.0, 12.0)
        .set("reopen_count", 1).set("warnings", 1).promises(2, 2, 0).chosen("refund", "75.50", "customer", 3)
        .survey(4).outcome("partlyUpheld", "late-delivery").closure("within3BusinessDays", "2019-03-05T12:00:00+01:00")
        .referral().row);
    rows.add(closed(3, "2019-03-05T10:30:00+01:00", "service", "phone", "low", ANNA, LJUBLJANA, 1.25, 18.0)
        .promises(1, 0, 1).chosen("voucher", "20.00", "agent", 2).survey(1).outcome("notUpheld", "billing-error")
        .closure("within8Weeks", "2019-03-07T10:30:00+01:00").referral()
        .review(4, 4, 4, 4, null, 5, 3, 4, 2, 2, null, 3).row);
    rows.add(row(4, "2019-03-06T12:00:00+01:00", "product", "email", "medium", CENE, LJUBLJANA, "withdrawn")
        .set("withdrawn_at", at("2019-03-09T09:00:00+01:00")).set("resolution_breached", true)
        .set("root_cause", "wrong-address").row);
    rows.add(closed(5, "2019-03-07T14:00:00+01:00", "billing", "web", "medium", BORIS, SOFIA, 2.0, 20.0)
        .set("resolution_breached", true).set("warnings", 2).set("escalations", 1).promises(2, 1, 1)
        .chosen("replacement", null, "default", 3).survey(null).outcome("upheld", "billing-error")
        .closure("within8Weeks", "2019-03-12T11:00:00+01:00").row);
    rows.add(row(6, "2019-03-08T09:45:00+01:00", "service", "web", "low", ANNA, LJUBLJANA, "withdrawn")
        .set("withdrawn_at", at("2019-03-08T15:00:00+01:00")).set("root_cause", "late-delivery").row);
    rows.add(closed(7, "2019-03-11T08:15:00+01:00", "product", "web", "high", BORIS, SOFIA, 9.0, 27.0)
        .set("reopen_count", 2).set("first_response_breached", true).set("resolution_breached", true)
        .set("warnings", 1).set("escalations", 2).promises(1, 1, 0).chosen("refund", "24.50", "customer", 2)
        .survey(4).outcome("upheld", "wrong-item").closure("within8Weeks", "2019-03-15T10:00:00+01:00").referral().row);
    rows.add(closed(8, "2019-03-13T11:00:00+01:00", "service", "email", "medium", CENE, LJUBLJANA, 2.5, 30.0)
        .survey(null).outcome("upheld", "wrong-item").closure("within8Weeks", "2019-03-18T09:00:00+01:00").row);
    rows.add(closed(9, "2019-03-15T16:45:00+01:00", "product", "phone", "medium", CENE, SOFIA, 3.5, 45.0)
        .promises(2, 2, 0).chosen("voucher", "30.00", "customer", 3).survey(2)
        .outcome("partlyUpheld", "damaged-packaging").closure("within8Weeks", "2019-03-22T10:00:00+01:00")
        .referral().row);
    rows.add(closed(10, "2019-03-18T09:30:00+01:00", "billing", "email", "low", ANNA, LJUBLJANA, 4.0, 60.0)
        .promises(1, 1, 0).chosen("replacement", null, "customer", 2).survey(4).outcome("notUpheld", "faulty-product")
        .closure("within8Weeks", "2019-03-31T11:00:00+02:00").row);
    rows.add(closed(11, "2019-03-20T13:00:00+01:00", "service", "web", "high", ANNA, LJUBLJANA, 16.0, 410.0)
        .set("first_response_breached", true).set("final_response_breached", true).set("warnings", 2)
        .set("escalations", 1).promises(2, 1, 1).chosen("apology", null, "agent", 3).survey(null)
        .outcome("partlyUpheld", "lost-parcel").closure("later", "2019-03-31T16:30:00+02:00").referral()
        .review(4, null, 3, 5, null, 4, 4, null, 3, null, null, 2).row);
    rows.add(row(12, "2019-03-22T10:00:00+01:00", "product", "web", "medium", BORIS, SOFIA, "open")
        .responded(6.0).set("reopen_count", 1).set("resolution_breached", true).promises(2, 0, 1)
        .set("options_offered", 3).set("offer_rounds", 2).survey(null).set("root_cause", "missing-refund").row);
    rows.add(row(13, "2019-03-25T08:30:00+01:00", "service", "phone", "high", BORIS, SOFIA, "open")
        .set("first_response_breached", true).set("warnings", 1).set("escalations", 1)
        .set("root_cause", "slow-response").row);
    rows.add(row(14, "2019-03-27T15:00:00+01:00", "product", "email", "low", null, null, "open")
        .set("root_cause", "unclear-terms").row);
    rows.add(row(15, "2019-03-31T23:30:00+02:00", "billing", "web", "medium", null, null, "open")
        .set("root_cause", "website-error").row);
    rows.add(closed(16, "2019-04-01T00:05:00+02:00", "billing", "phone", "high", BORIS, SOFIA, 0.75, 3.0)
        .set("first_response_breached", true).set("resolution_breached", true).set("final_response_breached", true)
        .set("warnings", 9).set("escalations", 9).promises(9, 0, 9).chosen("voucher", "999.00", "agent", 3)
        .survey(1).outcome("notUpheld", "rude-staff").closure("later", "2019-04-01T10:00:00+02:00").referral().row);
    return rows;
  }

  private static Row row(int number, String receivedAt, String type, String channel, String severity, String agent,
      String team, String status) {
    Row row = new Row();
    row.set("process_instance_id", "quality-fixture-" + number).set("reference", reference(number))
        .set("received_at", at(receivedAt)).set("channel", channel).set("complaint_type", type)
        .set("severity", severity).set("customer_tier", "standard").set("customer_language", "en")
        .set("agent", agent).set("team", team).set("status", status).set("updated_at", at(receivedAt));
    return row;
  }

  private static Row closed(int number, String receivedAt, String type, String channel, String severity, String agent,
      String team, double firstResponseHours, double resolutionHours) {
    return row(number, receivedAt, type, channel, severity, agent, team, "closed").responded(firstResponseHours)
        .set("resolution_hours", resolutionHours);
  }

  private static Timestamp at(String moment) {
    return Timestamp.from(OffsetDateTime.parse(moment).toInstant());
  }

  /** One row, column to value, built step by step. */
  private static final class Row {

    final Map<String, Object> row = new LinkedHashMap<>();

    Row set(String column, Object value) {
      row.put(column, value);
      return this;
    }

    Row responded(double hours) {
      Timestamp received = (Timestamp) row.get("received_at");
      return set("first_response_at", new Timestamp(received.getTime() + (long) (hours * 3_600_000)))
          .set("first_response_hours", hours);
    }

    Row promises(int made, int keptOnTime, int broken) {
      return set("promises_made", made).set("promises_kept_on_time", keptOnTime).set("promises_broken", broken);
    }

    Row chosen(String type, String amount, String by, int offered) {
      return set("offer_rounds", 1).set("options_offered", offered).set("chosen_option_type", type)
          .set("compensation_amount", amount == null ? null : new BigDecimal(amount)).set("choice_made_by", by);
    }

    /** The survey went out; the score the customer gave, null for none. */
    Row survey(Integer score) {
      set("survey_sent", true).set("feedback_score", score);
      return score == null ? this : set("feedback_at", row.get("closed_at"));
    }

    Row outcome(String outcome, String rootCause) {
      return set("outcome", outcome).set("root_cause", rootCause);
    }

    Row closure(String bucket, String closedAt) {
      return set("closure_bucket", bucket).set("closed_at", at(closedAt));
    }

    Row referral() {
      return set("referral_rights_given", true);
    }

    /** The review's score, then the eleven step scores in the checklist's order. */
    Row review(Integer score, Integer... steps) {
      set("review_score", score).set("reviewer", "mary").set("reviewed_at", row.get("closed_at"));
      for (int i = 0; i < steps.length; i++) {
        set(QualityFigures.STEP_COLUMNS.get(i), steps[i]);
      }
      return this;
    }
  }
}
