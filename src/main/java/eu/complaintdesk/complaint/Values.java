package eu.complaintdesk.complaint;

import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables a rule looks at, by name: a start, a task completion, a customer's answer over the
 * complaint it answers. One shape for all of them, so that a rule is written once whether it reads
 * the engine's scope or a map that a web page is about to send.
 */
@FunctionalInterface
interface Values {

  /** The value of the variable, or null when it is not set. */
  Object get(String name);

  static Values of(VariableScope scope) {
    return scope::getVariable;
  }

  static Values of(Map<String, ?> variables) {
    return variables::get;
  }

  /** The first map's values, and where it has none the second's (an answer over its complaint). */
  static Values over(Map<String, ?> first, Map<String, ?> second) {
    return name -> first.containsKey(name) ? first.get(name) : second.get(name);
  }
}
