package eu.complaintdesk.communication;

import static eu.complaintdesk.ProcessConstants.VAR_INFORMATION_REQUEST;
import static eu.complaintdesk.ProcessConstants.VAR_INFORMATION_REQUEST_NUMBER;

import eu.complaintdesk.customer.CustomerLinks;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Asks the customer for what we still need; also the reminder of that request. The mail carries
 * the link to the page that shows the question and takes the answer with photos or documents; a
 * reminder carries a fresh one. Both links are bound to the request they belong to
 * ({@code informationRequestNumber}, counted here in the transaction of the send), so that an
 * unused link of an earlier request cannot answer a later one.
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
    model.put(INFORMATION_LINK, links.informationLink(reference(execution), requestNumber(execution)));
    return model;
  }

  @Override
  public void execute(DelegateExecution execution) {
    super.execute(execution);
    execution.setVariable(VAR_INFORMATION_REQUEST_NUMBER, requestNumber(execution));
  }

  /** The request this mail is about: the next one for a request, the same for its reminder. */
  private static int requestNumber(DelegateExecution execution) {
    return numbered(execution, VAR_INFORMATION_REQUEST_NUMBER);
  }
}
