package eu.complaintdesk.inbox;

import jakarta.mail.MessagingException;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inbox's part of the retention period: its record of the mails it dealt with follows the
 * engine's history of their complaints (a row goes once its complaint's history is gone; a row of a
 * mail that belongs to no complaint, such as a quarantined one, once it is older than the period),
 * and the copies filed in the processed and quarantine folders go once they arrived before the
 * cutoff (IMAP compares whole days).
 */
public class InboxRetention {

  private static final Logger LOG = LoggerFactory.getLogger(InboxRetention.class);

  private final ProcessedMails processed;
  private final InboxPoller mailbox;

  InboxRetention(ProcessedMails processed, InboxPoller mailbox) {
    this.processed = processed;
    this.mailbox = mailbox;
  }

  /** What was deleted: rows of {@code inbox_mail}, mails in the folders. */
  public record Cleaned(int rows, int storedMails) {
  }

  public Cleaned clean(Instant cutoff) {
    int rows = processed.deleteExpired(cutoff);
    int mails = 0;
    try {
      mails = mailbox.deleteFiledBefore(cutoff);
    } catch (MessagingException e) {
      // The next run deletes them: nothing is lost by waiting a day, and the rest is done.
      LOG.warn("Retention: the mailbox could not be cleaned now ({}); the next run tries again", e.getMessage());
    }
    return new Cleaned(rows, mails);
  }
}
