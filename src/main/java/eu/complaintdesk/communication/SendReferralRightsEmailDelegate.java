package eu.complaintdesk.communication;

import static eu.complaintdesk.ProcessConstants.VAR_FINAL_RESPONSE_DUE;

import eu.complaintdesk.complaint.FinalResponseProperties;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The final-response limit has passed without our final response: the customer may now refer the
 * complaint to the dispute resolution body without waiting for us (FCA DISP 1.6).
 */
@Component
class SendReferralRightsEmailDelegate extends CustomerMailDelegate {

  SendReferralRightsEmailDelegate(CustomerMailer mailer, FinalResponseProperties finalResponse) {
    super(mailer, MailKind.REFERRAL_RIGHTS, List.of(VAR_FINAL_RESPONSE_DUE), List.of(),
        ReferralRights.of(finalResponse));
  }
}
