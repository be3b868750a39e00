package eu.complaintdesk.communication;

import static eu.complaintdesk.ProcessConstants.VAR_INFORMATION_REQUEST;

import eu.complaintdesk.customer.CustomerLinks;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Asks the customer for what we still need; also the reminder of that request. The mail carries
 * the link to the page that shows the question and takes the answer with photos or documents; a
 * reminder carries a fresh one.
 */
@Component
class SendInformationRequestEmailDelegate extends CustomerMailDelegate {

  static final String INFORMATION_LINK = "informationLink";

  private final CustomerLinks links;

  SendInformationRequestEmailDelegate(CustomerMailer mailer, CustomerLinks links) {
    super(mailer, MailKind.INFORMATION_REQUEST, List.of(VAR_INFORMATION_REQUEST), List.of());
    this.links = links;
  }

  @Override
  Map<String, Object> model(DelegateExecution execution) {
    Map<String, Object> model = super.model(execution);
    model.put(INFORMATION_LINK, links.informationLink(reference(execution)));
    return model;
  }
}
