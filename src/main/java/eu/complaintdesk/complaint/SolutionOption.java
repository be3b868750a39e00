package eu.complaintdesk.complaint;

import static eu.complaintdesk.ProcessConstants.MAX_SOLUTION_OPTIONS;
import static eu.complaintdesk.ProcessConstants.VAR_ADD_OPTION;
import static eu.complaintdesk.ProcessConstants.VAR_OPTION_AMOUNT;
import static eu.complaintdesk.ProcessConstants.VAR_OPTION_DESCRIPTION;
import static eu.complaintdesk.ProcessConstants.VAR_OPTION_TYPE;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * One remedy the agent offered in the offer-solution form (step 8), read the same way for the
 * authority check and for the mail that offers it to the customer.
 *
 * @param number      n of {@code option<n>Type}, so that "option 2" in the customer's answer is
 *                    {@code option2}
 * @param type        the remedy, e.g. {@code refund}
 * @param description what the customer gets, in words the customer understands
 * @param amount      the amount in euro as the form gave it, or null
 */
public record SolutionOption(int number, String type, String description, Object amount) {

  /**
   * The options offered: option 1, and 2 and 3 while their checkbox is ticked (unticking keeps
   * what was typed, so the checkbox decides); an option without a remedy type is none.
   */
  public static List<SolutionOption> offered(VariableScope variables) {
    List<SolutionOption> options = new ArrayList<>();
    for (int number = 1; number <= MAX_SOLUTION_OPTIONS; number++) {
      Object type = variables.getVariable(String.format(VAR_OPTION_TYPE, number));
      Object added = variables.getVariable(String.format(VAR_ADD_OPTION, number));
      boolean shown = number == 1 || added == null || Boolean.parseBoolean(added.toString());
      if (type != null && !type.toString().isBlank() && shown) {
        options.add(new SolutionOption(number, type.toString(),
            (String) variables.getVariable(String.format(VAR_OPTION_DESCRIPTION, number)),
            variables.getVariable(String.format(VAR_OPTION_AMOUNT, number))));
      }
    }
    return options;
  }

  /** The amount as a number, 0 when none was given (a thank-you letter, an explanation). */
  public double amountOrZero() {
    return amount instanceof Number value ? value.doubleValue() : 0;
  }
}
