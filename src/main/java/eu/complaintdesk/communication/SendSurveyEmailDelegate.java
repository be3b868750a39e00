package eu.complaintdesk.communication;

import java.util.List;
import org.springframework.stereotype.Component;

/** Thanks the customer again and asks how we did (step 11); also its reminder. */
@Component
class SendSurveyEmailDelegate extends CustomerMailDelegate {

  SendSurveyEmailDelegate(CustomerMailer mailer) {
    super(mailer, MailKind.SURVEY, List.of(), List.of());
  }
}
