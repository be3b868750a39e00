package eu.complaintdesk.quality;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The figures of a set of complaints (the period's, or one breakdown row's), as the API answers
 * them: {@link #ADDITIVE} and {@link #PERCENTILES} are the SQL select lists behind them, conditional
 * aggregates over the reporting table, and {@link #of} turns their values into this.
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

  /**
   * The figures that add up (counts and sums): computed once per breakdown row, and the totals are
   * their sums, so that the heaviest pass runs once (and, with no ordered-set aggregate in it, in
   * parallel on PostgreSQL). Averages are sums divided by counts in Java.
   */
  static final List<String> ADDITIVE = List.of("COUNT(*) AS received",
      "COUNT(*) FILTER (WHERE status = 'open') AS open_count",
      "COUNT(*) FILTER (WHERE status = 'closed') AS closed_count",
      "COUNT(*) FILTER (WHERE status = 'withdrawn') AS withdrawn_count",
      "COUNT(*) FILTER (WHERE reopen_count > 0) AS reopened",
      "COUNT(first_response_hours) AS fr_count", "COUNT(resolution_hours) AS res_count",
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
      "COALESCE(SUM(feedback_score), 0) AS score_sum",
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
      "COUNT(review_score) AS reviews", "COALESCE(SUM(review_score), 0) AS review_sum");

  /** The medians and 90th percentiles, which do not add up: one more pass for the totals. */
  static final List<String> PERCENTILES = List.of(
      "PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY first_response_hours) AS fr_median",
      "PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY first_response_hours) AS fr_p90",
      "PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY resolution_hours) AS res_median",
      "PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY resolution_hours) AS res_p90");

  static String select(List<String> columns) {
    return String.join(",\n", columns);
  }

  /** The values of a row of {@link #ADDITIVE} or {@link #PERCENTILES} columns, by alias (lower case). */
  static Map<String, Object> values(ResultSet row) throws SQLException {
    Map<String, Object> values = new HashMap<>();
    for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
      values.put(row.getMetaData().getColumnLabel(column).toLowerCase(Locale.ROOT), row.getObject(column));
    }
    return values;
  }

  /** The sums of the {@link #ADDITIVE} values over rows (the totals of a breakdown). */
  static Map<String, Object> sum(Collection<Map<String, Object>> rows) {
    Map<String, Object> sums = new HashMap<>();
    for (String column : ADDITIVE) {
      String alias = column.substring(column.lastIndexOf(" AS ") + 4);
      sums.put(alias, rows.stream().mapToLong(row -> ((Number) row.get(alias)).longValue()).sum());
    }
    return sums;
  }

  /** The figures of no complaints: the shape of an empty table's CSV header. */
  static Figures blank() {
    return of(sum(List.of()));
  }

  /** The figures of the values of all {@link #ADDITIVE} and {@link #PERCENTILES} columns. */
  static Figures of(Map<String, Object> values) {
    ToLongFunction<String> count = alias -> ((Number) values.get(alias)).longValue();
    Map<String, Long> distribution = new LinkedHashMap<>();
    for (int score = 1; score <= 5; score++) {
      distribution.put(String.valueOf(score), count.applyAsLong("score_" + score));
    }
    long surveys = count.applyAsLong("surveys");
    long responses = count.applyAsLong("responses");
    long reviews = count.applyAsLong("reviews");
    return new Figures(count.applyAsLong("received"), count.applyAsLong("open_count"),
        count.applyAsLong("closed_count"), count.applyAsLong("withdrawn_count"), count.applyAsLong("reopened"),
        new Hours(count.applyAsLong("fr_count"), Rounding.hours(values.get("fr_median")),
            Rounding.hours(values.get("fr_p90"))),
        new Hours(count.applyAsLong("res_count"), Rounding.hours(values.get("res_median")),
            Rounding.hours(values.get("res_p90"))),
        new Slas(sla(count, "fr"), sla(count, "res"), sla(count, "fin")),
        count.applyAsLong("warnings"), count.applyAsLong("escalations"),
        new Promises(count.applyAsLong("promises_made"), count.applyAsLong("promises_kept"),
            count.applyAsLong("promises_broken")),
        new Options(count.applyAsLong("options_offered"), new Choices(count.applyAsLong("chosen_customer"),
            count.applyAsLong("chosen_agent"), count.applyAsLong("chosen_default"))),
        new Satisfaction(surveys, responses, Rounding.share(responses, surveys),
            Rounding.average(count.applyAsLong("score_sum"), responses), distribution),
        new Outcome(count.applyAsLong("upheld"), count.applyAsLong("partly_upheld"), count.applyAsLong("not_upheld")),
        new Closure(count.applyAsLong("within_3_days"), count.applyAsLong("within_8_weeks"),
            count.applyAsLong("closed_later")),
        count.applyAsLong("referral_rights"),
        new Review(reviews, Rounding.average(count.applyAsLong("review_sum"), reviews)));
  }

  private static Sla sla(ToLongFunction<String> count, String prefix) {
    long measured = count.applyAsLong(prefix + "_measured");
    long within = count.applyAsLong(prefix + "_within");
    return new Sla(measured, within, Rounding.share(within, measured));
  }
}
