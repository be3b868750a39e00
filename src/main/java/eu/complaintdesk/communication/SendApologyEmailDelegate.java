package eu.complaintdesk.communication;

import java.util.List;
import org.springframework.stereotype.Component;

/** Apologises sincerely, whoever was at fault (step 7). */
@Component
class SendApologyEmailDelegate extends CustomerMailDelegate {

  SendApologyEmailDelegate(CustomerMailer mailer) {
    super(mailer, MailKind.APOLOGY, List.of(), List.of());
  }
}
