package eu.complaintdesk.communication;

import static eu.complaintdesk.ProcessConstants.VAR_FINAL_RESPONSE_DUE;
import static eu.complaintdesk.ProcessConstants.VAR_HOLDING_REASON;

import eu.complaintdesk.complaint.FinalResponseProperties;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Tells the customer we are not finished yet, until when, and their right to escalate to the
 * dispute resolution body of the configuration.
 */
@Component
class SendHoldingReplyEmailDelegate extends CustomerMailDelegate {

  SendHoldingReplyEmailDelegate(CustomerMailer mailer, FinalResponseProperties finalResponse) {
    super(mailer, MailKind.HOLDING_REPLY,
        List.of(VAR_FINAL_RESPONSE_DUE),
        List.of(VAR_HOLDING_REASON), ReferralRights.of(finalResponse));
  }
}
