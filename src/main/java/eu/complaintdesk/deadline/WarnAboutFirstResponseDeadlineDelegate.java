package eu.complaintdesk.deadline;

import static eu.complaintdesk.ProcessConstants.ACTIVITY_LISTEN_TO_CUSTOMER;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_NAME;
import static eu.complaintdesk.ProcessConstants.VAR_FIRST_RESPONSE_DUE;

import eu.complaintdesk.communication.StaffNotifier;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Three quarters of the first-response time have passed: the first agent task moves up the
 * Tasklist (priority raised) and its assignee and candidate groups are told by mail.
 */
@Component
class WarnAboutFirstResponseDeadlineDelegate implements JavaDelegate {

  private final TaskService taskService;
  private final StaffNotifier notifier;
  private final StaffAlerts alerts;

  WarnAboutFirstResponseDeadlineDelegate(TaskService taskService, StaffNotifier notifier, StaffAlerts alerts) {
    this.taskService = taskService;
    this.notifier = notifier;
    this.alerts = alerts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Task task = taskService.createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(ACTIVITY_LISTEN_TO_CUSTOMER)
        .singleResult();
    if (task == null) {
      return;
    }
    taskService.setPriority(task.getId(), StaffAlerts.raised(task.getPriority()));
    List<String> groups = taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .toList();
    String due = alerts.when((Date) execution.getVariable(VAR_FIRST_RESPONSE_DUE));
    String reference = execution.getProcessBusinessKey();
    notifier.notify(reference, task.getAssignee() == null ? List.of() : List.of(task.getAssignee()), groups,
        "First response due soon: " + reference,
        "The first response to complaint " + reference + " from " + execution.getVariable(VAR_CUSTOMER_NAME)
            + " is due " + due + ".\n\nListen to the customer now: " + alerts.link(task.getId()) + "\n");
  }
}
