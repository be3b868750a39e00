package eu.complaintdesk;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL database of a test's own, created empty on the local server and dropped afterwards,
 * so that runs never see each other's data. In CI ({@code CI=true}) an unreachable server fails the
 * run; on a developer's machine without PostgreSQL the caller falls back to H2 and says so.
 *
 * <p>The server is {@code TEST_POSTGRES_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/test})
 * with {@code TEST_POSTGRES_USER} (default {@code postgres}) and {@code TEST_POSTGRES_PASSWORD}.
 */
public final class TestDatabase {

  private static final Logger LOG = LoggerFactory.getLogger(TestDatabase.class);
  private static final String ADMIN_URL = env("TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  private static final String USER = env("TEST_POSTGRES_USER", "postgres");
  private static final String PASSWORD = env("TEST_POSTGRES_PASSWORD", "");

  private final String name;

  private TestDatabase(String name) {
    this.name = name;
  }

  /** Creates a new empty database, or empty when no server answers outside CI. */
  public static Optional<TestDatabase> create() {
    String name = "complaint_desk_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection connection = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
      LOG.info("Created test database {} on {}", name, ADMIN_URL);
      return Optional.of(new TestDatabase(name));
    } catch (SQLException e) {
      if (isCi()) {
        throw new IllegalStateException("CI needs PostgreSQL at " + ADMIN_URL + " for the tests: " + e.getMessage(), e);
      }
      LOG.warn("PostgreSQL at {} is not reachable ({}); this run uses H2 instead", ADMIN_URL, e.getMessage());
      return Optional.empty();
    }
  }

  public static boolean isCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  public String url() {
    int slash = ADMIN_URL.lastIndexOf('/');
    int query = ADMIN_URL.indexOf('?', slash);
    return ADMIN_URL.substring(0, slash + 1) + name + (query < 0 ? "" : ADMIN_URL.substring(query));
  }

  public String user() {
    return USER;
  }

  public String password() {
    return PASSWORD;
  }

  /** Drops the database, closing whatever connections are still open to it. */
  public void drop() {
    try (Connection connection = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      LOG.info("Dropped test database {}", name);
    } catch (SQLException e) {
      LOG.warn("Could not drop test database {}: {}", name, e.getMessage());
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value.trim();
  }

  @Override
  public String toString() {
    return name.toLowerCase(Locale.ROOT);
  }
}
