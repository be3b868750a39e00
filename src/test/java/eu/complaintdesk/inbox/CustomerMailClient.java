package eu.complaintdesk.inbox;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import eu.complaintdesk.communication.ReceivedMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * What an ordinary mail client writes when the customer presses <em>Reply</em> on a mail of ours:
 * "Re:" and the subject, In-Reply-To our Message-ID, References our References and our Message-ID,
 * the new text above an attribution line and the quoted mail, all in the charset the client uses
 * for the language.
 */
final class CustomerMailClient {

  private final String address;
  private final String charset;
  private final GreenMail server;

  CustomerMailClient(String address, String charset, GreenMail server) {
    this.address = address;
    this.charset = charset;
    this.server = server;
  }

  /** The mail of that kind about the complaint in the customer's mailbox (its Message-ID names both). */
  MimeMessage received(String reference, String kind) {
    String prefix = "<" + reference + "." + kind + ".";
    return await().atMost(Duration.ofSeconds(10)).until(() -> Arrays.stream(
        server.getReceivedMessagesForDomain(address)).filter(mail -> messageId(mail).startsWith(prefix))
        .findFirst().orElse(null), Objects::nonNull);
  }

  /** The reply to the mail of that kind the customer received about the complaint. */
  MimeMessage replyTo(String reference, String kind, String newText, String attribution) throws MessagingException {
    return reply(received(reference, kind), newText, attribution);
  }

  /** A first mail, with no reference and no thread. */
  MimeMessage write(String subject, String text) throws Exception {
    return TestMails.text(address, subject, text, charset, null);
  }

  /** The reply to {@code received}, its text quoted below {@code attribution}. */
  MimeMessage reply(MimeMessage received, String newText, String attribution) throws MessagingException {
    String receivedText = ReceivedMail.of(received).text();
    MimeMessage reply = new MimeMessage(Session.getInstance(new Properties()));
    reply.setFrom(new InternetAddress(address));
    reply.setRecipient(Message.RecipientType.TO, new InternetAddress(ComplaintsMailbox.ADDRESS));
    reply.setSubject("Re: " + received.getSubject(), charset);
    String ours = received.getMessageID();
    String references = received.getHeader("References", " ");
    reply.setHeader("In-Reply-To", ours);
    reply.setHeader("References", references == null ? ours : references + " " + ours);
    String quoted = receivedText.lines().map(line -> line.isEmpty() ? ">" : "> " + line)
        .collect(Collectors.joining("\n"));
    reply.setText(newText + "\n\n" + attribution + "\n" + quoted + "\n", charset);
    reply.saveChanges();
    return reply;
  }

  private static String messageId(MimeMessage mail) {
    try {
      return String.valueOf(mail.getMessageID());
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
