package eu.complaintdesk.communication;

import static eu.complaintdesk.ProcessConstants.VAR_FINAL_RESPONSE_DUE;
import static eu.complaintdesk.ProcessConstants.VAR_HOLDING_REASON;

import java.util.List;
import org.springframework.stereotype.Component;

/** Tells the customer we are not finished yet, until when, and their right to escalate. */
@Component
class SendHoldingReplyEmailDelegate extends CustomerMailDelegate {

  SendHoldingReplyEmailDelegate(CustomerMailer mailer) {
    super(mailer, MailKind.HOLDING_REPLY,
        List.of(VAR_FINAL_RESPONSE_DUE),
        List.of(VAR_HOLDING_REASON));
  }
}
