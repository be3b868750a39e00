package eu.complaintdesk.inbox;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
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

  CustomerMailClient(String address, String charset) {
    this.address = address;
    this.charset = charset;
  }

  /** A first mail, with no reference and no thread. */
  MimeMessage write(String subject, String text) throws Exception {
    return TestMails.text(address, subject, text, charset, null);
  }

  /** The reply to {@code received}, whose plain text is {@code receivedText}. */
  MimeMessage reply(MimeMessage received, String receivedText, String newText, String attribution)
      throws MessagingException {
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
}
