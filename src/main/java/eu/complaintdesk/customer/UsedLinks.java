package eu.complaintdesk.customer;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Remembers the tokens whose answer was accepted, so that a link answers once: a second click on
 * a score in an old mail, or a link that leaked, changes nothing. Recorded in the caller's
 * transaction, before the answer is delivered: a refused answer rolls the mark back, and of two
 * concurrent clicks the primary key lets one through. The table is ours, created at start-up like
 * the reference sequence (H2 and PostgreSQL alike); rows are tiny, and {@link Housekeeping} deletes
 * them once their tokens have expired.
 */
@Component
class UsedLinks {

  static final String TABLE = "customer_link_used";

  private final JdbcTemplate jdbc;

  UsedLinks(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
    jdbc.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (token_id VARCHAR(32) NOT NULL PRIMARY KEY,"
        + " reference VARCHAR(32) NOT NULL, purpose VARCHAR(16) NOT NULL, used_at TIMESTAMP NOT NULL)");
    // Added after the first release: rows from before it have none, and expire by used_at (below).
    jdbc.execute("ALTER TABLE " + TABLE + " ADD COLUMN IF NOT EXISTS expires_at TIMESTAMP");
  }

  /**
   * Forgets the rows of tokens that have expired: an expired token is refused as expired before its
   * use is even looked up, so its row protects nothing any more. A row without expiry (written before
   * the column existed) expired at the latest {@code validity} after its use. A plain conditional
   * DELETE: two nodes running it at once delete the same rows, and neither fails.
   *
   * @return how many rows were deleted
   */
  int purgeExpired(Instant now, Duration validity) {
    return jdbc.update("DELETE FROM " + TABLE + " WHERE expires_at <= ? OR (expires_at IS NULL AND used_at < ?)",
        Timestamp.from(now), Timestamp.from(now.minus(validity)));
  }

  /** Whether this token's answer was accepted before (the page says so before asking again). */
  boolean isUsed(SignedLink link) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + TABLE + " WHERE token_id = ?", Integer.class, link.id()) > 0;
  }

  /** @throws LinkRefused {@code USED} when this token's answer was accepted before */
  void markUsed(SignedLink link) {
    try {
      jdbc.update("INSERT INTO " + TABLE + " (token_id, reference, purpose, used_at, expires_at) VALUES (?, ?, ?, ?, ?)",
          link.id(), link.reference(), link.purpose().word(), Timestamp.from(Instant.now()),
          Timestamp.from(link.expiresAt()));
    } catch (DuplicateKeyException used) {
      throw new LinkRefused(LinkRefused.Reason.USED, "this link was already used");
    }
  }
}
