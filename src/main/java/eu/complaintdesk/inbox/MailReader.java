package eu.complaintdesk.inbox;

import eu.complaintdesk.complaint.Attachments;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one mail of the mailbox within limits, so that no mail can stop the inbox: a mail larger
 * than {@code maxMailSize} is not even downloaded, one to a crowd of recipients is a mass mailing,
 * malformed MIME, too deep a nesting, too many or too large attachments and archives (a zip bomb
 * unpacks to gigabytes wherever someone opens it) are refused with a reason for the quarantine.
 * Text parts are decoded by {@link PartText}.
 */
final class MailReader {

  /** Headers that tell an automatic mail (auto-reply, bulk, list) from a person's. */
  static final List<String> KEPT_HEADERS = List.of("auto-submitted", "precedence", "x-autoreply", "x-autorespond",
      "list-id", "list-unsubscribe", "x-auto-response-suppress", "return-path");
  private static final int MAX_DEPTH = 10;
  private static final int MAX_PARTS = 100;
  private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+@[^<>\\s]+>");
  private static final Pattern RETURNED_MESSAGE_ID = Pattern.compile("(?im)^Message-ID:\\s*(<[^<>\\s]+@[^<>\\s]+>)");

  private final InboxProperties limits;

  MailReader(InboxProperties limits) {
    this.limits = limits;
  }

  /** @throws MailUnreadable with the reason, for the quarantine */
  InboundMail read(Message raw) throws MailUnreadable {
    try {
      int size = raw.getSize();
      if (size > limits.maxMailSize().toBytes()) {
        throw new MailUnreadable("the mail is " + megabytes(size) + ", more than the "
            + megabytes(limits.maxMailSize().toBytes()) + " the inbox reads");
      }
      // A local copy: parsed here by Jakarta Mail, whatever the server makes of it.
      MimeMessage mail = raw instanceof MimeMessage mime ? new MimeMessage(mime) : null;
      if (mail == null) {
        throw new MailUnreadable("not a MIME message");
      }
      Address[] recipients = mail.getAllRecipients();
      if (recipients != null && recipients.length > limits.maxRecipients()) {
        throw new MailUnreadable("sent to " + recipients.length + " recipients, more than "
            + limits.maxRecipients() + ": a mass mailing");
      }
      Body body = new Body();
      walk(mail, 0, body);
      InternetAddress from = sender(mail);
      List<String> threadIds = new ArrayList<>(ids(mail.getHeader("In-Reply-To", " ")));
      threadIds.addAll(ids(mail.getHeader("References", " ")));
      threadIds.addAll(body.returnedIds);
      String text = body.text != null ? body.text : body.html != null ? HtmlText.of(body.html) : "";
      return new InboundMail(MailKeys.of(mail), mail.getMessageID(), from == null ? null : from.getAddress(),
          from == null ? null : from.getPersonal(), decodedSubject(mail), threadIds.stream().distinct().toList(),
          text, kept(mail), body.report, List.copyOf(body.attachments));
    } catch (MessagingException | IOException | RuntimeException e) {
      throw new MailUnreadable("malformed MIME: " + e.getMessage(), e);
    }
  }

  private void walk(Part part, int depth, Body body) throws MessagingException, IOException, MailUnreadable {
    if (depth > MAX_DEPTH || ++body.parts > MAX_PARTS) {
      throw new MailUnreadable("more than " + MAX_PARTS + " parts or " + MAX_DEPTH + " levels of nesting");
    }
    if (part.isMimeType("multipart/*")) {
      if (part.isMimeType("multipart/report") && part.getContentType().toLowerCase(Locale.ROOT)
          .contains("delivery-status")) {
        body.report = true;
      }
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        walk(multipart.getBodyPart(i), depth + 1, body);
      }
    } else if (body.report && (part.isMimeType("message/rfc822") || part.isMimeType("text/rfc822-headers"))) {
      Matcher returned = RETURNED_MESSAGE_ID.matcher(new String(bounded(part, "the returned mail"),
          StandardCharsets.UTF_8));
      while (returned.find()) {
        body.returnedIds.add(returned.group(1));
      }
    } else if (part.isMimeType("message/delivery-status")) {
      body.report = true;
    } else if (isAttachment(part)) {
      attach(part, body);
    } else if (part.isMimeType("text/plain") && body.text == null) {
      body.text = PartText.of(part);
    } else if (part.isMimeType("text/html") && body.html == null) {
      body.html = PartText.of(part);
    }
  }

  private static boolean isAttachment(Part part) throws MessagingException {
    return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null
        || !(part.isMimeType("text/*") || part.isMimeType("message/*"));
  }

  private void attach(Part part, Body body) throws MessagingException, IOException, MailUnreadable {
    String name = part.getFileName() == null ? "attachment" : MimeUtility.decodeText(part.getFileName());
    if (body.attachments.size() >= Attachments.MAX_FILES) {
      throw new MailUnreadable("more than " + Attachments.MAX_FILES + " attachments");
    }
    byte[] content = bounded(part, "attachment " + name);
    if (Archives.isArchive(content)) {
      throw new MailUnreadable("attachment " + name + " is an archive (" + part.getContentType().split(";")[0]
          + "); archives are not accepted, a zip bomb unpacks to gigabytes wherever it is opened");
    }
    body.attachments.add(new Attachment(name, content));
  }

  /** The decoded bytes of a part, refused beyond the attachment limit without reading further. */
  private byte[] bounded(Part part, String what) throws MessagingException, IOException, MailUnreadable {
    long limit = Attachments.MAX_BYTES;
    try (InputStream in = part.getInputStream()) {
      byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (content.length > limit) {
        throw new MailUnreadable(what + " is larger than " + megabytes(limit));
      }
      return content;
    }
  }

  private static InternetAddress sender(MimeMessage mail) throws MessagingException {
    Address[] from = mail.getFrom();
    return from != null && from.length > 0 && from[0] instanceof InternetAddress address ? address : null;
  }

  private static String decodedSubject(MimeMessage mail) throws MessagingException {
    String subject = mail.getSubject();
    return subject == null ? "" : subject.strip();
  }

  private static Map<String, String> kept(MimeMessage mail) throws MessagingException {
    Map<String, String> headers = new HashMap<>();
    for (String name : KEPT_HEADERS) {
      String value = mail.getHeader(name, ",");
      if (value != null) {
        headers.put(name, value.strip());
      }
    }
    return headers;
  }

  private static List<String> ids(String header) {
    return header == null ? List.of() : MESSAGE_ID.matcher(header).results().map(java.util.regex.MatchResult::group).toList();
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  /** What the walk through the MIME tree found. */
  private static final class Body {
    int parts;
    boolean report;
    String text;
    String html;
    final List<String> returnedIds = new ArrayList<>();
    final List<Attachment> attachments = new ArrayList<>();
  }
}
