package eu.complaintdesk.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.complaintdesk.TestDatabase;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The benchmark's data generator on a PostgreSQL database of its own (never the shared test
 * database, whose figures other tests assert): its rows are what the desk records (values from the
 * forms, consistent times and states), its mix looks like a desk's, and a seed repeats a run.
 */
class ComplaintReportGeneratorTests {

  static final int ROWS = 20_000;
  static final Instant UNTIL = Instant.parse("2026-03-04T15:30:00Z");
  static final ZoneId ZONE = ZoneId.of("Europe/Ljubljana");

  static Optional<TestDatabase> database;
  static JdbcTemplate jdbc;
  static ComplaintReportGenerator generator;

  @BeforeAll
  static void generate() {
    database = TestDatabase.create();
    assumeTrue(database.isPresent(), "the generator writes PostgreSQL's SQL: no PostgreSQL, no test");
    DriverManagerDataSource dataSource = new DriverManagerDataSource(database.get().url(), database.get().user(),
        database.get().password());
    new ReportTable(dataSource);
    jdbc = new JdbcTemplate(dataSource);
    generator = new ComplaintReportGenerator(dataSource, ZONE);
    generator.generate(ROWS, 0.42, UNTIL);
  }

  @AfterAll
  static void drop() {
    database.ifPresent(TestDatabase::drop);
  }

  @Test
  void everyValueIsOneTheFormsOffer() throws IOException {
    assertThat(count("1 = 1")).isEqualTo(ROWS);
    assertValuesWithin("channel", choices("record-complaint", "channel"));
    assertValuesWithin("complaint_type", choices("submit-complaint", "complaintType"));
    assertValuesWithin("severity", choices("submit-complaint", "severity"));
    assertValuesWithin("customer_tier", choices("submit-complaint", "customerTier"));
    assertValuesWithin("customer_language", choices("submit-complaint", "customerLanguage"));
    assertValuesWithin("outcome", choices("record-outcome", "complaintOutcome"));
    assertValuesWithin("root_cause", choices("record-outcome", "rootCause"));
    assertValuesWithin("chosen_option_type", choices("offer-solution", "option1Type"));
    assertValuesWithin("status", List.of("open", "closed", "withdrawn"));
    assertValuesWithin("closure_bucket", List.of("within3BusinessDays", "within8Weeks", "later"));
    assertValuesWithin("choice_made_by", List.of("customer", "agent", "default"));
    assertThat(jdbc.queryForList("SELECT DISTINCT team FROM complaint_report WHERE team IS NOT NULL", String.class))
        .hasSize(6).contains("team-ljubljana", "team-sofia");
    assertThat(jdbc.queryForObject("SELECT count(DISTINCT agent) FROM complaint_report", Integer.class)).isEqualTo(42);
    assertThat(count("agent = 'anna' AND team <> 'team-ljubljana' OR agent = 'peter' AND team <> 'team-sofia'")).isZero();
  }

  @Test
  void timesAndStatesAgree() {
    assertThat(count("received_at > ?::timestamptz OR received_at < ?::timestamptz - interval '731 days'",
        UNTIL.toString(), UNTIL.toString())).isZero();
    assertThat(count("updated_at > ?::timestamptz", UNTIL.toString())).isZero();
    // Calls, letters and visits come in opening hours on weekdays.
    assertThat(count("channel IN ('phone', 'letter', 'inPerson') AND (extract(isodow FROM received_at AT TIME ZONE 'Europe/Ljubljana') > 5"
        + " OR (received_at AT TIME ZONE 'Europe/Ljubljana')::time NOT BETWEEN '08:00' AND '17:00')")).isZero();
    assertThat(count("status = 'closed' AND (closed_at IS NULL OR closed_at < first_response_at OR resolution_hours < first_response_hours"
        + " OR closure_bucket IS NULL OR outcome IS NULL OR root_cause IS NULL OR NOT survey_sent OR withdrawn_at IS NOT NULL)")).isZero();
    assertThat(count("status <> 'closed' AND (closed_at IS NOT NULL OR resolution_hours IS NOT NULL OR outcome IS NOT NULL"
        + " OR closure_bucket IS NOT NULL OR feedback_score IS NOT NULL OR review_score IS NOT NULL OR survey_sent)")).isZero();
    assertThat(count("(status = 'withdrawn') <> (withdrawn_at IS NOT NULL)")).isZero();
    assertThat(count("closure_bucket = 'within3BusinessDays' AND resolution_hours > 27"
        + " OR closure_bucket = 'later' AND resolution_hours <= 360")).isZero();
    assertThat(count("promises_kept_on_time + promises_broken > promises_made OR (agent IS NULL) <> (first_response_at IS NULL)"
        + " OR (chosen_option_type IS NULL) <> (choice_made_by IS NULL) OR feedback_at < closed_at OR reviewed_at < closed_at"))
        .isZero();
    assertThat(count("review_score IS NOT NULL AND (review_acted_quickly IS NULL OR review_asked_feedback IS NULL OR reviewer IS NULL)"))
        .isZero();
    assertThat(jdbc.queryForObject("SELECT count(DISTINCT reference) FROM complaint_report", Integer.class)).isEqualTo(ROWS);
  }

