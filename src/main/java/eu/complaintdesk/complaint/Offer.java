package eu.complaintdesk.complaint;

import static eu.complaintdesk.ProcessConstants.VAR_CHOSEN_OPTION;

import java.util.Locale;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The offer as the diagram reads it, bean {@code offer}: the solution that was chosen, shown to
 * the agent who makes the promise. A promise is made only about a chosen solution, so a complaint
 * without a valid choice cannot reach the promise step: the expression fails and nothing moves.
 */
@Component("offer")
public class Offer {

  /**
   * The chosen option in words, e.g. "Option 1: refund, 40.00 EUR. The call-out fee back."
   *
   * @throws IllegalStateException when no option, or one that was not offered, is chosen
   */
  public String chosen(VariableScope variables) {
    Object chosen = variables.getVariable(VAR_CHOSEN_OPTION);
    return SolutionOption.offered(variables).stream()
        .filter(option -> ("option" + option.number()).equals(chosen))
        .findFirst()
        .map(Offer::describe)
        .orElseThrow(() -> new IllegalStateException("No offered solution is chosen (" + VAR_CHOSEN_OPTION
            + " = " + chosen + "): a promise is made only about a chosen solution"));
  }

  private static String describe(SolutionOption option) {
    StringBuilder text = new StringBuilder("Option ").append(option.number()).append(": ").append(option.type());
    if (option.amount() instanceof Number) {
      text.append(", ").append(String.format(Locale.ROOT, "%.2f EUR", option.amountOrZero()));
    }
    if (option.description() != null && !option.description().isBlank()) {
      text.append(". ").append(option.description());
    }
    return text.toString();
  }
}
