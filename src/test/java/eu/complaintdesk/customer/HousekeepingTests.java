package eu.complaintdesk.customer;

import static org.assertj.core.api.Assertions.assertThat;

import eu.complaintdesk.ComplaintDeskTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The housekeeping of our own tables against the real database: what has expired goes, what may
 * still matter stays, and two nodes purging at the same moment both succeed.
 */
@ComplaintDeskTest
class HousekeepingTests {

  @Autowired
  Housekeeping housekeeping;
  @Autowired
  UsedLinks usedLinks;
  @Autowired
  IdempotencyKeys idempotencyKeys;
  @Autowired
  DataSource dataSource;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void marksOfExpiredLinks_andOldIdempotencyKeys_go_theOthersStay() {
    // Given a used link that expired, one still valid, and one marked before expiries were stored
    Instant now = ClockUtil.getCurrentTime().toInstant();
    String expired = mark(now.minusSeconds(1));
    String valid = mark(now.plus(Duration.ofDays(5)));
    String legacyOld = legacyMark(now.minus(Duration.ofDays(31)));
    String legacyRecent = legacyMark(now.minus(Duration.ofDays(2)));
    // and an idempotency key of 8 days ago and one of today
    String oldKey = key(Instant.now().minus(Duration.ofDays(8)));
    String newKey = key(Instant.now());

    // When the housekeeping runs
    Housekeeping.Purged purged = housekeeping.purge();

    // Then only the expired marks and the old key are gone
    assertThat(purged.usedLinks()).isGreaterThanOrEqualTo(2);
    assertThat(purged.idempotencyKeys()).isGreaterThanOrEqualTo(1);
    assertThat(marks(List.of(expired, valid, legacyOld, legacyRecent))).containsExactlyInAnyOrder(valid, legacyRecent);
    assertThat(keys(List.of(oldKey, newKey))).containsExactly(newKey);
  }

  @Test
  void twoNodesPurgingAtOnce_bothSucceed_andEveryExpiredMarkGoes() throws Exception {
    // Given many expired marks
    Instant now = ClockUtil.getCurrentTime().toInstant();
    List<String> expired = java.util.stream.IntStream.range(0, 50).mapToObj(i -> mark(now.minusSeconds(60))).toList();

    // When two nodes purge at the same moment
    CountDownLatch start = new CountDownLatch(1);
    CompletableFuture<Housekeeping.Purged> first = CompletableFuture.supplyAsync(() -> await(start));
    CompletableFuture<Housekeeping.Purged> second = CompletableFuture.supplyAsync(() -> await(start));
    start.countDown();

    // Then neither fails, and together they deleted every expired mark
    int deleted = first.get().usedLinks() + second.get().usedLinks();
    assertThat(deleted).isGreaterThanOrEqualTo(expired.size());
    assertThat(marks(expired)).isEmpty();
  }

  private Housekeeping.Purged await(CountDownLatch start) {
    try {
      start.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return housekeeping.purge();
  }

  private String mark(Instant expiresAt) {
    String id = UUID.randomUUID().toString().substring(0, 16);
    usedLinks.markUsed(new SignedLink(id, LinkPurpose.FEEDBACK, "CMP-2026-999999", expiresAt, 0));
    return id;
  }

  private String legacyMark(Instant usedAt) {
    String id = UUID.randomUUID().toString().substring(0, 16);
    jdbc().update("INSERT INTO " + UsedLinks.TABLE + " (token_id, reference, purpose, used_at) VALUES (?, ?, ?, ?)",
        id, "CMP-2026-999999", "feedback", Timestamp.from(usedAt));
    return id;
  }

  private String key(Instant createdAt) {
    String key = UUID.randomUUID().toString();
    idempotencyKeys.startOnce("housekeeping-test", key, key.getBytes(), () -> "CMP-2026-999999");
    jdbc().update("UPDATE " + IdempotencyKeys.TABLE + " SET created_at = ? WHERE idempotency_key = ?",
        Timestamp.from(createdAt), key);
    return key;
  }

  private List<String> marks(List<String> ids) {
    return ids.stream().filter(id -> jdbc().queryForObject("SELECT COUNT(*) FROM " + UsedLinks.TABLE
        + " WHERE token_id = ?", Integer.class, id) > 0).toList();
  }

  private List<String> keys(List<String> keys) {
    return keys.stream().filter(key -> jdbc().queryForObject("SELECT COUNT(*) FROM " + IdempotencyKeys.TABLE
        + " WHERE idempotency_key = ?", Integer.class, key) > 0).toList();
  }

  private JdbcTemplate jdbc() {
    return new JdbcTemplate(dataSource);
  }
}
