package eu.complaintdesk.complaint;

import static eu.complaintdesk.ProcessConstants.MESSAGE_COMPLAINT_WITHDRAWN;
import static eu.complaintdesk.ProcessConstants.MESSAGE_FEEDBACK_RECEIVED;
import static eu.complaintdesk.ProcessConstants.MESSAGE_INFORMATION_RECEIVED;
import static eu.complaintdesk.ProcessConstants.MESSAGE_OPTIONS_DECLINED;
import static eu.complaintdesk.ProcessConstants.MESSAGE_REOPEN_REQUESTED;
import static eu.complaintdesk.ProcessConstants.MESSAGE_SOLUTION_CHOSEN;
import static eu.complaintdesk.ProcessConstants.VIA_PHONE;

import eu.complaintdesk.complaint.CustomerAnswerDoor.Delivery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.stereotype.Component;

/**
 * "Customer called": an answer the customer gave on the phone, taken down by an agent or manager,
 * from the Customer tab of a task or with the process "Record a customer's call" when no task of
 * the complaint is open. Both build and deliver the answer here, so they accept and refuse the same:
 * it goes through {@link CustomerAnswerDoor} and {@link CustomerAnswers} like an answer by link,
 * with the channel {@code phone} and the user who took it down, so the log says who heard it. An
 * answer may carry only its own message's variables: a call must not become a way for staff to set
 * any variable of a complaint.
 */
@Component
public class CustomerCalls {

  /** The customer answers that staff can record from a call, in the order the forms offer them. */
  public static final List<String> ANSWERS = List.of(MESSAGE_INFORMATION_RECEIVED, MESSAGE_SOLUTION_CHOSEN,
      MESSAGE_OPTIONS_DECLINED, MESSAGE_FEEDBACK_RECEIVED, MESSAGE_COMPLAINT_WITHDRAWN, MESSAGE_REOPEN_REQUESTED);

  private final CustomerAnswerDoor door;

  CustomerCalls(CustomerAnswerDoor door) {
    this.door = door;
  }

  /**
   * The answer to {@code message} among a form's variables: those of its own that are filled in.
   * A start form also carries the reference, the kind of answer and the fields of the other kinds.
   */
  public static Map<String, Object> answerIn(String message, Map<String, ?> variables) {
    Map<String, Object> answer = new LinkedHashMap<>();
    if (message == null) {
      return answer; // the immutable rules refuse to look up null; record() names the problem
    }
    for (String name : CustomerAnswers.variablesOf(message)) {
      if (variables.get(name) != null) {
        answer.put(name, variables.get(name));
      }
    }
    return answer;
  }

  /**
   * Delivers {@code answer} to {@code message} of complaint {@code reference}, taken down by
   * {@code recordedBy}.
   *
   * @return {@link Delivery#NOT_WAITING} when the complaint does not wait for this answer now
   * @throws BadUserRequestException for an answer a call cannot record, or one the rules refuse
   */
  public Delivery record(String reference, String message, Map<String, ?> answer, String recordedBy) {
    if (message == null || !ANSWERS.contains(message)) {
      throw new BadUserRequestException("A call records one of the answers " + ANSWERS + ", not "
          + (message == null ? "nothing" : "'" + message + "'") + ".");
    }
    if (reference == null || reference.isBlank()) {
      throw new BadUserRequestException("A call names the reference of the complaint it answers.");
    }
    if (recordedBy == null || recordedBy.isBlank()) {
      throw new BadUserRequestException("A call is recorded by a logged-in agent or manager.");
    }
    Map<String, ?> given = answer == null ? Map.of() : answer;
    Set<String> allowed = CustomerAnswers.variablesOf(message);
    Set<String> unknown = new TreeSet<>(given.keySet());
    unknown.removeAll(allowed);
    if (!unknown.isEmpty()) {
      throw new BadUserRequestException("The answer " + message + " carries only " + allowed + ", not " + unknown + ".");
    }
    return door.deliver(reference.trim(), message, new LinkedHashMap<>(given), VIA_PHONE, recordedBy);
  }
}
