package eu.complaintdesk.inbox;

import java.util.List;
import java.util.Map;

/**
 * One mail from the complaints mailbox, read once and within limits ({@link MailReader}): who sent
 * it, what it answers, its text (HTML-only mails already as text) and its attachments.
 *
 * @param key          what makes the mail once-only: its Message-ID, else a hash of its headers
 * @param messageId    the Message-ID as written, or null
 * @param fromAddress  the sender's bare address, or null when the mail has none
 * @param fromName     the sender's display name, or null
 * @param threadIds    the Message-IDs the mail refers to: In-Reply-To, References, and in a bounce
 *                     those of the mail that came back
 * @param text         the whole text of the mail, quoted history included
 * @param headers      the headers that tell a machine's mail from a person's, by lower-case name
 * @param bounce       a delivery status notification (multipart/report; report-type=delivery-status)
 */
record InboundMail(String key, String messageId, String fromAddress, String fromName, String subject,
    List<String> threadIds, String text, Map<String, String> headers, boolean bounce,
    List<Attachment> attachments) {

  /** A header that {@link MailReader} keeps, or null. */
  String header(String name) {
    return headers.get(name.toLowerCase(java.util.Locale.ROOT));
  }
}
