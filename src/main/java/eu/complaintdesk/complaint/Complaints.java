package eu.complaintdesk.complaint;

import static eu.complaintdesk.ProcessConstants.PROCESS_COMPLAINT_HANDLING;
import static eu.complaintdesk.ProcessConstants.VAR_COMPLAINT_REFERENCE;
import static eu.complaintdesk.ProcessConstants.VAR_FINAL_RESPONSE_DUE;
import static eu.complaintdesk.ProcessConstants.VAR_FIRST_RESPONSE_DUE;
import static eu.complaintdesk.ProcessConstants.VAR_INTAKE_CLIENT;
import static eu.complaintdesk.ProcessConstants.VAR_RESOLUTION_DUE;

import eu.complaintdesk.deadline.BusinessCalendar;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.springframework.stereotype.Component;

/**
 * The web side's one door into the process for new complaints: the REST API for integrations now,
 * the customer web form and the inbox later. It checks with {@link Intake} before it starts
 * anything, so every caller gets the problems field by field instead of an engine exception, and
 * the process checks the same rules again at registration for those who come in another way.
 */
@Component
public class Complaints {

  /** The diagram's withdrawal start event: a complaint that passed it was withdrawn, not closed. */
  static final String WITHDRAWN_EVENT = "complaintWithdrawn";

  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final BusinessCalendar calendar;

  Complaints(RuntimeService runtimeService, HistoryService historyService, BusinessCalendar calendar) {
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.calendar = calendar;
  }

  /**
   * Starts a complaint with these start-event variables and answers its reference.
   *
   * @throws ComplaintRefused naming every problem, before anything is stored
   */
  public String start(Map<String, ?> complaint) {
    List<Problem> problems = Intake.problems(complaint);
    if (!problems.isEmpty()) {
      throw new ComplaintRefused(problems);
    }
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS_COMPLAINT_HANDLING,
        new HashMap<String, Object>(complaint));
    return instance.getBusinessKey();
  }

  /**
   * Where the complaint with this reference stands, if {@code intakeClient} submitted it: a client
   * never learns whether a reference it did not send exists.
   */
  public Optional<ComplaintStatus> statusFor(String reference, String intakeClient) {
    HistoricProcessInstance complaint = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(PROCESS_COMPLAINT_HANDLING).processInstanceBusinessKey(reference).singleResult();
    if (complaint == null) {
      return Optional.empty();
    }
    Map<String, Object> variables = new HashMap<>();
    historyService.createHistoricVariableInstanceQuery().processInstanceId(complaint.getId())
        .variableNameIn(VAR_INTAKE_CLIENT, VAR_COMPLAINT_REFERENCE, VAR_FIRST_RESPONSE_DUE, VAR_RESOLUTION_DUE,
            VAR_FINAL_RESPONSE_DUE)
        .list().stream().filter(v -> v.getValue() != null)
        .forEach((HistoricVariableInstance v) -> variables.put(v.getName(), v.getValue()));
    if (!Objects.equals(variables.get(VAR_INTAKE_CLIENT), intakeClient)) {
      return Optional.empty();
    }
    return Optional.of(new ComplaintStatus(reference, state(complaint), currentSteps(complaint),
        at(variables.get(VAR_FIRST_RESPONSE_DUE)), at(variables.get(VAR_RESOLUTION_DUE)),
        at(variables.get(VAR_FINAL_RESPONSE_DUE))));
  }

  private ComplaintStatus.State state(HistoricProcessInstance complaint) {
    if (complaint.getEndTime() == null) {
      return ComplaintStatus.State.OPEN;
    }
    boolean withdrawn = historyService.createHistoricActivityInstanceQuery().processInstanceId(complaint.getId())
        .activityId(WITHDRAWN_EVENT).count() > 0;
    return withdrawn ? ComplaintStatus.State.WITHDRAWN : ComplaintStatus.State.CLOSED;
  }

  /** The names of the steps the complaint waits in, those about to run (a mail) included. */
  private List<String> currentSteps(HistoricProcessInstance complaint) {
    List<String> steps = new ArrayList<>();
    if (complaint.getEndTime() == null) {
      ActivityInstance tree = runtimeService.getActivityInstance(complaint.getId());
      if (tree != null) {
        collect(tree, steps);
      }
    }
    return steps.stream().distinct().toList();
  }

  private static void collect(ActivityInstance scope, List<String> steps) {
    for (TransitionInstance transition : scope.getChildTransitionInstances()) {
      steps.add(Objects.requireNonNullElse(transition.getActivityName(), transition.getActivityId()));
    }
    for (ActivityInstance child : scope.getChildActivityInstances()) {
      if (child.getChildActivityInstances().length == 0 && child.getChildTransitionInstances().length == 0) {
        steps.add(Objects.requireNonNullElse(child.getActivityName(), child.getActivityId()));
      } else {
        collect(child, steps);
      }
    }
  }

  private OffsetDateTime at(Object date) {
    return date instanceof Date due ? due.toInstant().atZone(calendar.zone()).toOffsetDateTime() : null;
  }
}
