package eu.complaintdesk.communication;

import static eu.complaintdesk.ProcessConstants.VAR_CHOICE_FALLBACK_AT;
import static eu.complaintdesk.ProcessConstants.VAR_CHOICE_MADE_BY;

import eu.complaintdesk.deadline.Promises;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Puts in writing what we promised and by when (step 10). The template gets {@code promises}: per
 * promise a map with {@code description} and {@code due} (closing time on the promised day). It
 * opens with how the solution was chosen ({@code choiceMadeBy}): a customer who never chose must
 * not be thanked "for agreeing", but told that we went ahead with our recommendation and since when.
 */
@Component
class SendPromiseConfirmationEmailDelegate extends CustomerMailDelegate {

  static final String PROMISES = "promises";

  private final Promises promises;

  SendPromiseConfirmationEmailDelegate(CustomerMailer mailer, Promises promises) {
    super(mailer, MailKind.PROMISE_CONFIRMATION, List.of(),
        List.of(VAR_CHOICE_MADE_BY, VAR_CHOICE_FALLBACK_AT));
    this.promises = promises;
  }

  @Override
  Map<String, Object> model(DelegateExecution execution) {
    try {
      Map<String, Object> model = super.model(execution);
      model.put(PROMISES, promises.all(execution));
      return model;
    } catch (IllegalStateException e) {
      throw failure(execution, e.getMessage());
    }
  }
}
