package eu.complaintdesk.deadline;

import static eu.complaintdesk.ProcessConstants.ACTIVITY_RESOLUTION_DEADLINE;
import static eu.complaintdesk.ProcessConstants.VAR_RESOLUTION_DUE;
import static eu.complaintdesk.ProcessConstants.VAR_RESOLUTION_TIME_LEFT;

import java.time.Duration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The customer answered: the resolution deadline runs again with the business time that was left
 * when we asked, and the new due date is what agents and mails see from now on.
 */
@Component
class ResumeResolutionDeadlineDelegate implements JavaDelegate {

  private final ResolutionClock clock;

  ResumeResolutionDeadlineDelegate(ResolutionClock clock) {
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object left = execution.getVariable(VAR_RESOLUTION_TIME_LEFT);
    if (left == null) {
      return;
    }
    clock.resume(execution.getProcessInstanceId(), ACTIVITY_RESOLUTION_DEADLINE,
            Duration.parse(left.toString()))
        .ifPresent(due -> execution.setVariable(VAR_RESOLUTION_DUE, due));
    execution.removeVariable(VAR_RESOLUTION_TIME_LEFT);
  }
}
