package eu.complaintdesk.inbox;

import jakarta.mail.MessagingException;
import java.time.Instant;
import java.util.Collection;
import java.util.function.UnaryOperator;
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

  /**
   * The erasure of a person's data: the inbox's records of their mails (by the complaints'
   * references or the sender) keep only that a mail came and what it did, and the copies of their
   * mails in the processed and quarantine folders are deleted (a stored mail cannot be changed).
   *
   * @return the records changed and the mails deleted, together
   */
  public int erase(Collection<String> references, Collection<String> senders, UnaryOperator<String> mask,
      String placeholder) {
    int changed = processed.erase(references, senders, mask, placeholder);
    try {
      changed += mailbox.deleteFiled(references, senders);
    } catch (MessagingException e) {
      throw new IllegalStateException("The mailbox cannot be reached to delete the person's mails (" + e.getMessage()
          + "); the erasure is tried again", e);
    }
    return changed;
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
