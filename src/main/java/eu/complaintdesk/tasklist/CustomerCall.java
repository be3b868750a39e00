package eu.complaintdesk.tasklist;

import static eu.complaintdesk.ProcessConstants.VIA_PHONE;

import eu.complaintdesk.complaint.CustomerAnswerDoor;
import eu.complaintdesk.complaint.CustomerAnswerDoor.Delivery;
import eu.complaintdesk.complaint.CustomerAnswers;
import eu.complaintdesk.tasklist.CustomerTab.Complaint;
import eu.complaintdesk.tasklist.StaffSession.Staff;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * "Customer called": an answer the customer gave on the phone, recorded by an agent or manager from
 * the Customer tab. It goes through the same door and rules as an answer by link
 * ({@link CustomerAnswerDoor}, {@link CustomerAnswers}), with the channel {@code phone} and the
 * user who took it down, so the log says who heard it. An answer may carry only its own message's
 * variables: the tab must not become a way for agents to set any variable of a complaint.
 */
@Component
class CustomerCall {

  /** What the tab sends: the message the answer is for, and its variables by their process names. */
  record Answer(String message, Map<String, Object> answer) {
  }

  private final CustomerAnswerDoor door;

  CustomerCall(CustomerAnswerDoor door) {
    this.door = door;
  }

  /**
   * Delivers the answer taken down by {@code staff}.
   *
   * @throws CustomerTabRefused 400 for an answer the tab does not take, 409 when the complaint no
   *                            longer waits for it
   * @throws org.camunda.bpm.engine.BadUserRequestException naming what the rules refuse
   */
  void record(Staff staff, Complaint complaint, Answer call) {
    if (call == null || call.message() == null || !CustomerTab.ANSWERS.contains(call.message())) {
      throw new CustomerTabRefused(HttpStatus.BAD_REQUEST, "A call records one of the answers "
          + CustomerTab.ANSWERS + ", not " + (call == null ? "nothing" : "'" + call.message() + "'") + ".");
    }
    Map<String, Object> answer = call.answer() == null ? Map.of() : new LinkedHashMap<>(call.answer());
    Set<String> allowed = CustomerAnswers.variablesOf(call.message());
    Set<String> unknown = new TreeSet<>(answer.keySet());
    unknown.removeAll(allowed);
    if (!unknown.isEmpty()) {
      throw new CustomerTabRefused(HttpStatus.BAD_REQUEST, "The answer " + call.message() + " carries only "
          + allowed + ", not " + unknown + ".");
    }
    if (door.deliver(complaint.reference(), call.message(), answer, VIA_PHONE, staff.userId()) == Delivery.NOT_WAITING) {
      throw new CustomerTabRefused(HttpStatus.CONFLICT, "Complaint " + complaint.reference()
          + " no longer waits for this answer (" + call.message() + "): it was answered, withdrawn or closed.");
    }
  }
}