  @Test
  void theMixIsADesksMix() {
    assertThat(share("status = 'closed'")).isBetween(0.9, 0.98);
    assertThat(share("status = 'withdrawn'")).isCloseTo(0.03, within(0.01));
    assertThat(count("status = 'open'")).isPositive();
    assertThat(count("status = 'open' AND received_at < ?::timestamptz - interval '60 days'", UNTIL.toString()))
        .as("the open complaints are the recent ones, with a tail").isLessThan(count("status = 'open'") / 10);
    assertThat(share("first_response_breached")).isBetween(0.05, 0.15);
    assertThat(share("resolution_breached")).isBetween(0.1, 0.25);
    assertThat(share("final_response_breached")).isBetween(0.001, 0.01);
    assertThat(share("reopen_count > 0")).isBetween(0.02, 0.06);
    assertThat(share("review_score IS NOT NULL")).isBetween(0.07, 0.16);
    assertThat(share("channel = 'email'")).isCloseTo(0.35, within(0.02));
    Map<String, Object> survey = jdbc.queryForMap("SELECT count(feedback_score)::float / count(*) AS rate,"
        + " avg(feedback_score)::float AS average FROM complaint_report WHERE survey_sent AND closed_at < ?::timestamptz - interval '7 days'",
        UNTIL.toString());
    assertThat((Double) survey.get("rate")).isCloseTo(0.6, within(0.03));
    assertThat((Double) survey.get("average")).isBetween(3.8, 4.4);
    assertThat(jdbc.queryForObject("SELECT percentile_cont(0.9) WITHIN GROUP (ORDER BY resolution_hours)"
        + " / percentile_cont(0.5) WITHIN GROUP (ORDER BY resolution_hours) FROM complaint_report", Double.class))
        .as("a long tail of resolution times").isGreaterThan(2);
  }

  @Test
  void rowsAreWrittenInTheOrderTheyArrived_asADesksAre() {
    jdbc.execute("ANALYZE complaint_report");
    assertThat(jdbc.queryForObject("SELECT correlation FROM pg_stats WHERE tablename = 'complaint_report'"
        + " AND attname = 'received_at'", Double.class)).isGreaterThan(0.99);
  }

  @Test
  void aSeedRepeatsARun() {
    String first = checksum();
    jdbc.execute("TRUNCATE complaint_report");
    generator.generate(ROWS, 0.42, UNTIL);
    assertThat(checksum()).isEqualTo(first);
    jdbc.execute("TRUNCATE complaint_report");
    generator.generate(ROWS, -0.1, UNTIL);
    assertThat(checksum()).isNotEqualTo(first);
    jdbc.execute("TRUNCATE complaint_report");
    generator.generate(ROWS, 0.42, UNTIL);
  }

  private String checksum() {
    return jdbc.queryForObject("SELECT md5(string_agg(row(r.*)::text, '|' ORDER BY reference)) FROM"
        + " (SELECT reference, received_at, agent, status, first_response_hours, resolution_hours, feedback_score,"
        + " compensation_amount, review_score, updated_at FROM complaint_report) r", String.class);
  }

  private void assertValuesWithin(String column, List<String> allowed) {
    List<String> values = jdbc.queryForList("SELECT DISTINCT " + column + " FROM complaint_report WHERE " + column
        + " IS NOT NULL", String.class);
    assertThat(values).as(column).isSubsetOf(allowed).hasSizeGreaterThan(1);
  }

  private int count(String condition, Object... arguments) {
    return jdbc.queryForObject("SELECT count(*) FROM complaint_report WHERE " + condition, Integer.class, arguments);
  }

  private double share(String condition) {
    return (double) count(condition) / ROWS;
  }

  /** The values a form's select offers for {@code key}. */
  private static List<String> choices(String form, String key) throws IOException {
    List<String> values = new ArrayList<>();
    find(new ObjectMapper().readTree(Path.of("forms", form + ".form").toFile()).path("components"), key, values);
    assertThat(values).as("%s in %s", key, form).isNotEmpty();
    return values;
  }

  private static void find(JsonNode components, String key, List<String> values) {
    for (JsonNode component : components) {
      if (key.equals(component.path("key").asText())) {
        component.path("values").forEach(value -> values.add(value.path("value").asText()));
      }
      find(component.path("components"), key, values);
    }
  }
}
