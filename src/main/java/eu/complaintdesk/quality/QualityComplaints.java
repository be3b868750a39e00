package eu.complaintdesk.quality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The complaints behind the figures: the drill-down list of one figure (optionally of one
 * breakdown row), newest first, and today's view for the Cockpit dashboard with the open
 * complaints whose deadline has passed. Reads the reporting table only.
 */
@Component
class QualityComplaints {

  /** The most complaints one drill-down answer lists. */
  static final int MAX_LIMIT = 500;
  static final int TODAY_BREACHES = 10;

  private static final String OPEN_BREACHED =
      "(first_response_breached OR resolution_breached OR final_response_breached)";

  private final JdbcTemplate jdbc;

  QualityComplaints(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  /** The drill-down's answer: the figure, how many complaints it has, and one page of them. */
  record DrillDown(String figure, long total, List<ComplaintItem> complaints) {
  }

  /** Today's key figures over the open complaints, and the first open complaints with a breached deadline. */
  record Today(LocalDate day, long receivedToday, long closedToday, long open, long openBreached, long openWarned,
      long brokenPromisesOpen, long escalationsOpen, List<Breach> breaches) {
  }

  /** A drill-down item with the deadlines it broke: {@code firstResponse}, {@code resolution}, {@code finalResponse}. */
  record Breach(String reference, String receivedAt, String type, String channel, String severity, String agent,
      String team, String status, String timeline, List<String> breached) {

    static Breach of(ComplaintItem item, List<String> breached) {
      return new Breach(item.reference(), item.receivedAt(), item.type(), item.channel(), item.severity(),
          item.agent(), item.team(), item.status(), item.timeline(), breached);
    }
  }

  /**
   * @param key the breakdown row (a value of {@code by}), null for all of the period's complaints
   */
  DrillDown drillDown(QualityFilter filter, DrillDownFigure figure, QualityDimension by, String key, int limit,
      int offset) {
    List<Object> arguments = QualityFilter.arguments();
    StringBuilder where = new StringBuilder(filter.condition(arguments)).append(" AND (").append(figure.condition())
        .append(')');
    arguments.addAll(figure.arguments());
    if (key != null) {
      where.append(" AND ").append(by.column()).append(" = ?");
      arguments.add(key);
    }
    Long total = jdbc.queryForObject("SELECT COUNT(*) FROM " + ReportTable.TABLE + " WHERE " + where, Long.class,
        arguments.toArray());
    List<Object> paged = new ArrayList<>(arguments);
    paged.add(limit);
    paged.add(offset);
    List<ComplaintItem> complaints = jdbc.query("SELECT " + ComplaintItem.COLUMNS + " FROM " + ReportTable.TABLE
        + " WHERE " + where + " ORDER BY received_at DESC, reference DESC LIMIT ? OFFSET ?",
        (row, number) -> ComplaintItem.read(row, filter.zone()), paged.toArray());
    return new DrillDown(figure.name(), total == null ? 0 : total, complaints);
  }

  /**
   * Today in the desk's time zone; the period of {@code filter} is not used (today is the period),
   * its dimension filters are. The breaches are the longest waiting first.
   */
  Today today(QualityFilter filter, LocalDate day) {
    List<Object> arguments = new ArrayList<>(List.of(filter.startOf(day), filter.startOf(day.plusDays(1)),
        filter.startOf(day), filter.startOf(day.plusDays(1))));
    String dimensions = filter.dimensionsCondition(arguments);
    Today counts = jdbc.queryForObject("SELECT"
        + " COUNT(*) FILTER (WHERE received_at >= ? AND received_at < ?) AS received_today,"
        + " COUNT(*) FILTER (WHERE closed_at >= ? AND closed_at < ?) AS closed_today,"
        + " COUNT(*) FILTER (WHERE status = 'open') AS open_count,"
        + " COUNT(*) FILTER (WHERE status = 'open' AND " + OPEN_BREACHED + ") AS open_breached,"
        + " COUNT(*) FILTER (WHERE status = 'open' AND warnings > 0) AS open_warned,"
        + " COUNT(*) FILTER (WHERE status = 'open' AND promises_broken > 0) AS broken_promises_open,"
        + " COUNT(*) FILTER (WHERE status = 'open' AND escalations > 0) AS escalations_open"
        + " FROM " + ReportTable.TABLE + " WHERE " + dimensions,
        (row, number) -> new Today(day, row.getLong("received_today"), row.getLong("closed_today"),
            row.getLong("open_count"), row.getLong("open_breached"), row.getLong("open_warned"),
            row.getLong("broken_promises_open"), row.getLong("escalations_open"), List.of()),
        arguments.toArray());
    List<Object> breachArguments = QualityFilter.arguments();
    String breachDimensions = filter.dimensionsCondition(breachArguments);
    List<Breach> breaches = jdbc.query("SELECT " + ComplaintItem.COLUMNS
        + ", first_response_breached, resolution_breached, final_response_breached FROM " + ReportTable.TABLE
        + " WHERE status = 'open' AND " + OPEN_BREACHED + " AND " + breachDimensions
        + " ORDER BY received_at, reference LIMIT " + TODAY_BREACHES, (row, number) -> {
          List<String> breached = new ArrayList<>();
          if (row.getBoolean("first_response_breached")) {
            breached.add("firstResponse");
          }
          if (row.getBoolean("resolution_breached")) {
            breached.add("resolution");
          }
          if (row.getBoolean("final_response_breached")) {
            breached.add("finalResponse");
          }
          return Breach.of(ComplaintItem.read(row, filter.zone()), breached);
        }, breachArguments.toArray());
    return new Today(counts.day(), counts.receivedToday(), counts.closedToday(), counts.open(), counts.openBreached(),
        counts.openWarned(), counts.brokenPromisesOpen(), counts.escalationsOpen(), breaches);
  }
}
