package eu.complaintdesk.inbox;

import static eu.complaintdesk.ProcessConstants.CHANNEL_EMAIL;
import static eu.complaintdesk.ProcessConstants.VAR_CHANNEL;
import static eu.complaintdesk.ProcessConstants.VAR_COMPLAINT_TYPE;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_EMAIL;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_LANGUAGE;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_NAME;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_TIER;
import static eu.complaintdesk.ProcessConstants.VAR_FOLLOWS_COMPLAINT;
import static eu.complaintdesk.ProcessConstants.VAR_SEVERITY;
import static eu.complaintdesk.ProcessConstants.VAR_SUMMARY;

import eu.complaintdesk.communication.CommunicationLog;
import eu.complaintdesk.complaint.ComplaintRefused;
import eu.complaintdesk.complaint.Complaints;
import java.util.HashMap;
import java.util.Map;

/**
 * A mail that names no complaint opens one, through the one door {@code complaint/Complaints}: the
 * sender is the customer, the subject and the new text are the summary, the language is recognised
 * from the text. Type, severity and tier are the middle values an agent corrects while listening;
 * the triage and the acknowledgement follow as for any complaint. A mail the intake refuses (no
 * sender, too short a text) goes to the quarantine with the intake's reasons.
 */
class NewComplaintsByMail {

  /** The kind of the log entry for the mail that opened a complaint. */
  static final String LOG_KIND = "complaintByMail";

  private final Complaints complaints;
  private final CommunicationLog log;

  NewComplaintsByMail(Complaints complaints, CommunicationLog log) {
    this.complaints = complaints;
    this.log = log;
  }

  /** Opens the complaint and answers its reference. */
  String open(InboundMail mail) {
    return open(mail, null);
  }

  /**
   * Opens a complaint that follows up the ended complaint {@code follows} (null for none): the mail
   * answers one of ours after the reopen period, so the customer's new concern is a new complaint,
   * and the agent finds the old one named on it.
   */
  String open(InboundMail mail, String follows) {
    if (mail.fromAddress() == null) {
      throw new MailRefused("it names no complaint and has no sender to open one for");
    }
    String text = ReplyText.newPart(mail.text());
    String summary = InboundMails.cut(mail.subject().isBlank() ? text : mail.subject() + "\n\n" + text);
    Map<String, Object> complaint = new HashMap<>();
    complaint.put(VAR_CUSTOMER_NAME, name(mail));
    complaint.put(VAR_CUSTOMER_EMAIL, mail.fromAddress());
    String language = Languages.of(mail.subject() + "\n" + text);
    complaint.put(VAR_CUSTOMER_LANGUAGE, language);
    complaint.put(VAR_CHANNEL, CHANNEL_EMAIL);
    complaint.put(VAR_COMPLAINT_TYPE, "other");
    complaint.put(VAR_SEVERITY, "medium");
    complaint.put(VAR_CUSTOMER_TIER, "standard");
    complaint.put(VAR_SUMMARY, summary);
    if (follows != null) {
      complaint.put(VAR_FOLLOWS_COMPLAINT, follows);
    }
    try {
      String reference = complaints.start(complaint);
      log.mailReceived(reference, LOG_KIND, mail.fromAddress(), mail.subject(), language, mail.messageId());
      return reference;
    } catch (ComplaintRefused refused) {
      throw new MailRefused("it names no complaint and cannot open one: " + refused.getMessage());
    }
  }

  /** The sender's display name, else the part of the address before the @. */
  private static String name(InboundMail mail) {
    String name = mail.fromName() == null ? "" : mail.fromName().strip().replaceAll("\\s+", " ");
    if (name.length() >= 2 && name.length() <= 200) {
      return name;
    }
    String local = mail.fromAddress().substring(0, Math.max(0, mail.fromAddress().indexOf('@')));
    return local.length() >= 2 ? local : mail.fromAddress();
  }
}
