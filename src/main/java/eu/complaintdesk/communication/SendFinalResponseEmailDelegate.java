package eu.complaintdesk.communication;

import static eu.complaintdesk.ProcessConstants.VAR_COMPLAINT_OUTCOME;
import static eu.complaintdesk.ProcessConstants.VAR_FINDINGS;
import static eu.complaintdesk.ProcessConstants.VAR_REDRESS;

import eu.complaintdesk.complaint.FinalResponseProperties;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The final response the regulator asks for: what we found, what we did and, where the complaint
 * is not fully upheld, the right to refer it to the dispute resolution body and by when; and the
 * link that reopens it within the reopen period.
 */
@Component
class SendFinalResponseEmailDelegate extends ReopenableMailDelegate {

  SendFinalResponseEmailDelegate(CustomerMailer mailer, ReopenOffer reopen, FinalResponseProperties finalResponse) {
    super(mailer, reopen, MailKind.FINAL_RESPONSE, List.of(VAR_COMPLAINT_OUTCOME, VAR_FINDINGS, VAR_REDRESS),
        List.of(), ReferralRights.of(finalResponse));
  }
}
