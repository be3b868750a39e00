package eu.complaintdesk.deadline;

import static eu.complaintdesk.ProcessConstants.MAX_PROMISES;
import static eu.complaintdesk.ProcessConstants.VAR_NEW_PROMISE_DUE;
import static eu.complaintdesk.ProcessConstants.VAR_ADD_PROMISE;
import static eu.complaintdesk.ProcessConstants.VAR_PROMISE_N_DESCRIPTION;
import static eu.complaintdesk.ProcessConstants.VAR_PROMISE_N_DUE;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The promises an agent made in the make-promise form (step 10: "every promise has a due date"),
 * as bean {@code promises} for the diagram: "Keep every promise" runs once per promise, and each
 * promise's timer is due at closing time on its day.
 *
 * <p>Promise 1 is always there; 2 and 3 count while their checkbox is ticked (unticking keeps
 * what was typed, so the checkbox decides, not whether text is left over).
 */
@Component("promises")
public class Promises {

  private final Deadlines deadlines;

  public Promises(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  /** The numbers of the promises made, e.g. [1, 2]. */
  public List<Integer> numbers(VariableScope variables) {
    List<Integer> numbers = new ArrayList<>();
    for (int n = 1; n <= MAX_PROMISES; n++) {
      if (isMade(variables, n)) {
        numbers.add(n);
      }
    }
    if (numbers.isEmpty()) {
      throw new IllegalStateException("No promise was made: " + String.format(VAR_PROMISE_N_DESCRIPTION, 1) + " is empty");
    }
    return numbers;
  }

  public String description(VariableScope variables, int number) {
    return (String) variables.getVariable(String.format(VAR_PROMISE_N_DESCRIPTION, number));
  }

  /** The day as the agent entered it ({@code 2026-12-14}). */
  public String day(VariableScope variables, int number) {
    Object day = variables.getVariable(String.format(VAR_PROMISE_N_DUE, number));
    return day == null ? null : day.toString();
  }

  /** When the promise is due: closing time on its day, in the desk's time zone. */
  public Date due(VariableScope variables, int number) {
    return deadlines.endOfBusinessDay(variables.getVariable(String.format(VAR_PROMISE_N_DUE, number)));
  }

  /**
   * Gives a broken promise the new day a manager entered ({@code newPromiseDue}): it replaces the
   * promise's day, so its task and timer are due at closing time on the new day. The entry is then
   * removed, so that the next broken promise cannot inherit it.
   *
   * @throws BadUserRequestException when the new day is missing, no date, or not after today:
   *                                  the manager's completion is refused (400, not a server error)
   */
  public void reschedule(VariableScope variables, int number) {
    Object newDay = variables.getVariable(VAR_NEW_PROMISE_DUE);
    Date due;
    try {
      due = deadlines.endOfBusinessDay(newDay);
    } catch (IllegalArgumentException notADay) {
      throw new BadUserRequestException("The new date of promise " + number + ": " + notADay.getMessage());
    }
    if (!due.after(ClockUtil.getCurrentTime())) {
      throw new BadUserRequestException("The new date of promise " + number + " (" + newDay
          + ") must be a day still to come");
    }
    // The form gives the day as text; the day alone is kept, as make-promise keeps it.
    variables.setVariable(String.format(VAR_PROMISE_N_DUE, number),
        newDay instanceof String text ? text.substring(0, 10) : newDay);
    variables.removeVariable(VAR_NEW_PROMISE_DUE);
  }

  /** Every promise made, with {@code description} and {@code due}, in the order made. */
  public List<Map<String, Object>> all(VariableScope variables) {
    List<Map<String, Object>> promises = new ArrayList<>();
    for (int number : numbers(variables)) {
      Map<String, Object> promise = new LinkedHashMap<>();
      promise.put("description", description(variables, number));
      promise.put("due", due(variables, number));
      promises.add(promise);
    }
    return promises;
  }

  private static boolean isMade(VariableScope variables, int number) {
    Object description = variables.getVariable(String.format(VAR_PROMISE_N_DESCRIPTION, number));
    if (description == null || description.toString().isBlank()) {
      return false;
    }
    Object added = variables.getVariable(String.format(VAR_ADD_PROMISE, number));
    return number == 1 || (added != null && Boolean.parseBoolean(added.toString()));
  }
}
