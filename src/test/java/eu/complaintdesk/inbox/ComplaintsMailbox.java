package eu.complaintdesk.inbox;

import com.icegreen.greenmail.imap.AuthorizationException;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import eu.complaintdesk.ProcessConstants;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import org.camunda.bpm.engine.RuntimeService;

/**
 * The complaints mailbox of the embedded GreenMail server, as a test sees it: mails put straight
 * into its inbox (any MIME, malformed included, as a real server accepts it) and the contents of its
 * folders.
 */
final class ComplaintsMailbox {

  static final String ADDRESS = "complaints@complaint-desk.local";

  private final GreenMail server;

  ComplaintsMailbox(GreenMail server) {
    this.server = server;
  }

  /** Empties every folder, so that a test sees only its own mails. */
  void empty() {
    for (String folder : List.of("INBOX", "Processed", "Quarantine")) {
      MailFolder found = folder(folder);
      if (found != null) {
        found.deleteAllMessages();
      }
    }
  }

  /**
   * Ends the complaints that mails of senders at {@code senderDomain} opened, and every quarantined
   * mail's task, so that they do not crowd the task lists other tests of the shared context read.
   */
  static void endWhatMailsStarted(RuntimeService runtimeService, String senderDomain) {
    runtimeService.createProcessInstanceQuery().variableValueLike(ProcessConstants.VAR_CUSTOMER_EMAIL, "%@" + senderDomain)
        .list().forEach(complaint -> runtimeService.deleteProcessInstance(complaint.getId(), "test over"));
    runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessConstants.PROCESS_QUARANTINED_MAIL)
        .list().forEach(mail -> runtimeService.deleteProcessInstance(mail.getId(), "test over"));
  }

  void deliver(MimeMessage mail) {
    user().deliver(mail);
  }

  /** A mail exactly as written (headers, blank line, body), with CRLF line ends. */
  void deliverRaw(String raw) {
    try {
      deliver(new MimeMessage(Session.getInstance(new Properties()),
          new ByteArrayInputStream(raw.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8))));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A mail already filed in a folder (made when missing), as having arrived at {@code received}. */
  void file(String folder, MimeMessage mail, Date received) {
    MailFolder found = folder(folder);
    try {
      if (found == null) {
        found = server.getManagers().getImapHostManager().createMailbox(user(), folder);
      }
    } catch (FolderException | AuthorizationException e) {
      throw new IllegalStateException(e);
    }
    found.appendMessage(mail, new Flags(Flags.Flag.SEEN), received);
  }

  /** The subjects of the mails in a folder (none when it does not exist yet). */
  List<String> subjects(String folder) {
    MailFolder found = folder(folder);
    return found == null ? List.of() : found.getNonDeletedMessages().stream().map(ComplaintsMailbox::subject).toList();
  }

  private static String subject(StoredMessage message) {
    try {
      return message.getMimeMessage().getSubject();
    } catch (MessagingException e) {
      return "(unreadable)";
    }
  }

  private MailFolder folder(String name) {
    ImapHostManager imap = server.getManagers().getImapHostManager();
    try {
      return "INBOX".equals(name) ? imap.getInbox(user()) : imap.getFolder(user(), name);
    } catch (FolderException e) {
      return null;
    }
  }

  /**
   * The complaints mailbox's user, made again when another test of the shared context restarted
   * the server (a mail outage): a restarted GreenMail forgets its users until they log in.
   */
  private GreenMailUser user() {
    GreenMailUser user = server.getUserManager().getUserByEmail(ADDRESS);
    return user != null ? user : server.setUser(ADDRESS, ADDRESS, "complaints");
  }
}
