package eu.complaintdesk.communication;

import static eu.complaintdesk.ProcessConstants.VAR_FINAL_RESPONSE_DUE;
import static eu.complaintdesk.ProcessConstants.VAR_FIRST_RESPONSE_DUE;

import java.util.List;
import org.springframework.stereotype.Component;

/** Thanks the customer, confirms receipt and says by when they hear from us (steps 1 and 6). */
@Component
class SendAcknowledgementEmailDelegate extends CustomerMailDelegate {

  SendAcknowledgementEmailDelegate(CustomerMailer mailer) {
    super(mailer, MailKind.ACKNOWLEDGEMENT,
        List.of(VAR_FIRST_RESPONSE_DUE, VAR_FINAL_RESPONSE_DUE),
        List.of());
  }
}
