package eu.complaintdesk.customer;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes a retried request with the same {@code Idempotency-Key} answer the first result instead of
 * starting a second complaint: a shop whose connection broke after sending cannot know whether we
 * got it, and must be able to send again safely.
 *
 * <p>The key is written in the same transaction as the complaint's start, before it. The primary
 * key (API user, key) makes a concurrent second request wait for the first and then fail its own
 * insert, which rolls back its start: one key, at most one complaint, on every node of a cluster.
 * The table is ours, created at start-up like the reference sequence (H2 and PostgreSQL alike).
 */
@Component
class IdempotencyKeys {

  static final String TABLE = "api_idempotency_key";
  static final int KEY_LIMIT = 200;

  /** The reference a key gave, and whether this answer repeats an earlier one. */
  record Outcome(String reference, boolean replayed) {
  }

  private record Stored(String hash, String reference) {
  }

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;

  IdempotencyKeys(DataSource dataSource, PlatformTransactionManager transactionManager) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.transaction = new TransactionTemplate(transactionManager);
    jdbc.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (client_id VARCHAR(64) NOT NULL,"
        + " idempotency_key VARCHAR(" + KEY_LIMIT + ") NOT NULL, request_hash VARCHAR(64) NOT NULL,"
        + " reference VARCHAR(32), created_at TIMESTAMP NOT NULL, PRIMARY KEY (client_id, idempotency_key))");
  }

  /**
   * Forgets the keys created before {@code cutoff}: a retry after the retention is a new complaint.
   * A plain conditional DELETE, safe when two nodes run it at once.
   *
   * @return how many keys were deleted
   */
  int purgeOlderThan(Instant cutoff) {
    return jdbc.update("DELETE FROM " + TABLE + " WHERE created_at < ?", Timestamp.from(cutoff));
  }

  /**
   * Runs {@code start} once per client and key: the first time in one transaction with the key, any
   * later time with the same body answering the first reference.
   *
   * @throws IdempotencyConflict the key came with another body (422) or its first request is still running (409)
   */
  Outcome startOnce(String client, String key, byte[] body, Supplier<String> start) {
    String hash = sha256(body);
    Outcome earlier = earlier(client, key, hash);
    if (earlier != null) {
      return earlier;
    }
    try {
      return transaction.execute(status -> {
        jdbc.update("INSERT INTO " + TABLE + " (client_id, idempotency_key, request_hash, created_at)"
            + " VALUES (?, ?, ?, ?)", client, key, hash, Timestamp.from(Instant.now()));
        String reference = start.get();
        jdbc.update("UPDATE " + TABLE + " SET reference = ? WHERE client_id = ? AND idempotency_key = ?",
            reference, client, key);
        return new Outcome(reference, false);
      });
    } catch (DuplicateKeyException | PessimisticLockingFailureException concurrent) {
      // Another request with this key came first; its transaction has ended or still holds the key.
      earlier = earlier(client, key, hash);
      if (earlier != null) {
        return earlier;
      }
      throw new IdempotencyConflict(HttpStatus.CONFLICT,
          "A request with this Idempotency-Key is still being processed; send it again in a moment.");
    }
  }

  private Outcome earlier(String client, String key, String hash) {
    List<Stored> rows = jdbc.query("SELECT request_hash, reference FROM " + TABLE
        + " WHERE client_id = ? AND idempotency_key = ?",
        (row, n) -> new Stored(row.getString(1), row.getString(2)), client, key);
    if (rows.isEmpty() || rows.get(0).reference() == null) {
      return null;
    }
    if (!rows.get(0).hash().equals(hash)) {
      throw new IdempotencyConflict(HttpStatus.UNPROCESSABLE_ENTITY,
          "This Idempotency-Key was used for a different request; use a new key for a new complaint.");
    }
    return new Outcome(rows.get(0).reference(), true);
  }

  private static String sha256(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java has SHA-256", e);
    }
  }

  /** A key that cannot be honoured: reused for another body, or its first request still running. */
  static class IdempotencyConflict extends RuntimeException {
    private final HttpStatus status;

    IdempotencyConflict(HttpStatus status, String detail) {
      super(detail);
      this.status = status;
    }

    HttpStatus status() {
      return status;
    }
  }
}
