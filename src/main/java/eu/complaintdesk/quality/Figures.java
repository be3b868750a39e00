package eu.complaintdesk.quality;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of a set of complaints (the period's, or one breakdown row's), as the API answers
 * them. {@link #COLUMNS} is the one SQL select list behind them, conditional aggregates over the
 * reporting table in one pass, and {@link #read} turns its row into this.
 */
record Figures(long received, long open, long closed, long withdrawn, long reopened,
    Hours firstResponseHours, Hours resolutionHours, Slas sla, long warnings, long escalations,
    Promises promises, Options options, Satisfaction satisfaction, Outcome outcome, Closure closure,
    long referralRightsGiven, Review review) {

  record Hours(long count, Double median, Double p90) {
  }

  record Slas(Sla firstResponse, Sla resolution, Sla finalResponse) {
  }

  record Sla(long measured, long within, Double share) {
  }

  record Promises(long made, long keptOnTime, long broken) {
  }

  record Options(long offered, Choices choices) {
  }

  record Choices(long customer, long agent, @JsonProperty("default") long byDefault) {
  }

  record Satisfaction(long surveys, long responses, Double responseRate, Double average,
      Map<String, Long> distribution) {
  }

  record Outcome(long upheld, long partlyUpheld, long notUpheld) {
  }

  record Closure(long within3BusinessDays, long within8Weeks, long later) {
  }

  record Review(long count, Double average) {
  }

  /**
   * Measured: the deadline is decided (a first response given or the deadline breached; closed, or
   * breached while open). Within: decided and never breached.
   */
  static final String FIRST_RESPONSE_MEASURED = "first_response_at IS NOT NULL OR first_response_breached";
  static final String FIRST_RESPONSE_WITHIN = "first_response_at IS NOT NULL AND NOT first_response_breached";
  static final String RESOLUTION_MEASURED = "status = 'closed' OR (status = 'open' AND resolution_breached)";
  static final String RESOLUTION_WITHIN = "status = 'closed' AND NOT resolution_breached";

  static final String COLUMNS = String.join(",\n", "COUNT(*) AS received",
      "COUNT(*) FILTER (WHERE status = 'open') AS open_count",
      "COUNT(*) FILTER (WHERE status = 'closed') AS closed_count",
      "COUNT(*) FILTER (WHERE status = 'withdrawn') AS withdrawn_count",
      "COUNT(*) FILTER (WHERE reopen_count > 0) AS reopened",
      "COUNT(first_response_hours) AS fr_count",
      "PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY first_response_hours) AS fr_median",
      "PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY first_response_hours) AS fr_p90",
      "COUNT(resolution_hours) AS res_count",
      "PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY resolution_hours) AS res_median",
      "PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY resolution_hours) AS res_p90",
      "COUNT(*) FILTER (WHERE " + FIRST_RESPONSE_MEASURED + ") AS fr_measured",
      "COUNT(*) FILTER (WHERE " + FIRST_RESPONSE_WITHIN + ") AS fr_within",
      "COUNT(*) FILTER (WHERE " + RESOLUTION_MEASURED + ") AS res_measured",
      "COUNT(*) FILTER (WHERE " + RESOLUTION_WITHIN + ") AS res_within",
      "COUNT(*) FILTER (WHERE status = 'closed' OR (status = 'open' AND final_response_breached)) AS fin_measured",
      "COUNT(*) FILTER (WHERE status = 'closed' AND NOT final_response_breached) AS fin_within",
      "COALESCE(SUM(warnings), 0) AS warnings", "COALESCE(SUM(escalations), 0) AS escalations",
      "COALESCE(SUM(promises_made), 0) AS promises_made",
      "COALESCE(SUM(promises_kept_on_time), 0) AS promises_kept",
      "COALESCE(SUM(promises_broken), 0) AS promises_broken",
      "COALESCE(SUM(options_offered), 0) AS options_offered",
      "COUNT(*) FILTER (WHERE choice_made_by = 'customer') AS chosen_customer",
      "COUNT(*) FILTER (WHERE choice_made_by = 'agent') AS chosen_agent",
      "COUNT(*) FILTER (WHERE choice_made_by = 'default') AS chosen_default",
      "COUNT(*) FILTER (WHERE survey_sent) AS surveys", "COUNT(feedback_score) AS responses",
      "AVG(CAST(feedback_score AS DOUBLE PRECISION)) AS satisfaction",
      "COUNT(*) FILTER (WHERE feedback_score = 1) AS score_1",
      "COUNT(*) FILTER (WHERE feedback_score = 2) AS score_2",
      "COUNT(*) FILTER (WHERE feedback_score = 3) AS score_3",
      "COUNT(*) FILTER (WHERE feedback_score = 4) AS score_4",
      "COUNT(*) FILTER (WHERE feedback_score = 5) AS score_5",
      "COUNT(*) FILTER (WHERE outcome = 'upheld') AS upheld",
      "COUNT(*) FILTER (WHERE outcome = 'partlyUpheld') AS partly_upheld",
      "COUNT(*) FILTER (WHERE outcome = 'notUpheld') AS not_upheld",
      "COUNT(*) FILTER (WHERE closure_bucket = 'within3BusinessDays') AS within_3_days",
      "COUNT(*) FILTER (WHERE closure_bucket = 'within8Weeks') AS within_8_weeks",
      "COUNT(*) FILTER (WHERE closure_bucket = 'later') AS closed_later",
      "COUNT(*) FILTER (WHERE referral_rights_given) AS referral_rights",
      "COUNT(review_score) AS reviews", "AVG(CAST(review_score AS DOUBLE PRECISION)) AS review_average");

  /** The figures of no complaints: the shape of an empty table's CSV header. */
  static Figures blank() {
    Map<String, Long> distribution = new LinkedHashMap<>();
    for (int score = 1; score <= 5; score++) {
      distribution.put(String.valueOf(score), 0L);
    }
    Sla sla = new Sla(0, 0, null);
    return new Figures(0, 0, 0, 0, 0, new Hours(0, null, null), new Hours(0, null, null), new Slas(sla, sla, sla), 0, 0,
        new Promises(0, 0, 0), new Options(0, new Choices(0, 0, 0)), new Satisfaction(0, 0, null, null, distribution),
        new Outcome(0, 0, 0), new Closure(0, 0, 0), 0, new Review(0, null));
  }

  static Figures read(ResultSet row) throws SQLException {
    Map<String, Long> distribution = new LinkedHashMap<>();
    for (int score = 1; score <= 5; score++) {
      distribution.put(String.valueOf(score), row.getLong("score_" + score));
    }
    long surveys = row.getLong("surveys");
    long responses = row.getLong("responses");
    return new Figures(row.getLong("received"), row.getLong("open_count"), row.getLong("closed_count"),
        row.getLong("withdrawn_count"), row.getLong("reopened"),
        new Hours(row.getLong("fr_count"), Rounding.hours(row, "fr_median"), Rounding.hours(row, "fr_p90")),
        new Hours(row.getLong("res_count"), Rounding.hours(row, "res_median"), Rounding.hours(row, "res_p90")),
        new Slas(sla(row, "fr"), sla(row, "res"), sla(row, "fin")),
        row.getLong("warnings"), row.getLong("escalations"),
        new Promises(row.getLong("promises_made"), row.getLong("promises_kept"), row.getLong("promises_broken")),
        new Options(row.getLong("options_offered"), new Choices(row.getLong("chosen_customer"),
            row.getLong("chosen_agent"), row.getLong("chosen_default"))),
        new Satisfaction(surveys, responses, Rounding.share(responses, surveys),
            Rounding.average(row, "satisfaction"), distribution),
        new Outcome(row.getLong("upheld"), row.getLong("partly_upheld"), row.getLong("not_upheld")),
        new Closure(row.getLong("within_3_days"), row.getLong("within_8_weeks"), row.getLong("closed_later")),
        row.getLong("referral_rights"),
        new Review(row.getLong("reviews"), Rounding.average(row, "review_average")));
  }

  private static Sla sla(ResultSet row, String prefix) throws SQLException {
    long measured = row.getLong(prefix + "_measured");
    long within = row.getLong(prefix + "_within");
    return new Sla(measured, within, Rounding.share(within, measured));
  }
}
