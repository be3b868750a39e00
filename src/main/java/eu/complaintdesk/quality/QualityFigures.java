package eu.complaintdesk.quality;

import static eu.complaintdesk.ProcessConstants.REVIEW_STEP_SCORES;

import eu.complaintdesk.quality.QualityReport.AgentFigures;
import eu.complaintdesk.quality.QualityReport.Breakdown;
import eu.complaintdesk.quality.QualityReport.BreakdownRow;
import eu.complaintdesk.quality.QualityReport.Compensation;
import eu.complaintdesk.quality.QualityReport.Period;
import eu.complaintdesk.quality.QualityReport.ReviewStep;
import eu.complaintdesk.quality.QualityReport.RootCause;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The quality figures, from the reporting table alone ({@link ReportTable}): a few grouped queries,
 * each one pass over the period's rows (the index on {@code received_at}). The heaviest, the
 * conditional aggregates of {@link Figures#ADDITIVE}, runs once, grouped for the breakdown, and the
 * totals are the sums of its rows; the percentiles, which do not add up, have a pass for the
 * breakdown and one for the totals (with the review's step scores). Measured at 1,000,000 rows
 * on PostgreSQL 15, the additive pass took most of the time, the percentiles under a third of it.
 * No {@code GROUPING SETS} (H2 lacks them), so the same SQL runs on PostgreSQL and H2.
 */
@Component
class QualityFigures {

  static final int TOP_ROOT_CAUSES = 10;

  /** A step score column per review variable, in the checklist's order: reviewActedQuickly → review_acted_quickly. */
  static final List<String> STEP_COLUMNS = REVIEW_STEP_SCORES.stream()
      .map(name -> name.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT)).toList();

  private static final String STEP_AGGREGATES = STEP_COLUMNS.stream()
      .map(column -> "COUNT(" + column + ") AS " + column + "_count, AVG(CAST(" + column
          + " AS DOUBLE PRECISION)) AS " + column + "_average")
      .collect(Collectors.joining(",\n"));

  private final JdbcTemplate jdbc;

  QualityFigures(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  /** The whole answer of the figures endpoint. */
  QualityReport report(QualityFilter filter, QualityDimension by) {
    Map<String, Map<String, Object>> groups = grouped(filter, by);
    List<ReviewStep> reviewSteps = new ArrayList<>();
    Figures totals = totals(filter, groups.values(), reviewSteps);
    return new QualityReport(new Period(filter.from(), filter.to()), filter.dimensions(), totals,
        breakdown(by, groups), agents(filter), rootCauses(filter), compensation(filter), reviewSteps);
  }

  /** The period's figures; the review's step scores are added to {@code reviewSteps}. */
  Figures totals(QualityFilter filter, List<ReviewStep> reviewSteps) {
    return totals(filter, grouped(filter, null).values(), reviewSteps);
  }

  Breakdown breakdown(QualityFilter filter, QualityDimension by) {
    return breakdown(by, grouped(filter, by));
  }

  /** The totals: the sums of the groups' additive figures, with the period's percentiles and step scores. */
  private Figures totals(QualityFilter filter, Collection<Map<String, Object>> groups, List<ReviewStep> reviewSteps) {
    Map<String, Object> values = Figures.sum(groups);
    List<Object> arguments = QualityFilter.arguments();
    String where = filter.condition(arguments);
    jdbc.query("SELECT " + Figures.select(Figures.PERCENTILES) + ",\n" + STEP_AGGREGATES + "\nFROM "
        + ReportTable.TABLE + " WHERE " + where, row -> {
          values.putAll(Figures.values(row));
          for (int i = 0; i < STEP_COLUMNS.size(); i++) {
            String column = STEP_COLUMNS.get(i);
            reviewSteps.add(new ReviewStep(REVIEW_STEP_SCORES.get(i), i + 1,
                Rounding.average(row, column + "_average"), row.getLong(column + "_count")));
          }
        }, arguments.toArray());
    return Figures.of(values);
  }

  private static Breakdown breakdown(QualityDimension by, Map<String, Map<String, Object>> groups) {
    List<BreakdownRow> rows = new ArrayList<>();
    groups.forEach((key, values) -> rows.add(new BreakdownRow(key, Figures.of(values))));
    return new Breakdown(by.apiName(), rows);
  }

  /**
   * The additive figures per value of {@code by}, sorted by it (no value last), with each value's
   * percentiles; {@code by} null: one group of all, without percentiles (the totals' own pass has them).
   */
  private Map<String, Map<String, Object>> grouped(QualityFilter filter, QualityDimension by) {
    List<Object> arguments = QualityFilter.arguments();
    String where = filter.condition(arguments);
    Map<String, Map<String, Object>> groups = new LinkedHashMap<>();
    if (by == null) {
      jdbc.query("SELECT " + Figures.select(Figures.ADDITIVE) + "\nFROM " + ReportTable.TABLE + " WHERE " + where,
          row -> {
            groups.put(null, Figures.values(row));
          }, arguments.toArray());
      return groups;
    }
    String grouping = " GROUP BY " + by.column() + " ORDER BY " + by.column() + " NULLS LAST";
    jdbc.query("SELECT " + by.column() + " AS breakdown_key, " + Figures.select(Figures.ADDITIVE) + "\nFROM "
        + ReportTable.TABLE + " WHERE " + where + grouping,
        row -> {
          groups.put(row.getString("breakdown_key"), Figures.values(row));
        }, arguments.toArray());
    jdbc.query("SELECT " + by.column() + " AS breakdown_key, " + Figures.select(Figures.PERCENTILES) + "\nFROM "
        + ReportTable.TABLE + " WHERE " + where + grouping,
        row -> {
          groups.get(row.getString("breakdown_key")).putAll(Figures.values(row));
        }, arguments.toArray());
    return groups;
  }

  /**
   * One row per agent: when an agent moved teams within the period the row names the
   * alphabetically last of their teams. Complaints that no agent has worked on yet are left out.
   */
  List<AgentFigures> agents(QualityFilter filter) {
    List<Object> arguments = QualityFilter.arguments();
    String where = filter.condition(arguments);
    return jdbc.query("SELECT agent, MAX(team) AS team, COUNT(*) AS handled,"
        + " COUNT(*) FILTER (WHERE " + Figures.FIRST_RESPONSE_MEASURED + ") AS fr_measured,"
        + " COUNT(*) FILTER (WHERE " + Figures.FIRST_RESPONSE_WITHIN + ") AS fr_within,"
        + " COUNT(*) FILTER (WHERE " + Figures.RESOLUTION_MEASURED + ") AS res_measured,"
        + " COUNT(*) FILTER (WHERE " + Figures.RESOLUTION_WITHIN + ") AS res_within,"
        + " COALESCE(SUM(promises_made), 0) AS promises_made, COALESCE(SUM(promises_kept_on_time), 0) AS promises_kept,"
        + " AVG(CAST(feedback_score AS DOUBLE PRECISION)) AS satisfaction, COUNT(feedback_score) AS responses,"
        + " AVG(CAST(review_score AS DOUBLE PRECISION)) AS review_average, COUNT(review_score) AS reviews"
        + " FROM " + ReportTable.TABLE + " WHERE " + where + " AND agent IS NOT NULL GROUP BY agent ORDER BY agent",
        (row, number) -> new AgentFigures(row.getString("agent"), row.getString("team"), row.getLong("handled"),
            Rounding.share(row.getLong("fr_within"), row.getLong("fr_measured")),
            Rounding.share(row.getLong("res_within"), row.getLong("res_measured")),
            row.getLong("promises_made"), row.getLong("promises_kept"), Rounding.average(row, "satisfaction"),
            row.getLong("responses"), Rounding.average(row, "review_average"), row.getLong("reviews")),
        arguments.toArray());
  }

  List<RootCause> rootCauses(QualityFilter filter) {
    List<Object> arguments = QualityFilter.arguments();
    String where = filter.condition(arguments);
    return jdbc.query("SELECT root_cause, COUNT(*) AS complaints FROM " + ReportTable.TABLE + " WHERE " + where
        + " AND root_cause IS NOT NULL GROUP BY root_cause ORDER BY complaints DESC, root_cause LIMIT "
        + TOP_ROOT_CAUSES,
        (row, number) -> new RootCause(row.getString("root_cause"), row.getLong("complaints")), arguments.toArray());
  }

  List<Compensation> compensation(QualityFilter filter) {
    List<Object> arguments = QualityFilter.arguments();
    String where = filter.condition(arguments);
    return jdbc.query("SELECT chosen_option_type, COUNT(*) AS chosen, COALESCE(SUM(compensation_amount), 0) AS amount"
        + " FROM " + ReportTable.TABLE + " WHERE " + where
        + " AND chosen_option_type IS NOT NULL GROUP BY chosen_option_type ORDER BY chosen_option_type",
        (row, number) -> new Compensation(row.getString("chosen_option_type"), row.getLong("chosen"),
            amount(row.getBigDecimal("amount"))), arguments.toArray());
  }

  private static BigDecimal amount(BigDecimal sum) {
    return sum.setScale(2, RoundingMode.HALF_UP);
  }
}
