package eu.complaintdesk.deadline;

import eu.complaintdesk.communication.StaffNotifier;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * A task for managers has been created: its candidate groups (and its assignee, if any) are told by
 * mail, with its due date and a Tasklist link, so that an escalation reaches a person and does not
 * wait until someone looks at the queue.
 *
 * <p>The diagram runs it as the task's {@code timeout} listener with a timer of {@code PT0S}, not
 * as a {@code create} listener: a timer is a job of its own that runs once the transaction that
 * created the task has committed. A mail server that is down then neither rolls back the
 * completion of the task before (a user's work) nor is forgotten: the job fails, retries and ends
 * as an incident in Cockpit, where it can be retried. If the task is done before the job runs, the
 * job goes with it: nobody needs telling any more.
 */
@Component
class NotifyManagersListener implements TaskListener {

  private final StaffNotifier notifier;
  private final StaffAlerts alerts;

  NotifyManagersListener(StaffNotifier notifier, StaffAlerts alerts) {
    this.notifier = notifier;
    this.alerts = alerts;
  }

  @Override
  public void notify(DelegateTask task) {
    List<String> groups = task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .toList();
    List<String> assignee = task.getAssignee() == null ? List.of() : List.of(task.getAssignee());
    notifier.notify(task.getExecution().getProcessBusinessKey(), assignee, groups,
        "For managers: " + task.getName(),
        task.getName() + " is waiting for a manager. It is due " + alerts.when(task.getDueDate())
            + ".\n\nOpen it in Tasklist: " + alerts.link(task.getId()) + "\n");
  }
}
