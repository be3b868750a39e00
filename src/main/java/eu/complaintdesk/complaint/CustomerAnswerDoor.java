package eu.complaintdesk.complaint;

import static eu.complaintdesk.ProcessConstants.MESSAGE_INFORMATION_RECEIVED;
import static eu.complaintdesk.ProcessConstants.MESSAGE_SOLUTION_CHOSEN;
import static eu.complaintdesk.ProcessConstants.VAR_CHOICE_ROUND;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_EMAIL;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_LANGUAGE;
import static eu.complaintdesk.ProcessConstants.VAR_INFORMATION_REQUEST;
import static eu.complaintdesk.ProcessConstants.VAR_INFORMATION_REQUEST_NUMBER;
import static eu.complaintdesk.ProcessConstants.VIA_LINK;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The web side's one door for a customer's answer (the link pages, the calls agents record, the inbox): it checks
 * the answer with {@link CustomerAnswers}, as the engine will, and correlates it by the reference.
 * A complaint that no longer waits for this answer (answered already, withdrawn, closed) is a
 * normal outcome the caller shows politely, not an error: customers click old links.
 *
 * <p>A delivered answer is announced ({@link CustomerAnswerDelivered}) in the transaction of the
 * correlation, which joins the caller's: the communication log records it, or neither happens.
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
  private final JudgedOffers judgedOffers;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final TransactionTemplate savepoint;

  CustomerAnswerDoor(RuntimeService runtimeService, HistoryService historyService, JudgedOffers judgedOffers,
      ApplicationEventPublisher events, PlatformTransactionManager transactions) {
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.judgedOffers = judgedOffers;
    this.events = events;
    this.transaction = new TransactionTemplate(transactions);
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

  /** Delivers an answer that came through a link in a mail (all callers but the call and the inbox). */
  public Delivery deliver(String reference, String message, Map<String, ?> answer) {
    return deliver(reference, message, answer, VIA_LINK);
  }

  /** Delivers an answer that the customer gave {@code via} a channel ({@code ProcessConstants.VIA_*}). */
  public Delivery deliver(String reference, String message, Map<String, ?> answer, String via) {
    return deliver(reference, message, answer, via, null);
  }

  /**
   * Delivers {@code answer} as {@code message} to the complaint {@code reference}.
   *
   * @param via        the channel it came by ({@code ProcessConstants.VIA_*})
   * @param recordedBy the user who took the answer down (a call); null when the customer sent it
   * @throws org.camunda.bpm.engine.BadUserRequestException naming every problem of the answer
   */
  public Delivery deliver(String reference, String message, Map<String, ?> answer, String via, String recordedBy) {
    Objects.requireNonNull(via, "via");
    return transaction.execute(status -> {
      ProcessInstance complaint = waitingFor(reference, message).orElse(null);
      if (complaint == null) {
        return Delivery.NOT_WAITING;
      }
      Map<String, Object> variables = runtimeService.getVariables(complaint.getId());
      CustomerAnswers.check(message, answer, variables);
      if (!correlated(reference, message, complaint, answer)) {
        return Delivery.NOT_WAITING;
      }
      events.publishEvent(new CustomerAnswerDelivered(reference, message, new HashMap<>(answer), via, recordedBy,
          text(variables.get(VAR_CUSTOMER_EMAIL)), text(variables.get(VAR_CUSTOMER_LANGUAGE))));
      return Delivery.DELIVERED;
    });
  }

  /**
   * Correlates in a savepoint: a failed engine command marks the whole transaction rollback-only,
   * and the caller's (the link's once-only mark) must still commit; rolling back to the savepoint
   * clears that mark again. False when the complaint stopped waiting meanwhile: between the question
   * and the correlation (a MismatchingMessageCorrelationException), or while it ran (an
   * OptimisticLockingException, after which it no longer waits; otherwise the caller may retry).
   */
  private boolean correlated(String reference, String message, ProcessInstance complaint, Map<String, ?> answer) {
    try {
      savepoint.executeWithoutResult(status -> runtimeService.createMessageCorrelation(message)
          .processInstanceId(complaint.getId()).setVariables(new HashMap<String, Object>(answer))
          .correlateWithResult());
      return true;
    } catch (MismatchingMessageCorrelationException changedMeanwhile) {
      return false;
    } catch (OptimisticLockingException changedMeanwhile) {
      if (waitingFor(reference, message).isEmpty()) {
        return false;
      }
      throw changedMeanwhile;
    }
  }

  /** Whether the complaint {@code reference} waits for {@code message} now. */
  public boolean waitsFor(String reference, String message) {
    return waitingFor(reference, message).isPresent();
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
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
   * The number of the request for information the complaint waits to have answered
   * ({@code informationRequestNumber}; 0 for a request mailed before requests were numbered), so
   * that a link of an earlier request is told apart; empty when it waits for no answer.
   */
  public OptionalInt informationRequestNumber(String reference) {
    return numberWaitedFor(reference, MESSAGE_INFORMATION_RECEIVED, VAR_INFORMATION_REQUEST_NUMBER);
  }

  /**
   * The number of the offer the complaint waits for a choice from ({@code choiceRound}; 0 for an
   * offer mailed before offers were numbered), so that a link of a declined offer is told apart;
   * empty when it waits for no choice.
   */
  public OptionalInt choiceRound(String reference) {
    return numberWaitedFor(reference, MESSAGE_SOLUTION_CHOSEN, VAR_CHOICE_ROUND);
  }

  private OptionalInt numberWaitedFor(String reference, String message, String variable) {
    return waitingFor(reference, message)
        .map(complaint -> runtimeService.getVariable(complaint.getId(), variable) instanceof Number n
            ? OptionalInt.of(n.intValue()) : OptionalInt.of(0))
        .orElse(OptionalInt.empty());
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
