package eu.complaintdesk.quality;

import static org.assertj.core.api.Assertions.assertThat;

import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import eu.complaintdesk.deadline.BusinessHoursProperties;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The quality dashboard's API at a million complaints (issue 9: "answers in ≤ 2 s"), measured, not
 * asserted: a benchmark, never part of {@code mvn verify} ({@code benchmarks/run quality-dashboard}).
 * In the test setup's fresh PostgreSQL database it generates the rows ({@link ComplaintReportGenerator}),
 * analyses the table, then calls each endpoint over real HTTP as a manager: once (the first call),
 * then {@value #CALLS} times for the median and the 95th percentile. It fails only when a call does
 * not answer 200, and writes its figures to {@code target/benchmarks/quality-dashboard.md}.
 *
 * <p>{@code -Dbenchmark.rows=N} changes the number of complaints (the default gives a million closed
 * ones besides the open and withdrawn), {@code -Dbenchmark.calls=N} the calls after the first.
 */
@ComplaintDeskTest
@Tag(QualityDashboardBenchmark.BENCHMARK)
class QualityDashboardBenchmark {

  static final String BENCHMARK = "benchmark";
  static final int CALLS = 20;
  static final int DEFAULT_ROWS = 1_040_000;
  static final Path REPORT = Path.of("target", "benchmarks", "quality-dashboard.md");

  @Autowired
  DataSource dataSource;
  @Autowired
  HttpTestClient manager;
  @Autowired
  BusinessHoursProperties businessHours;

  private final List<String> report = new ArrayList<>();

  @Test
  void qualityDashboard() throws IOException {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    assertThat(jdbc.queryForObject("SELECT version()", String.class))
        .as("the benchmark measures PostgreSQL: start it (see README, Test)").startsWith("PostgreSQL");
    int rows = Integer.getInteger("benchmark.rows", DEFAULT_ROWS);

    Duration generation = new ComplaintReportGenerator(dataSource, businessHours.zone()).generate(rows, 0.42, Instant.now());
    long analyzeStart = System.nanoTime();
    jdbc.execute("ANALYZE " + ReportTable.TABLE);
    Duration analyze = Duration.ofNanos(System.nanoTime() - analyzeStart);
    describeData(jdbc, rows, generation, analyze);

    LocalDate today = LocalDate.now(businessHours.zone());
    String twoYears = "from=" + today.minusYears(2).plusDays(1) + "&to=" + today;
    LocalDate lastMonth = today.withDayOfMonth(1).minusMonths(1);
    String oneMonth = "from=" + lastMonth + "&to=" + lastMonth.plusMonths(1).minusDays(1);
    line("Each call: the first, then %d more for p50, p95 and max.", Integer.getInteger("benchmark.calls", CALLS));
    line("");
    line("| call | first call (ms) | p50 (ms) | p95 (ms) | max (ms) | response (bytes) |");
    line("| --- | ---: | ---: | ---: | ---: | ---: |");
    measure("figures, last 30 days (the page's default)", "/api/quality/figures");
    measure("figures, two years, by type", "/api/quality/figures?" + twoYears);
    measure("figures, two years, by agent", "/api/quality/figures?" + twoYears + "&by=agent");
    measure("figures, two years, by team", "/api/quality/figures?" + twoYears + "&by=team");
    measure("figures, one month, by channel", "/api/quality/figures?" + oneMonth + "&by=channel");
    measure("figures, two years, one team, by agent", "/api/quality/figures?" + twoYears + "&team=team-ljubljana&by=agent");
    measure("figures, two years, high severity by email, by team",
        "/api/quality/figures?" + twoYears + "&severity=high&channel=email&by=team");
    measure("today (Cockpit dashboard)", "/api/quality/today");
    measure("drill-down: resolution breached, two years", "/api/quality/complaints?" + twoYears + "&figure=resolutionBreached");
    measure("drill-down: low feedback of one agent, one month",
        "/api/quality/complaints?" + oneMonth + "&figure=feedbackLow&key=anna&by=agent");
    measure("drill-down: promises broken, two years, page 10", "/api/quality/complaints?" + twoYears
        + "&figure=promisesBroken&limit=100&offset=900");
    measure("CSV: agents, two years", "/api/quality/figures.csv?" + twoYears + "&table=agents");
    measure("CSV: breakdown by team, one month", "/api/quality/figures.csv?" + oneMonth + "&table=breakdown&by=team");
    measure("CSV: complaints escalated, two years", "/api/quality/complaints.csv?" + twoYears + "&figure=escalated");

    Files.createDirectories(REPORT.getParent());
    Files.write(REPORT, report);
    System.out.println(String.join(System.lineSeparator(), report));
  }

  private void describeData(JdbcTemplate jdbc, int rows, Duration generation, Duration analyze) {
    Map<String, Object> counts = jdbc.queryForMap("SELECT count(*) FILTER (WHERE status = 'closed') AS closed,"
        + " count(*) FILTER (WHERE status = 'open') AS open, count(*) FILTER (WHERE status = 'withdrawn') AS withdrawn"
        + " FROM " + ReportTable.TABLE);
    line("Complaints: %,d (%,d closed, %,d open, %,d withdrawn), generated in %.1f s, ANALYZE %.1f s.", rows,
        counts.get("closed"), counts.get("open"), counts.get("withdrawn"), generation.toMillis() / 1000.0,
        analyze.toMillis() / 1000.0);
    line("Table %s: %s rows, %s with TOAST; indexes %s in all.", ReportTable.TABLE,
        size(jdbc, "pg_relation_size('" + ReportTable.TABLE + "')"),
        size(jdbc, "pg_table_size('" + ReportTable.TABLE + "')"),
        size(jdbc, "pg_indexes_size('" + ReportTable.TABLE + "')"));
    jdbc.queryForList("SELECT indexrelid::regclass::text AS name, pg_size_pretty(pg_relation_size(indexrelid)) AS size,"
            + " pg_get_indexdef(indexrelid) AS definition FROM pg_index WHERE indrelid = '" + ReportTable.TABLE
            + "'::regclass ORDER BY 1")
        .forEach(index -> line("- index %s, %s: `%s`", index.get("name"), index.get("size"), index.get("definition")));
    line("");
  }

  private static String size(JdbcTemplate jdbc, String expression) {
    return jdbc.queryForObject("SELECT pg_size_pretty(" + expression + ")", String.class);
  }

  /** One call, then {@value #CALLS} more, each of which must answer 200. */
  private void measure(String name, String path) {
    Call first = call(path);
    double[] millis = new double[Integer.getInteger("benchmark.calls", CALLS)];
    for (int i = 0; i < millis.length; i++) {
      millis[i] = call(path).millis();
    }
    Arrays.sort(millis);
    line("| %s <br>`%s` | %.0f | %.0f | %.0f | %.0f | %,d |", name, path, first.millis(), percentile(millis, 0.5),
        percentile(millis, 0.95), millis[millis.length - 1], first.bytes());
  }

  private Call call(String path) {
    long start = System.nanoTime();
    HttpResponse<String> response = manager.get(path, "mary", "mary");
    double millis = (System.nanoTime() - start) / 1e6;
    assertThat(response.statusCode()).as("%s: %s", path, response.body()).isEqualTo(200);
    return new Call(millis, response.body().length());
  }

  /** Nearest rank: the smallest value that at least {@code p} of the calls did not exceed. */
  private static double percentile(double[] sorted, double p) {
    return sorted[(int) Math.ceil(p * sorted.length) - 1];
  }

  private void line(String format, Object... arguments) {
    report.add(String.format(java.util.Locale.ROOT, format, arguments));
  }

  private record Call(double millis, int bytes) {
  }
}
