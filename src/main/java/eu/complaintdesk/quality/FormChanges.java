package eu.complaintdesk.quality;

import static eu.complaintdesk.ProcessConstants.VAR_ACCOUNT_NUMBER;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_NAME;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_PHONE;

import eu.complaintdesk.quality.Timeline.FormValuesChanged;
import eu.complaintdesk.quality.Timeline.ValueChange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * What each task completion changed in the complaint's variables, from the engine's history detail
 * (one {@link HistoricVariableUpdate} per variable set): the updates made in the command that
 * completed the task (the completion's user operation, so whoever completed it) on the task or its
 * activity instance, each with the value it replaced, the previous update of the same variable.
 * A value sent again unchanged (Tasklist submits every field of the form) is no change; the values are
 * told by name, in alphabetical order.
 *
 * <p>The timeline is for staff and may show names of fields and their values, but not more of the
 * customer's identity than it shows elsewhere: the customer's name, phone and account number are
 * told as changed without their values. (The e-mail address is shown: the communication log names it.)
 */
class FormChanges {

  static final String WITHHELD = "(personal data, not shown)";
  private static final Set<String> PERSONAL = Set.of(VAR_CUSTOMER_NAME, VAR_CUSTOMER_PHONE, VAR_ACCOUNT_NUMBER);

  /** Per task id, the completion's user operation (its operation id and who completed it). */
  private final Map<String, UserOperationLogEntry> completions;
  /** Every update that changed its variable's value, with the value before, oldest first. */
  private final List<Update> updates = new ArrayList<>();

  private record Update(HistoricVariableUpdate update, String from, String to) {
  }

  FormChanges(HistoryService history, String processInstanceId, Map<String, UserOperationLogEntry> completions) {
    this.completions = completions;
    Map<String, String> before = new HashMap<>();
    history.createHistoricDetailQuery().processInstanceId(processInstanceId).variableUpdates()
        .disableBinaryFetching().disableCustomObjectDeserialization().orderByTime().asc()
        .orderPartiallyByOccurrence().asc().list().stream()
        .filter(HistoricVariableUpdate.class::isInstance).map(HistoricVariableUpdate.class::cast)
        .forEach(update -> {
          String from = before.get(update.getVariableInstanceId());
          String to = text(update.getTypedValue());
          if (!Objects.equals(from, to)) {
            updates.add(new Update(update, from, to));
          }
          before.put(update.getVariableInstanceId(), to);
        });
  }

  /** The entry "Form values changed" of a completed user task; null when it changed nothing. */
  FormValuesChanged of(HistoricActivityInstance task) {
    UserOperationLogEntry completion = task.getTaskId() == null ? null : completions.get(task.getTaskId());
    if (completion == null || completion.getOperationId() == null) {
      return null;
    }
    List<ValueChange> changes = updates.stream().filter(change -> ofCompletion(change.update(), task, completion))
        .map(change -> PERSONAL.contains(change.update().getVariableName())
            ? new ValueChange(change.update().getVariableName(), change.from() == null ? null : WITHHELD, WITHHELD)
            : new ValueChange(change.update().getVariableName(), change.from(), change.to()))
        .sorted(Comparator.comparing(ValueChange::name)).toList();
    return changes.isEmpty() ? null : new FormValuesChanged(task.getEndTime(), completion.getUserId(), changes);
  }

  /** Made in the command that completed the task, on the task or on its activity instance. */
  private static boolean ofCompletion(HistoricVariableUpdate update, HistoricActivityInstance task,
      UserOperationLogEntry completion) {
    return completion.getOperationId().equals(update.getUserOperationId())
        && (task.getTaskId().equals(update.getTaskId()) || task.getId().equals(update.getActivityInstanceId()));
  }

  /** A value as text; an object (a Java or JSON value) as it is stored, never deserialized here. */
  private static String text(TypedValue typed) {
    Object value = typed instanceof SerializableValue serializable && !serializable.isDeserialized()
        ? serializable.getValueSerialized() : typed == null ? null : typed.getValue();
    return value == null ? null : value.toString();
  }
}
