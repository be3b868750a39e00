package eu.complaintdesk.deadline;

import static eu.complaintdesk.ProcessConstants.ACTIVITY_RESOLUTION_DEADLINE;
import static eu.complaintdesk.ProcessConstants.VAR_RESOLUTION_TIME_LEFT;

import java.time.Duration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * While we wait for the customer's information the resolution deadline does not run: its timer is
 * suspended and the business time left is kept (as ISO text, e.g. PT12H) for the resume.
 */
@Component
class PauseResolutionDeadlineDelegate implements JavaDelegate {

  private final ResolutionClock clock;

  PauseResolutionDeadlineDelegate(ResolutionClock clock) {
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Duration left = clock.pause(execution.getProcessInstanceId(), ACTIVITY_RESOLUTION_DEADLINE);
    execution.setVariable(VAR_RESOLUTION_TIME_LEFT, left.toString());
  }
}
