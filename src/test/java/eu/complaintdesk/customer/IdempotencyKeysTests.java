package eu.complaintdesk.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.complaintdesk.ComplaintDeskTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The race the HTTP test can only hope to hit, forced: a second request with the key arrives while
 * the first is still starting its complaint. The database makes it wait, and it then answers the
 * first one's reference without starting anything.
 */
@ComplaintDeskTest
class IdempotencyKeysTests {

  @Autowired
  IdempotencyKeys keys;
  @Autowired
  DataSource dataSource;

  @Test
  void aSecondRequestDuringTheFirst_waitsForIt_andAnswersItsReference() throws Exception {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    assumeTrue(jdbc.queryForObject("SELECT version()", String.class).contains("PostgreSQL"),
        "needs PostgreSQL's lock view");
    String key = UUID.randomUUID().toString();
    byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
    CountDownLatch firstIsStarting = new CountDownLatch(1);
    CountDownLatch letFirstFinish = new CountDownLatch(1);
    AtomicInteger starts = new AtomicInteger();

    // Given a first request inside its transaction, its key written but not committed
    CompletableFuture<IdempotencyKeys.Outcome> first = CompletableFuture.supplyAsync(() ->
        keys.startOnce("racetests", key, body, () -> {
          starts.incrementAndGet();
          firstIsStarting.countDown();
          awaitQuietly(letFirstFinish);
          return "CMP-2026-999001";
        }));
    assertThat(firstIsStarting.await(10, TimeUnit.SECONDS)).isTrue();

    // When the retry arrives, it waits on the first one's key
    CompletableFuture<IdempotencyKeys.Outcome> retry = CompletableFuture.supplyAsync(() ->
        keys.startOnce("racetests", key, body, () -> {
          starts.incrementAndGet();
          return "CMP-2026-999002";
        }));
    await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject("SELECT count(*) FROM pg_stat_activity"
        + " WHERE wait_event_type = 'Lock' AND datname = current_database()", Integer.class) > 0);
    letFirstFinish.countDown();

    // Then it answers the first reference, and only the first request started anything
    assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(new IdempotencyKeys.Outcome("CMP-2026-999001", false));
    assertThat(retry.get(10, TimeUnit.SECONDS)).isEqualTo(new IdempotencyKeys.Outcome("CMP-2026-999001", true));
    assertThat(starts).hasValue(1);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
