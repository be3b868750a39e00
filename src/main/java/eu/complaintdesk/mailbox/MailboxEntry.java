package eu.complaintdesk.mailbox;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One mail the embedded SMTP server received, read the way a mail program shows it: headers worth
 * seeing, the plain text and the HTML part. {@code number} is its place in the order of arrival
 * (from 1), which is all the mailbox needs as an address while the application runs. Methods the
 * templates call are public: the expression language reads public methods only.
 */
record MailboxEntry(int number, ZonedDateTime sent, String from, String to, String subject, String language,
    String messageId, String text, String html, boolean staff) {

  /** Web addresses in the plain text; only http(s), so a link we render can never be {@code javascript:}. */
  private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

  static MailboxEntry of(int number, MimeMessage message, ZoneId zone, boolean staff) {
    try {
      ZonedDateTime sent = message.getSentDate() == null ? null : message.getSentDate().toInstant().atZone(zone);
      return new MailboxEntry(number, sent, addresses(message.getFrom()),
          addresses(message.getRecipients(RecipientType.TO)), message.getSubject(),
          message.getHeader("Content-Language", ","), message.getMessageID(),
          part(message, "text/plain"), part(message, "text/html"), staff);
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException("Cannot read mail " + number + " of the embedded mailbox", e);
    }
  }

  /**
   * The HTML part for a sandboxed frame's {@code srcdoc}: links open a new tab, as in a mail
   * program, rather than the page inside the frame, where the sandbox would hold it.
   */
  public String htmlForFrame() {
    return html == null ? null : "<base target=\"_blank\">" + html;
  }

  /** The links in the plain text, to click when the HTML part is missing or hard to read. */
  public List<String> links() {
    return text == null ? List.of() : LINK.matcher(text).results().map(m -> m.group()).distinct().toList();
  }

  /** The recipients' bare addresses, for telling staff notices from customer mails. */
  static List<String> recipientAddresses(MimeMessage message) throws MessagingException {
    return message.getRecipients(RecipientType.TO) == null ? List.of()
        : Arrays.stream(message.getRecipients(RecipientType.TO)).map(a -> ((InternetAddress) a).getAddress()).toList();
  }

  /**
   * The addresses as a mail program shows them: {@code Špela Žagar <spela@example.si>}, not the
   * encoded header ({@code =?UTF-8?Q?=C5=A0pela...?=}) that {@code toString} gives, nor the quotes
   * that {@code toUnicodeString} puts around any name beyond ASCII.
   */
  private static String addresses(jakarta.mail.Address[] addresses) {
    return addresses == null ? "" : Arrays.stream(addresses)
        .map(address -> address instanceof InternetAddress internet && internet.getPersonal() != null
            ? internet.getPersonal() + " <" + internet.getAddress() + ">" : address.toString())
        .collect(Collectors.joining(", "));
  }

  /** The first leaf of the MIME tree with this type, or null. */
  private static String part(Part part, String type) throws MessagingException, IOException {
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        String found = part(multipart.getBodyPart(i), type);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    return part.isMimeType(type) && part.getContent() instanceof String body ? body : null;
  }
}
