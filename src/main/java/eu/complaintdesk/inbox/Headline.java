package eu.complaintdesk.inbox;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;

/**
 * What managers see of a quarantined mail, read from its headers alone, each as best it can: a mail
 * that cannot be read as a whole is still named by its sender and subject.
 */
record Headline(String key, String messageId, String from, String subject) {

  static Headline of(Message message) {
    String messageId = header(message, "Message-ID");
    String key;
    try {
      key = MailKeys.of((MimeMessage) message);
    } catch (MessagingException | RuntimeException e) {
      key = "headers:" + MailKeys.sha256(messageId + "|" + header(message, "From") + "|" + header(message, "Date")
          + "|" + header(message, "Subject"));
    }
    return new Headline(key, messageId, decoded(header(message, "From")), decoded(header(message, "Subject")));
  }

  private static String header(Message message, String name) {
    try {
      String[] values = message.getHeader(name);
      return values == null || values.length == 0 ? null : values[0].strip();
    } catch (MessagingException | RuntimeException e) {
      return null;
    }
  }

  private static String decoded(String value) {
    try {
      return value == null ? null : MimeUtility.decodeText(value);
    } catch (UnsupportedEncodingException | RuntimeException e) {
      return value;
    }
  }
}
