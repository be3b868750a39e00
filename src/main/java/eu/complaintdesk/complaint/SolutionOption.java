package eu.complaintdesk.complaint;

import static eu.complaintdesk.ProcessConstants.MAX_SOLUTION_OPTIONS;
import static eu.complaintdesk.ProcessConstants.VAR_ADD_OPTION;
import static eu.complaintdesk.ProcessConstants.VAR_OPTION_AMOUNT;
import static eu.complaintdesk.ProcessConstants.VAR_OPTION_DESCRIPTION;
import static eu.complaintdesk.ProcessConstants.VAR_OPTION_TYPE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * One remedy the agent offered in the offer-solution form (step 8), read the same way for the
 * authority check, the mail that offers it to the customer and the check of the customer's choice.
 *
 * @param number      n of {@code option<n>Type}, so that "option 2" in the customer's answer is
 *                    {@code option2}
 * @param type        the remedy, e.g. {@code refund}
 * @param description what the customer gets, in words the customer understands
 * @param amount      the amount in the desk's currency, or null (a thank-you letter, an explanation)
 */
public record SolutionOption(int number, String type, String description, BigDecimal amount) {

  /** The remedies an agent may offer, as the offer-solution form and compensation-authority.dmn name them. */
  static final String[] REMEDIES = {"refund", "discountCoupon", "replacement", "giftCard", "thankYouLetter",
      "explanationOnly"};
  /** The remedies that are worth an amount (the form asks for one only for these). */
  static final Set<String> WITH_AMOUNT = Set.of("refund", "discountCoupon", "replacement", "giftCard");

  /** The prefix of the value that chooses option n: {@code option2}. */
  static final String KEY_PREFIX = "option";

  /**
   * The options offered: option 1, and 2 and 3 while their checkbox is ticked (unticking keeps
   * what was typed, so the checkbox decides); an option without a remedy type is none.
   *
   * @throws IllegalStateException when an amount is not a number: the offer-solution task's rules
   *                               refuse that, so it is a bug, and guessing 0 would let an offer
   *                               of any amount pass the authority check
   */
  public static List<SolutionOption> offered(VariableScope variables) {
    return offered(Values.of(variables));
  }

  /** The options offered, from the complaint's variables as the runtime service gives them. */
  public static List<SolutionOption> offered(Map<String, ?> variables) {
    return offered(Values.of(variables));
  }

  static List<SolutionOption> offered(Values variables) {
    List<SolutionOption> options = new ArrayList<>();
    for (int number = 1; number <= MAX_SOLUTION_OPTIONS; number++) {
      Object type = variables.get(String.format(VAR_OPTION_TYPE, number));
      if (type instanceof String remedy && !remedy.isBlank() && isShown(variables, number)) {
        Object description = variables.get(String.format(VAR_OPTION_DESCRIPTION, number));
        options.add(new SolutionOption(number, remedy,
            description == null ? null : description.toString(), amount(variables, number)));
      }
    }
    return options;
  }

  /**
   * Whether option n is part of the offer, filled or not: option 1 always, 2 and 3 when their
   * checkbox is ticked, or, for callers without the form's checkboxes, when a remedy is named.
   */
  static boolean isShown(Values variables, int number) {
    Object added = variables.get(String.format(VAR_ADD_OPTION, number));
    Object type = variables.get(String.format(VAR_OPTION_TYPE, number));
    boolean named = type != null && !type.toString().isBlank();
    return number == 1 || (added == null ? named : Boolean.parseBoolean(added.toString()));
  }

  /** The value that chooses this option, e.g. {@code option2}. */
  public String key() {
    return KEY_PREFIX + number;
  }

  /** The amount for the authority check: 0 when the remedy has none (a letter, an explanation). */
  public double amountOrZero() {
    return amount == null ? 0 : amount.doubleValue();
  }

  private static BigDecimal amount(Values variables, int number) {
    String name = String.format(VAR_OPTION_AMOUNT, number);
    Object amount = variables.get(name);
    if (amount == null) {
      return null;
    }
    BigDecimal decimal = Field.decimal(amount);
    if (decimal == null) {
      throw new IllegalStateException(name + " is " + Field.describe(amount) + ", not a number");
    }
    return decimal;
  }
}
