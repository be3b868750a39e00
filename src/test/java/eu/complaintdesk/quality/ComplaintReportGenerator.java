package eu.complaintdesk.quality;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Fills {@link ReportTable#TABLE} with realistic complaints, the rows the desk writes for real ones,
 * so that the figures can be measured at a scale no test could drive through the engine (a million
 * complaints). The rows are drawn by one set-based statement in PostgreSQL
 * ({@code quality/complaint-report-generator.sql}, which says what is drawn and how), seeded, so
 * that the same seed and end give the same rows.
 */
final class ComplaintReportGenerator {

  static final String SCRIPT = "quality/complaint-report-generator.sql";

  private final DataSource dataSource;
  private final ZoneId zone;

  /** @param zone the desk's time zone: opening hours and the calendar year of a reference are local */
  ComplaintReportGenerator(DataSource dataSource, ZoneId zone) {
    this.dataSource = dataSource;
    this.zone = zone;
  }

  /**
   * Adds {@code rows} complaints received in the two years before {@code until}, as they stand at
   * {@code until}, in one transaction, and returns how long it took.
   *
   * @param seed between -1 and 1 (PostgreSQL's {@code setseed})
   */
  Duration generate(int rows, double seed, Instant until) {
    if (rows < 1 || seed < -1 || seed > 1) {
      throw new IllegalArgumentException("rows must be positive and seed within [-1, 1]: " + rows + ", " + seed);
    }
    long start = System.nanoTime();
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        for (var parameter : Map.of("generator.rows", String.valueOf(rows), "generator.seed", String.valueOf(seed),
            "generator.until", until.toString(), "generator.zone", zone.getId()).entrySet()) {
          try (PreparedStatement set = connection.prepareStatement("SELECT set_config(?, ?, true)")) {
            set.setString(1, parameter.getKey());
            set.setString(2, parameter.getValue());
            set.execute();
          }
        }
        ScriptUtils.executeSqlScript(connection, new ClassPathResource(SCRIPT));
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Generating " + rows + " complaints failed: " + e.getMessage(), e);
    }
    return Duration.ofNanos(System.nanoTime() - start);
  }
}
