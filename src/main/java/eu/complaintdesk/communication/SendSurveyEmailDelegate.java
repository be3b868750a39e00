package eu.complaintdesk.communication;

import eu.complaintdesk.customer.CustomerLinks;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Thanks the customer again and asks how we did (step 11); also its reminder. The mail carries
 * the five score links, so that answering is one click; a reminder carries fresh ones.
 */
@Component
class SendSurveyEmailDelegate extends CustomerMailDelegate {

  static final String SCORE_LINKS = "scoreLinks";

  private final CustomerLinks links;

  SendSurveyEmailDelegate(CustomerMailer mailer, CustomerLinks links) {
    super(mailer, MailKind.SURVEY, List.of(), List.of());
    this.links = links;
  }

  @Override
  Map<String, Object> model(DelegateExecution execution) {
    Map<String, Object> model = super.model(execution);
    model.put(SCORE_LINKS, links.scoreLinks(reference(execution)));
    return model;
  }
}
