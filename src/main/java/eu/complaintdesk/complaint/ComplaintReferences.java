package eu.complaintdesk.complaint;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Hands out complaint references such as {@code CMP-2026-000123}: the year of receipt and a
 * number from a database sequence, so that several application nodes on one database never give
 * the same number twice and a number is never reused after a restart.
 */
@Component
class ComplaintReferences {

  static final String SEQUENCE = "complaint_reference_seq";

  private final JdbcTemplate jdbc;
  private final String nextValue;

  ComplaintReferences(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
    jdbc.execute("CREATE SEQUENCE IF NOT EXISTS " + SEQUENCE + " START WITH 1");
    this.nextValue = isPostgres(dataSource)
        ? "SELECT nextval('" + SEQUENCE + "')"
        : "SELECT NEXT VALUE FOR " + SEQUENCE;
  }

  /** A new reference for a complaint received at {@code receivedAt} (year in {@code zone}). */
  String next(Instant receivedAt, ZoneId zone) {
    Long number = jdbc.queryForObject(nextValue, Long.class);
    return String.format("CMP-%d-%06d", receivedAt.atZone(zone).getYear(), number);
  }

  private static boolean isPostgres(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData metaData = connection.getMetaData();
      return metaData.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot tell which database holds the complaint references", e);
    }
  }
}
