package eu.complaintdesk.communication;

import static eu.complaintdesk.ProcessConstants.VAR_CLOSING_REASON;

import java.util.List;
import org.springframework.stereotype.Component;

/** Tells the customer the complaint is closed and why; a new complaint quoting it is welcome. */
@Component
class SendClosingEmailDelegate extends CustomerMailDelegate {

  SendClosingEmailDelegate(CustomerMailer mailer) {
    super(mailer, MailKind.CLOSING, List.of(), List.of(VAR_CLOSING_REASON));
  }
}
