package eu.complaintdesk.communication;

import static eu.complaintdesk.ProcessConstants.VAR_CLOSING_REASON;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Tells the customer the complaint is closed and why, with the link that reopens it within the
 * reopen period; after it, a new complaint quoting the reference is welcome.
 */
@Component
class SendClosingEmailDelegate extends CustomerMailDelegate {

  private final ReopenOffer reopen;

  SendClosingEmailDelegate(CustomerMailer mailer, ReopenOffer reopen) {
    super(mailer, MailKind.CLOSING, List.of(), List.of(VAR_CLOSING_REASON));
    this.reopen = reopen;
  }

  @Override
  Map<String, Object> model(DelegateExecution execution) {
    Map<String, Object> model = super.model(execution);
    reopen.addTo(model, reference(execution));
    return model;
  }
}
