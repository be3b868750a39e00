package eu.complaintdesk.mailbox;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The mailbox's Reply button: sends a reply as the customer to a mail the desk sent them, the way a
 * mail program writes one (Re: subject, In-Reply-To and References, the original quoted below an
 * "On … wrote:" line), over the embedded SMTP server to the desk's reply address, where the inbox
 * reads it. So a newcomer plays the customer's whole part in a browser.
 */
@Component
@ConditionalOnProperty(name = "complaint-desk.mail.embedded-server", havingValue = "true")
class CustomerReplies {

  /** The engine keeps texts of up to 4,000 characters; a reply longer than that is refused. */
  static final int TEXT_LIMIT = 4000;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE, d MMM yyyy 'at' HH:mm", Locale.ENGLISH);

  private final JavaMailSender sender;

  CustomerReplies(JavaMailSender sender) {
    this.sender = sender;
  }

  void reply(MimeMessage original, MailboxEntry entry, String text) throws MessagingException {
    MimeMessage reply = sender.createMimeMessage();
    InternetAddress customer = (InternetAddress) original.getRecipients(RecipientType.TO)[0];
    reply.setFrom(customer);
    reply.setRecipients(RecipientType.TO, original.getReplyTo());
    String subject = entry.subject() == null ? "" : entry.subject();
    reply.setSubject(subject.regionMatches(true, 0, "Re:", 0, 3) ? subject : "Re: " + subject, "UTF-8");
    if (entry.messageId() != null) {
      String references = original.getHeader("References", " ");
      reply.setHeader("In-Reply-To", entry.messageId());
      reply.setHeader("References", references == null ? entry.messageId() : references + " " + entry.messageId());
    }
    String when = entry.sent() == null ? "" : entry.sent().format(WHEN) + ", ";
    String quoted = entry.text() == null ? "" : entry.text().lines().map(line -> line.isEmpty() ? ">" : "> " + line)
        .collect(Collectors.joining("\n"));
    reply.setText(text.strip() + "\n\nOn " + when + entry.from() + " wrote:\n" + quoted + "\n",
        StandardCharsets.UTF_8.name());
    sender.send(reply);
  }
}
