package eu.complaintdesk.inbox;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/**
 * A customer's first mail to the complaints mailbox, with files, read by the inbox as it reads every
 * mail: for tests outside the inbox that need a complaint that came by mail (its inbox record, its
 * attachments, the mail as the first entry of its communication log).
 */
public final class MailedComplaints {

  private final ComplaintsMailbox mailbox;
  private final InboxPoller poller;

  public MailedComplaints(ApplicationContext context, GreenMail server) {
    this.mailbox = new ComplaintsMailbox(server);
    this.poller = context.getBean(InboxPoller.class);
  }

  /**
   * Delivers the mail of {@code name <address>} with the files (name to bytes, in the map's order)
   * to an emptied inbox and lets the inbox read it.
   */
  public MimeMessage write(String address, String name, String subject, String text, Map<String, byte[]> files)
      throws Exception {
    MimeMessage mail = TestMails.withFiles(address, subject, text, null, files);
    mail.setFrom(new InternetAddress(address, name, "UTF-8"));
    mail.saveChanges();
    mailbox.empty();
    mailbox.deliver(mail);
    poller.poll();
    return mail;
  }
}
