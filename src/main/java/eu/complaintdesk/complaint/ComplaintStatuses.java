package eu.complaintdesk.complaint;

import static eu.complaintdesk.ProcessConstants.ACTIVITY_RESOLVE_COMPLAINT;
import static eu.complaintdesk.ProcessConstants.MAX_PROMISES;
import static eu.complaintdesk.ProcessConstants.MESSAGE_FEEDBACK_RECEIVED;
import static eu.complaintdesk.ProcessConstants.MESSAGE_INFORMATION_RECEIVED;
import static eu.complaintdesk.ProcessConstants.MESSAGE_SOLUTION_CHOSEN;
import static eu.complaintdesk.ProcessConstants.PROCESS_COMPLAINT_HANDLING;
import static eu.complaintdesk.ProcessConstants.TASK_REVIEW_REOPENED_COMPLAINT;
import static eu.complaintdesk.ProcessConstants.VAR_ADD_PROMISE;
import static eu.complaintdesk.ProcessConstants.VAR_FINAL_RESPONSE_DUE;
import static eu.complaintdesk.ProcessConstants.VAR_FIRST_RESPONSE_DUE;
import static eu.complaintdesk.ProcessConstants.VAR_PROMISE_N_DUE;
import static eu.complaintdesk.ProcessConstants.VAR_REOPENABLE_UNTIL;
import static eu.complaintdesk.ProcessConstants.VAR_RESOLUTION_DUE;
import static eu.complaintdesk.ProcessConstants.VAR_RESOLUTION_TIME_LEFT;

import eu.complaintdesk.deadline.BusinessCalendar;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.springframework.stereotype.Component;

/**
 * Reads where a complaint stands, once for every reader (the complaint API, the customer's status
 * page): from history, so that an ended complaint still has a status, and from the running
 * instance's activity tree and message subscriptions for what it does and waits for now.
 */
@Component
class ComplaintStatuses {

  /** The diagram's withdrawal start event: a complaint that passed it was withdrawn, not closed. */
  static final String WITHDRAWN_EVENT = "complaintWithdrawn";
  /** While one of these runs, we are working on the complaint (first, or again after a reopen). */
  static final Set<String> WORKING = Set.of("sendAcknowledgementEmail", ACTIVITY_RESOLVE_COMPLAINT,
      "reopenComplaint", TASK_REVIEW_REOPENED_COMPLAINT);
  /** The customer's answers we may wait for, by the word the status uses. */
  static final Map<String, String> WAITING_FOR = Map.of(MESSAGE_INFORMATION_RECEIVED, "information",
      MESSAGE_SOLUTION_CHOSEN, "choice", MESSAGE_FEEDBACK_RECEIVED, "feedback");

  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final BusinessCalendar calendar;

  ComplaintStatuses(RuntimeService runtimeService, HistoryService historyService, BusinessCalendar calendar) {
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.calendar = calendar;
  }

  /** The complaint's history entry, or null for a reference we do not know. */
  HistoricProcessInstance find(String reference) {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_COMPLAINT_HANDLING)
        .processInstanceBusinessKey(reference).singleResult();
  }

  /** The complaint's current variables (the last value of each), from history. */
  Map<String, Object> variables(HistoricProcessInstance complaint) {
    Map<String, Object> variables = new HashMap<>();
    historyService.createHistoricVariableInstanceQuery().processInstanceId(complaint.getId()).list().stream()
        .filter(v -> v.getValue() != null).forEach(v -> variables.put(v.getName(), v.getValue()));
    return variables;
  }

  ComplaintStatus of(HistoricProcessInstance complaint, Map<String, Object> variables) {
    boolean running = complaint.getEndTime() == null;
    List<String> steps = new ArrayList<>();
    Set<String> activities = new LinkedHashSet<>();
    if (running) {
      ActivityInstance tree = runtimeService.getActivityInstance(complaint.getId());
      if (tree != null) {
        collect(tree, steps, activities);
      }
    }
    ComplaintStatus.State state = state(complaint, activities);
    return new ComplaintStatus(complaint.getBusinessKey(), state, steps.stream().distinct().toList(),
        at(variables.get(VAR_FIRST_RESPONSE_DUE)),
        variables.containsKey(VAR_RESOLUTION_TIME_LEFT) ? null : at(variables.get(VAR_RESOLUTION_DUE)),
        at(variables.get(VAR_FINAL_RESPONSE_DUE)), running ? waitingFor(complaint) : List.of(),
        promiseDates(variables),
        state == ComplaintStatus.State.CLOSED && running ? at(variables.get(VAR_REOPENABLE_UNTIL)) : null,
        List.copyOf(activities));
  }

  private ComplaintStatus.State state(HistoricProcessInstance complaint, Set<String> activities) {
    boolean withdrawn = historyService.createHistoricActivityInstanceQuery().processInstanceId(complaint.getId())
        .activityId(WITHDRAWN_EVENT).count() > 0;
    if (withdrawn) {
      return ComplaintStatus.State.WITHDRAWN;
    }
    return activities.stream().anyMatch(WORKING::contains) ? ComplaintStatus.State.OPEN : ComplaintStatus.State.CLOSED;
  }

  private List<String> waitingFor(HistoricProcessInstance complaint) {
    return runtimeService.createEventSubscriptionQuery().processInstanceId(complaint.getId()).eventType("message")
        .list().stream().map(subscription -> WAITING_FOR.get(subscription.getEventName()))
        .filter(Objects::nonNull).distinct().sorted().toList();
  }

  /** Promise 1 and every added one with a day, as the promise confirmation told them. */
  private static List<LocalDate> promiseDates(Map<String, Object> variables) {
    List<LocalDate> days = new ArrayList<>();
    for (int n = 1; n <= MAX_PROMISES; n++) {
      Object day = variables.get(String.format(VAR_PROMISE_N_DUE, n));
      boolean made = n == 1 || Boolean.TRUE.equals(variables.get(String.format(VAR_ADD_PROMISE, n)));
      if (made && day != null) {
        try {
          days.add(LocalDate.parse(day.toString().substring(0, Math.min(10, day.toString().length()))));
        } catch (DateTimeParseException notADay) {
          // a day changed by hand in Cockpit: better left out than shown wrong
        }
      }
    }
    return days;
  }

  private static void collect(ActivityInstance scope, List<String> steps, Set<String> activities) {
    for (TransitionInstance transition : scope.getChildTransitionInstances()) {
      steps.add(Objects.requireNonNullElse(transition.getActivityName(), transition.getActivityId()));
      activities.add(transition.getActivityId());
    }
    for (ActivityInstance child : scope.getChildActivityInstances()) {
      activities.add(child.getActivityId());
      if (child.getChildActivityInstances().length == 0 && child.getChildTransitionInstances().length == 0) {
        steps.add(Objects.requireNonNullElse(child.getActivityName(), child.getActivityId()));
      } else {
        collect(child, steps, activities);
      }
    }
  }

  private OffsetDateTime at(Object date) {
    return date instanceof Date due ? due.toInstant().atZone(calendar.zone()).toOffsetDateTime() : null;
  }
}
