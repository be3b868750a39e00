package eu.complaintdesk.communication;

import static eu.complaintdesk.ProcessConstants.VAR_PROMISE_NUMBER;

import eu.complaintdesk.deadline.Promises;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * A promise was broken and a manager gave it a new date: the customer gets an apology, the promise
 * and the new date (closing time on the new day) in writing. Runs once per broken promise, inside
 * "Keep every promise", so the template gets that one promise: {@code promiseDescription} and
 * {@code promiseDue}.
 */
@Component
class SendNewPromiseDateEmailDelegate extends CustomerMailDelegate {

  private final Promises promises;

  SendNewPromiseDateEmailDelegate(CustomerMailer mailer, Promises promises) {
    super(mailer, MailKind.NEW_PROMISE_DATE, List.of(VAR_PROMISE_NUMBER), List.of());
    this.promises = promises;
  }

  @Override
  Map<String, Object> model(DelegateExecution execution) {
    int number = ((Number) super.model(execution).get(VAR_PROMISE_NUMBER)).intValue();
    try {
      return Map.of("promiseDescription", promises.description(execution, number),
          "promiseDue", promises.due(execution, number));
    } catch (IllegalArgumentException e) {
      throw failure(execution, e.getMessage());
    }
  }
}
