package eu.complaintdesk.complaint;

import static eu.complaintdesk.ProcessConstants.VAR_CHOSEN_OPTION;

import eu.complaintdesk.system.ComplaintDeskProperties;
import java.math.RoundingMode;
import java.util.Currency;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The offer as the diagram reads it, bean {@code offer}: the solution that was chosen, shown to
 * the agent who makes the promise. A promise is made only about a chosen solution, so a complaint
 * without a valid choice cannot reach the promise step: the expression fails and nothing moves.
 * The options are those the authority check judged ({@link JudgedOffers}), not whatever the
 * form's variables say by then.
 */
@Component("offer")
public class Offer {

  private final JudgedOffers judgedOffers;
  private final Currency currency;

  Offer(JudgedOffers judgedOffers, ComplaintDeskProperties properties) {
    this.judgedOffers = judgedOffers;
    this.currency = properties.currency();
  }

  /**
   * The chosen option in words, e.g. "Option 1: refund, 40.00 EUR. The call-out fee back."
   *
   * @throws IllegalStateException when no option, or one that was not offered, is chosen
   */
  public String chosen(VariableScope variables) {
    Object chosen = variables.getVariable(VAR_CHOSEN_OPTION);
    return judgedOffers.options(variables).stream()
        .filter(option -> option.key().equals(chosen))
        .findFirst()
        .map(this::describe)
        .orElseThrow(() -> new IllegalStateException("No offered solution is chosen (" + VAR_CHOSEN_OPTION
            + " = " + chosen + "): a promise is made only about a chosen solution"));
  }

  private String describe(SolutionOption option) {
    StringBuilder text = new StringBuilder("Option ").append(option.number()).append(": ").append(option.type());
    if (option.amount() != null) {
      text.append(", ").append(option.amount().setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_UP))
          .append(' ').append(currency.getCurrencyCode());
    }
    if (option.description() != null && !option.description().isBlank()) {
      text.append(". ").append(option.description());
    }
    return text.toString();
  }
}
