package eu.complaintdesk.complaint;

import static eu.complaintdesk.ProcessConstants.MESSAGE_INFORMATION_RECEIVED;
import static eu.complaintdesk.ProcessConstants.MESSAGE_SOLUTION_CHOSEN;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_LANGUAGE;
import static eu.complaintdesk.ProcessConstants.VAR_INFORMATION_REQUEST;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final JudgedOffers judgedOffers;

  CustomerAnswerDoor(RuntimeService runtimeService, HistoryService historyService, JudgedOffers judgedOffers) {
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.judgedOffers = judgedOffers;
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

  /**
   * Delivers {@code answer} as {@code message} to the complaint {@code reference}.
   *
   * @throws org.camunda.bpm.engine.BadUserRequestException naming every problem of the answer
   */
  public Delivery deliver(String reference, String message, Map<String, ?> answer) {
    ProcessInstance complaint = waitingFor(reference, message).orElse(null);
    if (complaint == null) {
      return Delivery.NOT_WAITING;
    }
    CustomerAnswers.check(message, answer, runtimeService.getVariables(complaint.getId()));
    runtimeService.createMessageCorrelation(message).processInstanceId(complaint.getId())
        .setVariables(new HashMap<String, Object>(answer)).correlateWithResult();
    return Delivery.DELIVERED;
  }

  /**
   * The question we asked ({@code informationRequest}), while the complaint waits for the answer;
   * empty when it no longer does, so that the page says so instead of asking.
   */
  public Optional<String> informationRequest(String reference) {
    return waitingFor(reference, MESSAGE_INFORMATION_RECEIVED)
        .map(complaint -> runtimeService.getVariable(complaint.getId(), VAR_INFORMATION_REQUEST))
        .map(Object::toString);
  }

  /**
   * The solutions offered to the customer exactly as judged ({@link JudgedOffers}), while the
   * complaint waits for the choice; empty when it no longer does.
   *
   * @throws org.camunda.bpm.engine.AuthorizationException when the judged offer was changed
   */
  public List<SolutionOption> offeredOptions(String reference) {
    return waitingFor(reference, MESSAGE_SOLUTION_CHOSEN)
        .map(complaint -> judgedOffers.options(complaint.getId(), reference, runtimeService.getVariables(complaint.getId())))
        .orElse(List.of());
  }

  /** The running complaint while it waits for that message. */
  private Optional<ProcessInstance> waitingFor(String reference, String message) {
    ProcessInstance complaint = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(reference).active().singleResult();
    // Asked, not tried: a failed correlation would mark the caller's transaction rollback-only.
    if (complaint == null || runtimeService.createExecutionQuery().processInstanceId(complaint.getId())
        .messageEventSubscriptionName(message).count() == 0) {
      return Optional.empty();
    }
    return Optional.of(complaint);
  }
}
