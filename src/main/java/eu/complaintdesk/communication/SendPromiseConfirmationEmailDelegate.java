package eu.complaintdesk.communication;

import eu.complaintdesk.deadline.Promises;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Puts in writing what we promised and by when (step 10). The template gets {@code promises}: per
 * promise a map with {@code description} and {@code due} (closing time on the promised day).
 */
@Component
class SendPromiseConfirmationEmailDelegate extends CustomerMailDelegate {

  static final String PROMISES = "promises";

  private final Promises promises;

  SendPromiseConfirmationEmailDelegate(CustomerMailer mailer, Promises promises) {
    super(mailer, MailKind.PROMISE_CONFIRMATION, List.of(), List.of());
    this.promises = promises;
  }

  @Override
  Map<String, Object> model(DelegateExecution execution) {
    try {
      return Map.of(PROMISES, promises.all(execution));
    } catch (IllegalStateException e) {
      throw failure(execution, e.getMessage());
    }
  }
}
