package eu.complaintdesk.communication;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * A mail after which the complaint may be reopened (the final response, the summary resolution,
 * the closing for lack of reply): it carries the reopen link and the day until which it works.
 */
abstract class ReopenableMailDelegate extends CustomerMailDelegate {

  private final ReopenOffer reopen;

  ReopenableMailDelegate(CustomerMailer mailer, ReopenOffer reopen, MailKind kind, List<String> required,
      List<String> optional, Map<String, Object> settings) {
    super(mailer, kind, required, optional, settings);
    this.reopen = reopen;
  }

  @Override
  Map<String, Object> model(DelegateExecution execution) {
    Map<String, Object> model = super.model(execution);
    reopen.addTo(model, reference(execution));
    return model;
  }
}
