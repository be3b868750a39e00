package eu.complaintdesk.communication;

import static eu.complaintdesk.ProcessConstants.VAR_PROMISE_DESCRIPTION;
import static eu.complaintdesk.ProcessConstants.VAR_PROMISE_DUE;

import java.util.List;
import org.springframework.stereotype.Component;

/** Confirms what we promised the customer and by when (step 9). */
@Component
class SendPromiseConfirmationEmailDelegate extends CustomerMailDelegate {

  SendPromiseConfirmationEmailDelegate(CustomerMailer mailer) {
    super(mailer, MailKind.PROMISE_CONFIRMATION,
        List.of(VAR_PROMISE_DESCRIPTION, VAR_PROMISE_DUE),
        List.of());
  }
}
