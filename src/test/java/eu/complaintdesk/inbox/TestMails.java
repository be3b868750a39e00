package eu.complaintdesk.inbox;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Map;
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

  /** A text mail with files, by name, as a mail program attaches them (the type it declares is a guess). */
  static MimeMessage withFiles(String from, String subject, String text, String inReplyTo, Map<String, byte[]> files)
      throws Exception {
    MimeMessage mail = base(from, subject, inReplyTo);
    MimeMultipart mixed = new MimeMultipart("mixed");
    MimeBodyPart body = new MimeBodyPart();
    body.setText(text, "UTF-8");
    mixed.addBodyPart(body);
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      MimeBodyPart part = new MimeBodyPart();
      part.setContent(file.getValue(), "application/octet-stream");
      part.setFileName(file.getKey());
      part.setDisposition(MimeBodyPart.ATTACHMENT);
      mixed.addBodyPart(part);
    }
    mail.setContent(mixed);
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
