package eu.complaintdesk.communication;

import static eu.complaintdesk.ProcessConstants.VAR_INFORMATION_REQUEST;

import java.util.List;
import org.springframework.stereotype.Component;

/** Asks the customer for what we still need; also the reminder of that request. */
@Component
class SendInformationRequestEmailDelegate extends CustomerMailDelegate {

  SendInformationRequestEmailDelegate(CustomerMailer mailer) {
    super(mailer, MailKind.INFORMATION_REQUEST, List.of(VAR_INFORMATION_REQUEST), List.of());
  }
}
