package eu.complaintdesk.communication;

import static eu.complaintdesk.ProcessConstants.VAR_REDRESS;

import eu.complaintdesk.complaint.FinalResponseProperties;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Closes a complaint resolved within three business days with a short summary of what we did;
 * it still says where the customer may turn if not satisfied.
 */
@Component
class SendSummaryResolutionEmailDelegate extends CustomerMailDelegate {

  private final ReopenOffer reopen;

  SendSummaryResolutionEmailDelegate(CustomerMailer mailer, ReopenOffer reopen, FinalResponseProperties finalResponse) {
    super(mailer, MailKind.SUMMARY_RESOLUTION, List.of(VAR_REDRESS), List.of(),
        ReferralRights.of(finalResponse));
    this.reopen = reopen;
  }

  @Override
  Map<String, Object> model(DelegateExecution execution) {
    Map<String, Object> model = super.model(execution);
    reopen.addTo(model, reference(execution));
    return model;
  }
}
