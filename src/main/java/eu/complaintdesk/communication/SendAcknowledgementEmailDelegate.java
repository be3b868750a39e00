package eu.complaintdesk.communication;

import static eu.complaintdesk.ProcessConstants.VAR_FINAL_RESPONSE_DUE;
import static eu.complaintdesk.ProcessConstants.VAR_FIRST_RESPONSE_DUE;

import eu.complaintdesk.customer.CustomerLinks;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Thanks the customer, confirms receipt and says by when they hear from us (steps 1 and 6). It
 * carries the withdrawal link: a customer who sorts the matter out alone should not need to write.
 */
@Component
class SendAcknowledgementEmailDelegate extends CustomerMailDelegate {

  static final String WITHDRAW_LINK = "withdrawLink";

  private final CustomerLinks links;

  SendAcknowledgementEmailDelegate(CustomerMailer mailer, CustomerLinks links) {
    super(mailer, MailKind.ACKNOWLEDGEMENT,
        List.of(VAR_FIRST_RESPONSE_DUE, VAR_FINAL_RESPONSE_DUE),
        List.of());
    this.links = links;
  }

  @Override
  Map<String, Object> model(DelegateExecution execution) {
    Map<String, Object> model = super.model(execution);
    model.put(WITHDRAW_LINK, links.withdrawLink(reference(execution)));
    return model;
  }
}
