package eu.complaintdesk.deadline;

import static eu.complaintdesk.ProcessConstants.GROUP_ADMINS;
import static eu.complaintdesk.ProcessConstants.VAR_OVERDUE_TASK;

import eu.complaintdesk.communication.StaffNotifier;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The second level of escalation: a task for managers (named by the input parameter {@code
 * overdueTask}) has passed its due date. It moves up the Tasklist, and the head of service
 * ({@code complaint-desk.escalation.head-of-service}) is told; the administrators when no head
 * of service is set or the one set has no e-mail address, so that the notice always reaches a
 * person.
 */
@Component
class EscalateManagerTaskDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(EscalateManagerTaskDelegate.class);

  private final TaskService taskService;
  private final StaffNotifier notifier;
  private final StaffAlerts alerts;
  private final String headOfService;

  EscalateManagerTaskDelegate(TaskService taskService, StaffNotifier notifier, StaffAlerts alerts,
      EscalationProperties escalation) {
    this.taskService = taskService;
    this.notifier = notifier;
    this.alerts = alerts;
    this.headOfService = escalation.headOfService();
  }

  @Override
  public void execute(DelegateExecution execution) {
    String taskKey = (String) execution.getVariable(VAR_OVERDUE_TASK);
    Date now = ClockUtil.getCurrentTime();
    // Of a task that runs once per promise, only the late ones (each has its own due date).
    List<Task> late = taskService.createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(taskKey)
        .list().stream()
        .filter(task -> task.getDueDate() != null && !task.getDueDate().after(now))
        .toList();
    if (late.isEmpty()) {
      LOG.debug("No late {} task in complaint {} any more", taskKey, execution.getProcessBusinessKey());
    }
    late.forEach(task -> escalate(execution.getProcessBusinessKey(), task));
  }

  private void escalate(String reference, Task task) {
    int priority = StaffAlerts.raised(task.getPriority());
    taskService.setPriority(task.getId(), priority);
    String subject = "Overdue with managers: " + task.getName();
    String text = task.getName() + " was due " + alerts.when(task.getDueDate()) + " and is still open"
        + (task.getAssignee() == null ? ", claimed by nobody" : ", with " + task.getAssignee())
        + ". Its priority is now " + priority + ".\n\nSee it through: " + alerts.link(task.getId()) + "\n";
    Set<String> told = headOfService == null ? Set.of()
        : notifier.notify(reference, List.of(headOfService), List.of(), subject, text);
    if (told.isEmpty()) {
      notifier.notify(reference, List.of(), List.of(GROUP_ADMINS), subject, text);
    }
  }
}
