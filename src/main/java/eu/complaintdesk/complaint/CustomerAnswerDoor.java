package eu.complaintdesk.complaint;

import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_EMAIL;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_LANGUAGE;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The web side's one door for a customer's answer (the link pages now, the inbox later): it checks
 * the answer with {@link CustomerAnswers}, as the engine will, and correlates it by the reference.
 * A complaint that no longer waits for this answer (answered already, withdrawn, closed) is a
 * normal outcome the caller shows politely, not an error: customers click old links.
 */
@Component
public class CustomerAnswerDoor {

  /** What became of an answer. */
  public enum Delivery {
    /** The process took the answer and goes on. */
    DELIVERED,
    /** Nothing in the complaint waits for this answer any more; nothing was changed. */
    NOT_WAITING
  }

  /**
   * What an open complaint waits for from its customer, for the inbox to read a reply as the right
   * answer: the messages it can take now, and the address a reply must come from to count as the
   * customer's.
   */
  public record Waiting(String customerEmail, Set<String> messages) {
  }

  private final RuntimeService runtimeService;
  private final HistoryService historyService;

  CustomerAnswerDoor(RuntimeService runtimeService, HistoryService historyService) {
    this.runtimeService = runtimeService;
    this.historyService = historyService;
  }

  /**
   * The language the customer wrote in ({@code en} when unknown), for the pages that take the
   * answer: from history, so that a page about an ended complaint still speaks it.
   */
  public String language(String reference) {
    HistoricProcessInstance complaint = historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(reference).singleResult();
    if (complaint == null) {
      return "en";
    }
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(complaint.getId())
        .variableName(VAR_CUSTOMER_LANGUAGE).list().stream()
        .map(variable -> variable.getValue()).filter(String.class::isInstance).map(String.class::cast)
        .findFirst().orElse("en");
  }

  /** What the open complaint {@code reference} waits for; empty when no such complaint is open. */
  public Optional<Waiting> waiting(String reference) {
    ProcessInstance complaint = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(reference).active().singleResult();
    if (complaint == null) {
      return Optional.empty();
    }
    Set<String> messages = runtimeService.createEventSubscriptionQuery().processInstanceId(complaint.getId())
        .eventType("message").list().stream().map(subscription -> subscription.getEventName())
        .collect(Collectors.toSet());
    Object email = runtimeService.getVariable(complaint.getId(), VAR_CUSTOMER_EMAIL);
    return Optional.of(new Waiting(email instanceof String address ? address : null, messages));
  }

  /**
   * Delivers {@code answer} as {@code message} to the complaint {@code reference}.
   *
   * @throws org.camunda.bpm.engine.BadUserRequestException naming every problem of the answer
   */
  public Delivery deliver(String reference, String message, Map<String, ?> answer) {
    ProcessInstance complaint = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(reference).active().singleResult();
    // Asked, not tried: a failed correlation would mark the caller's transaction rollback-only.
    if (complaint == null || runtimeService.createExecutionQuery().processInstanceId(complaint.getId())
        .messageEventSubscriptionName(message).count() == 0) {
      return Delivery.NOT_WAITING;
    }
    CustomerAnswers.check(message, answer, runtimeService.getVariables(complaint.getId()));
    runtimeService.createMessageCorrelation(message).processInstanceId(complaint.getId())
        .setVariables(new HashMap<String, Object>(answer)).correlateWithResult();
    return Delivery.DELIVERED;
  }
}
