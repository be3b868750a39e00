package eu.complaintdesk.complaint;

import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_LANGUAGE;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

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
  private final TransactionTemplate savepoint;

  CustomerAnswerDoor(RuntimeService runtimeService, HistoryService historyService,
      PlatformTransactionManager transactions) {
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
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
    ProcessInstance complaint = waiting(reference, message);
    // Asked first, so that the usual "no longer waiting" costs no failed command.
    if (complaint == null) {
      return Delivery.NOT_WAITING;
    }
    CustomerAnswers.check(message, answer, runtimeService.getVariables(complaint.getId()));
    try {
      // In a savepoint: a failed engine command marks the whole transaction rollback-only, and the
      // caller's (the link's once-only mark) must still commit; rolling back to the savepoint
      // clears that mark again.
      savepoint.executeWithoutResult(status -> runtimeService.createMessageCorrelation(message)
          .processInstanceId(complaint.getId()).setVariables(new HashMap<String, Object>(answer))
          .correlateWithResult());
    } catch (MismatchingMessageCorrelationException changedMeanwhile) {
      // The complaint stopped waiting between the question and the correlation (withdrawn, timed out).
      return Delivery.NOT_WAITING;
    } catch (OptimisticLockingException changedMeanwhile) {
      // ... or while the correlation ran: then the other change wins, and this answer is either no
      // longer awaited (the polite answer) or worth the caller's retry.
      if (waiting(reference, message) == null) {
        return Delivery.NOT_WAITING;
      }
      throw changedMeanwhile;
    }
    return Delivery.DELIVERED;
  }

  /** Whether the complaint {@code reference} waits for {@code message} now. */
  public boolean waitsFor(String reference, String message) {
    return waiting(reference, message) != null;
  }

  private ProcessInstance waiting(String reference, String message) {
    ProcessInstance complaint = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(reference).active().singleResult();
    boolean waits = complaint != null && runtimeService.createExecutionQuery().processInstanceId(complaint.getId())
        .messageEventSubscriptionName(message).count() > 0;
    return waits ? complaint : null;
  }
}
