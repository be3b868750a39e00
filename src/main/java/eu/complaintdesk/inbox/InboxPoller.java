package eu.complaintdesk.inbox;

import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Flags.Flag;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.search.ComparisonTerm;
import jakarta.mail.search.ReceivedDateTerm;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the complaints mailbox once through: each mail is read within limits, claimed in
 * {@link ProcessedMails} in the same transaction as its effect, then flagged as seen and moved to
 * the processed folder, or to the quarantine when it cannot be processed (shown to managers by
 * {@link QuarantinedMails}), and counted in {@link InboxCounters} once committed. One mail's failure never stops the others. Plain Jakarta Mail over
 * IMAP: copy and delete rather than MOVE, which not every server speaks.
 */
class InboxPoller {

  private static final Logger LOG = LoggerFactory.getLogger(InboxPoller.class);

  /** What became of a mail in this poll. */
  enum Filed { PROCESSED, QUARANTINED, ALREADY_DONE }

  /** The mail's key and what became of it. */
  record Dealt(String key, Filed filed) {
  }

  private final InboxProperties settings;
  private final MailReader reader;
  private final ProcessedMails processed;
  private final InboundMails effects;
  private final QuarantinedMails quarantine;
  private final TransactionTemplate transaction;
  private final InboxCounters counters;

  InboxPoller(InboxProperties settings, ProcessedMails processed, InboundMails effects, QuarantinedMails quarantine,
      TransactionTemplate transaction, InboxCounters counters) {
    this.settings = settings;
    this.reader = new MailReader(settings);
    this.processed = processed;
    this.effects = effects;
    this.quarantine = quarantine;
    this.transaction = transaction;
    this.counters = counters;
  }

  /** Deals with every mail in the folder; answers how many this call processed or quarantined. */
  synchronized int poll() throws MessagingException {
    int dealtWith = 0;
    Store store = connect();
    try {
      Folder inbox = store.getFolder(settings.folder());
      inbox.open(Folder.READ_WRITE);
      Folder done = existing(store, settings.processedFolder());
      Folder quarantined = existing(store, settings.quarantineFolder());
      try {
        for (Message message : inbox.getMessages()) {
          if (message.isExpunged() || message.isSet(Flag.DELETED)) {
            continue;
          }
          Dealt dealt = deal(message);
          dealtWith += dealt.filed() == Filed.ALREADY_DONE ? 0 : 1;
          boolean toQuarantine = InboxCounters.QUARANTINED.equals(processed.outcome(dealt.key()));
          file(dealt.key(), message, inbox, toQuarantine ? quarantined : done);
        }
      } finally {
        inbox.close(true);
      }
    } finally {
      store.close();
    }
    return dealtWith;
  }

  /**
   * Deletes the mails in the processed and quarantine folders that arrived before the cutoff (the
   * retention period; IMAP's search compares whole days); answers how many.
   */
  synchronized int deleteFiledBefore(Instant cutoff) throws MessagingException {
    return deleteFiled(folder -> folder.search(new ReceivedDateTerm(ComparisonTerm.LT, Date.from(cutoff))));
  }

