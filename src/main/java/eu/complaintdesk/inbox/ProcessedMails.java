package eu.complaintdesk.inbox;

import eu.complaintdesk.system.EngineHistory;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The mails the inbox has dealt with, one row per mail key ({@link MailKeys}), written in the same
 * transaction as the mail's effect: of two nodes reading the same mail, the primary key lets one
 * through (the other waits for its commit and then finds the row), and a node that stops after the
 * commit but before moving the mail finds the row when it reads the mail again, and only moves it.
 * The table is ours, created at start-up like the other tables of the desk (H2 and PostgreSQL).
 */
public class ProcessedMails {

  /**
   * What the inbox recorded of one mail it dealt with (not its text: that went into the complaint).
   *
   * @param outcome  what the mail did ({@code newComplaint}, the message of an answer, {@code toAgent:...})
   * @param filedAt  when it was moved out of the inbox folder; null until then
   */
  public record ProcessedMail(String messageId, String sender, String subject, String outcome, String reference,
      String reason, Instant processedAt, Instant filedAt) {
  }

  static final String TABLE = "inbox_mail";

  private final JdbcTemplate jdbc;

  ProcessedMails(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
    jdbc.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (mail_key VARCHAR(80) NOT NULL PRIMARY KEY,"
        + " message_id VARCHAR(1000), sender VARCHAR(320), subject VARCHAR(1000), outcome VARCHAR(32) NOT NULL,"
        + " reference VARCHAR(32), reason VARCHAR(2000), processed_at TIMESTAMP NOT NULL, filed_at TIMESTAMP)");
  }

  /**
   * Deletes the rows of mails whose complaint's history the engine has removed, and of mails that
   * belong to no complaint and were dealt with before the cutoff; answers how many.
   */
  int deleteExpired(Instant cutoff) {
    return jdbc.update("DELETE FROM " + TABLE + " WHERE (reference IS NULL AND processed_at < ?) OR (reference IS NOT NULL"
        + " AND " + EngineHistory.removedFor(TABLE + ".reference") + ")", Timestamp.from(cutoff));
  }

  /** The erasure of a person's data in the records of their mails; answers how many changed. */
  int erase(Collection<String> references, Collection<String> senders, UnaryOperator<String> mask, String placeholder) {
    // Their rows only, found by the database: by reference, or a sender that contains one of their values.
    List<String> conditions = new ArrayList<>();
    List<Object> arguments = new ArrayList<>();
    references.forEach(reference -> {
      conditions.add("reference = ?");
      arguments.add(reference);
    });
    senders.forEach(sender -> {
      conditions.add("LOWER(sender) LIKE ? ESCAPE '\\'");
      arguments.add("%" + sender.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
          .replace("_", "\\_") + "%");
    });
    if (conditions.isEmpty()) {
      return 0;
    }
    List<String[]> rows = jdbc.query("SELECT mail_key, reason FROM " + TABLE + " WHERE " + String.join(" OR ", conditions),
        (rs, n) -> new String[] {rs.getString(1), rs.getString(2)}, arguments.toArray());
    int changed = 0;
    for (String[] row : rows) {
      changed += jdbc.update("UPDATE " + TABLE + " SET sender = ?, subject = ?, reason = ? WHERE mail_key = ?",
          placeholder, placeholder, mask.apply(row[1]), row[0]);
    }
    return changed;
  }

  /**
   * Claims the mail for the caller's transaction.
   *
   * @return false when it was dealt with before (by this node or another)
   */
  boolean claim(String key, String messageId, String sender, String subject) {
    try {
      jdbc.update("INSERT INTO " + TABLE + " (mail_key, message_id, sender, subject, outcome, processed_at)"
          + " VALUES (?, ?, ?, ?, ?, ?)", key, cut(messageId, 1000), cut(sender, 320), cut(subject, 1000),
          "claimed", Timestamp.from(Instant.now()));
      return true;
    } catch (DuplicateKeyException dealtWith) {
      return false;
    }
  }

  /** What became of the claimed mail, in the same transaction. */
  void record(String key, String outcome, String reference, String reason) {
    jdbc.update("UPDATE " + TABLE + " SET outcome = ?, reference = ?, reason = ? WHERE mail_key = ?",
        outcome, reference, cut(reason, 2000), key);
  }

  /**
   * Takes the filing of a dealt-with mail (the move to its folder) for the caller's transaction: true
   * for the one node that moves it, false when another did (or does now: the row lock makes this
   * wait until it commits), which then only deletes its own view of the mail. A node that stops
   * while moving rolls the mark back, and the next poll moves the mail.
   */
  boolean takeFiling(String key) {
    return jdbc.update("UPDATE " + TABLE + " SET filed_at = ? WHERE mail_key = ? AND filed_at IS NULL",
        Timestamp.from(Instant.now()), key) == 1;
  }

  /** The outcome recorded for the mail, or null. */
  String outcome(String key) {
    return jdbc.query("SELECT outcome FROM " + TABLE + " WHERE mail_key = ?",
        rs -> rs.next() ? rs.getString(1) : null, key);
  }

  /** The mails recorded for the complaint, in the order they were dealt with (a subject's export). */
  public List<ProcessedMail> recordedFor(String reference) {
    return jdbc.query("SELECT message_id, sender, subject, outcome, reference, reason, processed_at, filed_at FROM "
        + TABLE + " WHERE reference = ? ORDER BY processed_at, mail_key", (row, number) -> new ProcessedMail(
            row.getString("message_id"), row.getString("sender"), row.getString("subject"), row.getString("outcome"),
            row.getString("reference"), row.getString("reason"), row.getTimestamp("processed_at").toInstant(),
            row.getTimestamp("filed_at") == null ? null : row.getTimestamp("filed_at").toInstant()), reference);
  }

  private static String cut(String value, int length) {
    return value == null || value.length() <= length ? value : value.substring(0, length);
  }
}
