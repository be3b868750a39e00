package eu.complaintdesk.inbox;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;

/** Mails as customers' mail programs write them, for the inbox tests. */
final class TestMails {

  private TestMails() {
  }

  /** A plain-text mail in a charset, optionally answering one of our Message-IDs. */
  static MimeMessage text(String from, String subject, String text, String charset, String inReplyTo)
      throws Exception {
    MimeMessage mail = base(from, subject, inReplyTo);
    mail.setText(text, charset);
    mail.saveChanges();
    return mail;
  }

  /** An HTML-only mail in a charset. */
  static MimeMessage html(String from, String subject, String html, String charset, String inReplyTo)
      throws Exception {
    MimeMessage mail = base(from, subject, inReplyTo);
    mail.setContent(html, "text/html; charset=" + charset);
    mail.saveChanges();
    return mail;
  }

  private static MimeMessage base(String from, String subject, String inReplyTo) throws Exception {
    MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()));
    mail.setFrom(new InternetAddress(from));
    mail.setRecipient(Message.RecipientType.TO, new InternetAddress(ComplaintsMailbox.ADDRESS));
    mail.setSubject(subject, "UTF-8");
    if (inReplyTo != null) {
      mail.setHeader("In-Reply-To", inReplyTo);
      mail.setHeader("References", inReplyTo);
    }
    return mail;
  }
}
