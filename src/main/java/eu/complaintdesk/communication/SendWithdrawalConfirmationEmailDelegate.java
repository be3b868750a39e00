package eu.complaintdesk.communication;

import java.util.List;
import org.springframework.stereotype.Component;

/** Confirms that the customer withdrew the complaint and that we keep its record. */
@Component
class SendWithdrawalConfirmationEmailDelegate extends CustomerMailDelegate {

  SendWithdrawalConfirmationEmailDelegate(CustomerMailer mailer) {
    super(mailer, MailKind.WITHDRAWAL_CONFIRMATION, List.of(), List.of());
  }
}
