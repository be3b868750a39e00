package eu.complaintdesk.inbox;

import static eu.complaintdesk.ProcessConstants.CHANNEL_EMAIL;
import static eu.complaintdesk.ProcessConstants.VAR_CHANNEL;
import static eu.complaintdesk.ProcessConstants.VAR_COMPLAINT_TYPE;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_EMAIL;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_LANGUAGE;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_NAME;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_TIER;
import static eu.complaintdesk.ProcessConstants.VAR_SEVERITY;
import static eu.complaintdesk.ProcessConstants.VAR_SUMMARY;

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

  private final Complaints complaints;

  NewComplaintsByMail(Complaints complaints) {
    this.complaints = complaints;
  }

  /** Opens the complaint and answers its reference. */
  String open(InboundMail mail) {
    if (mail.fromAddress() == null) {
      throw new MailRefused("it names no complaint and has no sender to open one for");
    }
    String text = ReplyText.newPart(mail.text());
    String summary = InboundMails.cut(mail.subject().isBlank() ? text : mail.subject() + "\n\n" + text);
    Map<String, Object> complaint = new HashMap<>();
    complaint.put(VAR_CUSTOMER_NAME, name(mail));
    complaint.put(VAR_CUSTOMER_EMAIL, mail.fromAddress());
    complaint.put(VAR_CUSTOMER_LANGUAGE, Languages.of(mail.subject() + "\n" + text));
    complaint.put(VAR_CHANNEL, CHANNEL_EMAIL);
    complaint.put(VAR_COMPLAINT_TYPE, "other");
    complaint.put(VAR_SEVERITY, "medium");
    complaint.put(VAR_CUSTOMER_TIER, "standard");
    complaint.put(VAR_SUMMARY, summary);
    try {
      return complaints.start(complaint);
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
