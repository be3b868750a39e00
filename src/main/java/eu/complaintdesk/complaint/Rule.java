package eu.complaintdesk.complaint;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * One rule about the values that enter a complaint (a start, a task completion, a customer's
 * answer). Rules only collect problems; {@link #enforce} refuses with all of them at once, so that a
 * caller fixes everything in one go instead of one refusal at a time.
 */
@FunctionalInterface
interface Rule {

  /** Adds to {@code problems} what is wrong with {@code values}, one per field at most. */
  void check(Values values, List<Problem> problems);

  /** The rules apply only in that situation (a ticked checkbox, a chosen radio button). */
  static Rule when(Predicate<Values> situation, Rule... rules) {
    return (values, problems) -> {
      if (situation.test(values)) {
        for (Rule rule : rules) {
          rule.check(values, problems);
        }
      }
    };
  }

  /** The situation in which the variable has that value, e.g. {@code is("offerDecision", "reject")}. */
  static Predicate<Values> is(String name, Object value) {
    return values -> Objects.equals(values.get(name), value);
  }

  /**
   * Throws a {@link BadUserRequestException} that names every problem, after {@code refusal}
   * ("The complaint cannot be registered"); the engine's REST API answers it with 400 and rolls
   * back, so a refused input changes nothing.
   */
  static void enforce(String refusal, Collection<? extends Rule> rules, Values values) {
    List<Problem> problems = problems(rules, values);
    if (!problems.isEmpty()) {
      throw new BadUserRequestException(refusal + ": "
          + String.join("; ", problems.stream().map(Problem::toString).toList()));
    }
  }

  /** Every problem of {@code values} under {@code rules}, in the rules' order; empty when all is well. */
  static List<Problem> problems(Collection<? extends Rule> rules, Values values) {
    List<Problem> problems = new ArrayList<>();
    rules.forEach(rule -> rule.check(values, problems));
    return problems;
  }
}
