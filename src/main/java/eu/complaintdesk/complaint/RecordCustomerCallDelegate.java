package eu.complaintdesk.complaint;

import static eu.complaintdesk.ProcessConstants.VAR_CALL_RECORDED_BY;
import static eu.complaintdesk.ProcessConstants.VAR_COMPLAINT_REFERENCE;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_ANSWER;

import eu.complaintdesk.complaint.CustomerAnswerDoor.Delivery;
import java.util.Objects;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record the customer's answer" of the process "Record a customer's call": delivers what the
 * start form says the customer answered on the phone to the complaint, through {@link CustomerCalls}
 * as the Customer tab does. It runs in the start's own transaction (not asynchronous), so that a
 * refused answer, or a complaint that does not wait for it, fails the start itself: the agent reads
 * the sentence in Tasklist (400), and neither the call nor the answer is stored.
 *
 * <p>The call's instance keeps no business key: the reference belongs to the complaint, and every
 * lookup by reference expects one process instance under it.
 */
@Component
class RecordCustomerCallDelegate implements JavaDelegate {

  private final CustomerCalls calls;

  RecordCustomerCallDelegate(CustomerCalls calls) {
    this.calls = calls;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = Objects.toString(execution.getVariable(VAR_COMPLAINT_REFERENCE), null);
    String message = Objects.toString(execution.getVariable(VAR_CUSTOMER_ANSWER), null);
    String recordedBy = Objects.toString(execution.getVariable(VAR_CALL_RECORDED_BY), null);
    Delivery delivery = calls.record(reference, message,
        CustomerCalls.answerIn(message, execution.getVariables()), recordedBy);
    if (delivery == Delivery.NOT_WAITING) {
      throw new BadUserRequestException("Complaint " + reference.trim() + " does not wait for this answer ("
          + message + ") now: it was answered, withdrawn or closed, it waits for another answer, or there is no "
          + "open complaint with this reference.");
    }
  }
}
