package eu.complaintdesk.communication;

import static eu.complaintdesk.ProcessConstants.VAR_CLOSING_REASON;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Tells the customer the complaint is closed and why, with the link that reopens it within the
 * reopen period; after it, a new complaint quoting the reference is welcome.
 */
@Component
class SendClosingEmailDelegate extends ReopenableMailDelegate {

  SendClosingEmailDelegate(CustomerMailer mailer, ReopenOffer reopen) {
    super(mailer, reopen, MailKind.CLOSING, List.of(), List.of(VAR_CLOSING_REASON), Map.of());
  }
}
