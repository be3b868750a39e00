package eu.complaintdesk.communication;

import static eu.complaintdesk.ProcessConstants.VAR_COMPLAINT_OUTCOME;
import static eu.complaintdesk.ProcessConstants.VAR_FINDINGS;
import static eu.complaintdesk.ProcessConstants.VAR_REDRESS;

import eu.complaintdesk.complaint.FinalResponseProperties;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The final response the regulator asks for: what we found, what we did and, where the complaint
 * is not fully upheld, the right to refer it to the dispute resolution body and by when.
 */
@Component
class SendFinalResponseEmailDelegate extends CustomerMailDelegate {

  private final ReopenOffer reopen;

  SendFinalResponseEmailDelegate(CustomerMailer mailer, ReopenOffer reopen, FinalResponseProperties finalResponse) {
    super(mailer, MailKind.FINAL_RESPONSE, List.of(VAR_COMPLAINT_OUTCOME, VAR_FINDINGS, VAR_REDRESS),
        List.of(), ReferralRights.of(finalResponse));
    this.reopen = reopen;
  }

  @Override
  Map<String, Object> model(DelegateExecution execution) {
    Map<String, Object> model = super.model(execution);
    reopen.addTo(model, reference(execution));
    return model;
  }
}
