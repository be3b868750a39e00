package eu.complaintdesk.tasklist;

import eu.complaintdesk.complaint.CustomerAnswerDoor.Delivery;
import eu.complaintdesk.complaint.CustomerCalls;
import eu.complaintdesk.tasklist.CustomerTab.Complaint;
import eu.complaintdesk.security.WebappLogin.User;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * "Customer called" from the Customer tab: the answer is built, checked and delivered by
 * {@link CustomerCalls}, as the process "Record a customer's call" does it; the tab only adds that
 * a complaint which no longer waits is a conflict (409) for the tab to show.
 */
@Component
class CustomerCall {

  /** What the tab sends: the message the answer is for, and its variables by their process names. */
  record Answer(String message, Map<String, Object> answer) {
  }

  private final CustomerCalls calls;

  CustomerCall(CustomerCalls calls) {
    this.calls = calls;
  }

  /**
   * Delivers the answer taken down by {@code staff}.
   *
   * @throws CustomerTabRefused 409 when the complaint no longer waits for it
   * @throws org.camunda.bpm.engine.BadUserRequestException for an answer a call does not take, or
   *     naming what the rules refuse (400)
   */
  void record(User staff, Complaint complaint, Answer call) {
    String message = call == null ? null : call.message();
    if (calls.record(complaint.reference(), message, call == null ? null : call.answer(), staff.userId())
        == Delivery.NOT_WAITING) {
      throw new CustomerTabRefused(HttpStatus.CONFLICT, "Complaint " + complaint.reference()
          + " no longer waits for this answer (" + message + "): it was answered, withdrawn or closed.");
    }
  }
}
