package eu.complaintdesk.communication;

import jakarta.mail.BodyPart;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a customer's mail program sees of a mail that GreenMail received: recipient, subject, the
 * plain text and HTML versions, the MIME structure and the language the mail declares
 * ({@code Content-Language}; null without the header).
 */
public record ReceivedMail(InternetAddress recipient, String from, String subject, String text,
    String html, List<String> contentTypes, String contentLanguage) {

  public static ReceivedMail of(MimeMessage message) {
    try {
      List<String> types = new ArrayList<>();
      List<Part> leaves = new ArrayList<>();
      collect(message, types, leaves);
      return new ReceivedMail((InternetAddress) message.getRecipients(RecipientType.TO)[0],
          message.getFrom()[0].toString(), message.getSubject(), body(leaves, "text/plain"),
          body(leaves, "text/html"), types, message.getHeader("Content-Language", ","));
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException("Cannot read the received mail", e);
    }
  }

  /** Both versions of the body, for assertions that must hold in each. */
  List<String> bodies() {
    return List.of(text, html);
  }

  private static void collect(Part part, List<String> types, List<Part> leaves)
      throws MessagingException, IOException {
    types.add(part.getContentType().toLowerCase().replaceAll("\\s+", " "));
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        collect(child, types, leaves);
      }
    } else {
      leaves.add(part);
    }
  }

  private static String body(List<Part> leaves, String type)
      throws MessagingException, IOException {
    for (Part leaf : leaves) {
      if (leaf.isMimeType(type)) {
        return (String) leaf.getContent();
      }
    }
    return null;
  }
}
