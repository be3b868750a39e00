package eu.complaintdesk.communication;

import static eu.complaintdesk.ProcessConstants.VAR_REDRESS;

import eu.complaintdesk.complaint.FinalResponseProperties;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Closes a complaint resolved within three business days with a short summary of what we did;
 * it still says where the customer may turn if not satisfied, and carries the reopen link.
 */
@Component
class SendSummaryResolutionEmailDelegate extends ReopenableMailDelegate {

  SendSummaryResolutionEmailDelegate(CustomerMailer mailer, ReopenOffer reopen, FinalResponseProperties finalResponse) {
    super(mailer, reopen, MailKind.SUMMARY_RESOLUTION, List.of(VAR_REDRESS), List.of(),
        ReferralRights.of(finalResponse));
  }
}
