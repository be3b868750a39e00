package eu.complaintdesk.quality;

import static eu.complaintdesk.ProcessConstants.PROCESS_COMPLAINT_HANDLING;
import static eu.complaintdesk.ProcessConstants.TASK_KEEP_PROMISE;
import static eu.complaintdesk.ProcessConstants.TASK_REVIEW_QUALITY;
import static eu.complaintdesk.ProcessConstants.VAR_PROMISE_DESCRIPTION;
import static eu.complaintdesk.ProcessConstants.VAR_PROMISE_DUE;

import eu.complaintdesk.communication.CommunicationEntry;
import eu.complaintdesk.communication.CommunicationLog;
import eu.complaintdesk.quality.Timeline.Decision;
import eu.complaintdesk.quality.Timeline.Promise;
import eu.complaintdesk.quality.Timeline.Step;
import eu.complaintdesk.quality.Timeline.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Builds a complaint's {@link Timeline} from the engine's history (full history level, the
 * starter's default: the history detail holds every variable update, {@link FormChanges}) and our
 * communication log, so that the audit needs no record of its own:
 * what the engine kept is what happened. Read without the engine's authorization checks: who may
 * read it at all is decided before, by {@link CockpitSession}.
 */
@Component
class Timelines {

  private final HistoryService history;
  private final CommunicationLog communicationLog;
  private final ReviewScores reviewScores;

  Timelines(HistoryService history, CommunicationLog communicationLog, ReviewScores reviewScores) {
    this.history = history;
    this.communicationLog = communicationLog;
    this.reviewScores = reviewScores;
  }

  /** @throws TimelineRefused 404 for no complaint of that reference */
  Timeline ofReference(String reference) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_COMPLAINT_HANDLING)
        .processInstanceBusinessKey(reference).orderByProcessInstanceStartTime().desc().listPage(0, 1).stream()
        .findFirst().map(this::of)
        .orElseThrow(() -> new TimelineRefused(HttpStatus.NOT_FOUND, "There is no complaint " + reference + "."));
  }

  /** @throws TimelineRefused 404 for no complaint with that process instance */
  Timeline ofProcessInstance(String processInstanceId) {
    HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(PROCESS_COMPLAINT_HANDLING).processInstanceId(processInstanceId).singleResult();
    if (instance == null) {
      throw new TimelineRefused(HttpStatus.NOT_FOUND, "Process instance " + processInstanceId + " is no complaint.");
    }
    return of(instance);
  }

  private Timeline of(HistoricProcessInstance instance) {
    List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery()
        .processInstanceId(instance.getId()).orderByHistoricActivityInstanceStartTime().asc()
        .orderPartiallyByOccurrence().asc().list();
    Map<String, UserOperationLogEntry> completions = history.createUserOperationLogQuery()
        .processInstanceId(instance.getId()).entityType("Task")
        .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list().stream()
        .filter(entry -> entry.getTaskId() != null && entry.getUserId() != null)
        .collect(Collectors.toMap(UserOperationLogEntry::getTaskId, Function.identity(), (first, again) -> first));
    FormChanges formChanges = new FormChanges(history, instance.getId(), completions);
    List<Step> steps = activities.stream().filter(activity -> activity.getActivityName() != null)
        .map(activity -> step(activity, completions, formChanges)).toList();
    List<CommunicationEntry> communication = new ArrayList<>(communicationLog.entriesFor(instance.getBusinessKey()));
    Collections.reverse(communication);
    Step review = steps.stream().filter(step -> TASK_REVIEW_QUALITY.equals(step.activityId()))
        .reduce((earlier, later) -> later).orElse(null);
    return new Timeline(instance.getBusinessKey(), instance.getId(), instance.getStartTime(), instance.getEndTime(),
        steps, communication, decisions(instance.getId()), promises(instance.getId(), activities),
        steps.stream().filter(Step::escalation).toList(), reviewScores.of(instance, review));
  }

  private static Step step(HistoricActivityInstance activity, Map<String, UserOperationLogEntry> completions,
      FormChanges formChanges) {
    String id = activity.getActivityId();
    boolean escalation = id.startsWith("escalate") || id.endsWith("Escalated");
    UserOperationLogEntry completion = activity.getTaskId() == null ? null : completions.get(activity.getTaskId());
    return new Step(id, activity.getActivityName(), activity.getActivityType(), activity.getStartTime(),
        activity.getEndTime(), activity.getAssignee(), completion == null ? null : completion.getUserId(),
        activity.isCanceled(), escalation, formChanges.of(activity));
  }

  private List<Decision> decisions(String processInstanceId) {
    return history.createHistoricDecisionInstanceQuery().processInstanceId(processInstanceId).includeInputs()
        .includeOutputs().orderByEvaluationTime().asc().list().stream().map(Timelines::decision).toList();
  }

  private static Decision decision(HistoricDecisionInstance decision) {
    List<Value> inputs = decision.getInputs().stream()
        .map(input -> new Value(input.getClauseName(), text(input.getValue()))).toList();
    List<Value> outputs = decision.getOutputs().stream()
        .map(output -> new Value(Objects.requireNonNullElse(output.getVariableName(), output.getClauseName()),
            text(output.getValue()))).toList();
    return new Decision(decision.getDecisionDefinitionKey(), decision.getDecisionDefinitionName(),
        decision.getActivityId(), decision.getEvaluationTime(), inputs, outputs);
  }

  /**
   * One promise per "Keep the promise" task: its local variables say what was promised for when;
   * a task that ended by itself was kept, one its timer interrupted was not.
   */
  private List<Promise> promises(String processInstanceId, List<HistoricActivityInstance> activities) {
    Map<String, Map<String, Object>> locals = history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(processInstanceId).variableNameIn(VAR_PROMISE_DESCRIPTION, VAR_PROMISE_DUE).list().stream()
        .filter(variable -> variable.getActivityInstanceId() != null && variable.getValue() != null)
        .collect(Collectors.groupingBy(HistoricVariableInstance::getActivityInstanceId,
            Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue)));
    return activities.stream().filter(activity -> TASK_KEEP_PROMISE.equals(activity.getActivityId()))
        .map(activity -> {
          Map<String, Object> promise = locals.getOrDefault(activity.getId(), Map.of());
          Boolean kept = activity.getEndTime() == null ? null : !activity.isCanceled();
          return new Promise(text(promise.get(VAR_PROMISE_DESCRIPTION)), text(promise.get(VAR_PROMISE_DUE)),
              activity.getStartTime(), activity.getEndTime(), kept);
        }).toList();
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