  /**
   * Deletes the mails in the processed and quarantine folders from any of the senders or about any
   * of the references (in the subject); answers how many. Matched here rather than by the server's
   * search, which not every server speaks for senders and subjects alike.
   */
  synchronized int deleteFiled(Collection<String> references, Collection<String> senders) throws MessagingException {
    Set<String> people = senders.stream().map(sender -> sender.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    return deleteFiled(folder -> Arrays.stream(folder.getMessages()).filter(message -> {
      try {
        String subject = message.getSubject();
        Address[] from = message.getFrom();
        return subject != null && references.stream().anyMatch(subject::contains) || from != null && Arrays.stream(from)
            .anyMatch(address -> address instanceof InternetAddress internet && internet.getAddress() != null
                && people.contains(internet.getAddress().toLowerCase(Locale.ROOT)));
      } catch (MessagingException unreadable) {
        return false;
      }
    }).toArray(Message[]::new));
  }

  /** Which mails of a folder to delete. */
  @FunctionalInterface
  private interface Selection {
    Message[] of(Folder folder) throws MessagingException;
  }

  private int deleteFiled(Selection which) throws MessagingException {
    int deleted = 0;
    Store store = connect();
    try {
      for (String name : List.of(settings.processedFolder(), settings.quarantineFolder())) {
        Folder folder = store.getFolder(name);
        if (!folder.exists()) {
          continue;
        }
        folder.open(Folder.READ_WRITE);
        try {
          Message[] found = which.of(folder);
          folder.setFlags(found, new Flags(Flag.DELETED), true);
          deleted += found.length;
        } finally {
          folder.close(true);
        }
      }
    } finally {
      store.close();
    }
    return deleted;
  }

  private Store connect() throws MessagingException {
    Store store = Session.getInstance(sessionProperties()).getStore(settings.protocol());
    store.connect(settings.host(), settings.port(), settings.user(), settings.password());
    return store;
  }

  /** The effect of one mail, or its quarantine; never throws. */
  Dealt deal(Message message) {
    InboundMail mail;
    try {
      mail = reader.read(message);
    } catch (MailUnreadable unreadable) {
      return quarantine(Headline.of(message), unreadable.getMessage(), unreadable);
    }
    try {
      String done = transaction.execute(status -> {
        if (!processed.claim(mail.key(), mail.messageId(), mail.fromAddress(), mail.subject())) {
          return null;
        }
        InboundMails.Outcome outcome = effects.handle(mail);
        processed.record(mail.key(), outcome.kind(), outcome.reference(), null);
        LOG.info("Inbox: mail {} from {} ({}): {} {}", mail.messageId(), mail.fromAddress(), mail.subject(),
            outcome.kind(), outcome.reference() == null ? "" : outcome.reference());
        return outcome.kind();
      });
      if (done == null) {
        return new Dealt(mail.key(), Filed.ALREADY_DONE);
      }
      counters.dealtWith(done);
      return new Dealt(mail.key(), Filed.PROCESSED);
    } catch (RuntimeException failed) {
      return quarantine(new Headline(mail.key(), mail.messageId(), mail.fromAddress(), mail.subject()),
          failed instanceof MailRefused ? failed.getMessage() : "its effect failed: " + failed.getMessage(), failed);
    }
  }

  private Dealt quarantine(Headline mail, String reason, Exception cause) {
    LOG.warn("Inbox: mail {} from {} ({}) goes to {}: {}", mail.messageId(), mail.from(), mail.subject(),
        settings.quarantineFolder(), reason, cause.getCause() == null ? null : cause);
    Boolean done = transaction.execute(status -> {
      if (!processed.claim(mail.key(), mail.messageId(), mail.from(), mail.subject())) {
        return false;
      }
      quarantine.show(mail, reason, settings.quarantineFolder());
      processed.record(mail.key(), InboxCounters.QUARANTINED, null, reason);
      return true;
    });
    if (!Boolean.TRUE.equals(done)) {
      return new Dealt(mail.key(), Filed.ALREADY_DONE);
    }
    counters.dealtWith(InboxCounters.QUARANTINED);
    return new Dealt(mail.key(), Filed.QUARANTINED);
  }

  /**
   * Seen, copied to its folder by the one node that takes the filing, deleted here (expunged when
   * the folder closes) by every node that read it.
   */
  private void file(String key, Message message, Folder from, Folder to) {
    try {
      transaction.executeWithoutResult(status -> {
        try {
          if (processed.takeFiling(key)) {
            message.setFlag(Flag.SEEN, true);
            from.copyMessages(new Message[] {message}, to);
          }
          message.setFlag(Flag.DELETED, true);
        } catch (MessagingException e) {
          throw new IllegalStateException(e.getMessage(), e);
        }
      });
    } catch (RuntimeException e) {
      // The server refused, or another node expunged it first: the table knows the mail is dealt
      // with, so the next poll moves it without a second effect.
      LOG.info("Inbox: could not move mail {} to {} now: {}", key, to.getName(), e.getMessage());
    }
  }

  private static Folder existing(Store store, String name) throws MessagingException {
    Folder folder = store.getFolder(name);
    if (!folder.exists() && !folder.create(Folder.HOLDS_MESSAGES) && !folder.exists()) {
      throw new MessagingException("Cannot create the folder " + name);
    }
    return folder;
  }

  private Properties sessionProperties() {
    Properties properties = new Properties();
    String prefix = "mail." + settings.protocol() + ".";
    properties.put(prefix + "connectiontimeout", "10000");
    properties.put(prefix + "timeout", "30000");
    properties.put(prefix + "writetimeout", "30000");
    return properties;
  }
}
