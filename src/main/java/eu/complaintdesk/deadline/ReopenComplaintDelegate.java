package eu.complaintdesk.deadline;

import static eu.complaintdesk.ProcessConstants.TRIAGE_RESOLUTION_TIME;
import static eu.complaintdesk.ProcessConstants.VAR_FINAL_RESPONSE_DUE;
import static eu.complaintdesk.ProcessConstants.VAR_HOLDING_REPLY_AT;
import static eu.complaintdesk.ProcessConstants.VAR_REOPENED;
import static eu.complaintdesk.ProcessConstants.VAR_RESOLUTION_DUE;
import static eu.complaintdesk.ProcessConstants.VAR_RESOLUTION_TIME_LEFT;
import static eu.complaintdesk.ProcessConstants.VAR_TRIAGE;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * A reopened complaint is answered like a new one from today: the triage's resolution time from
 * now, a new final-response limit (and holding reply before it) counted from the reopening. Its
 * old dates have passed, and the timers on "Resolve the complaint" would otherwise fire the
 * moment it starts again: a take-over for managers and a second referral-rights mail.
 */
@Component
class ReopenComplaintDelegate implements JavaDelegate {

  private final Deadlines deadlines;

  ReopenComplaintDelegate(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    @SuppressWarnings("unchecked")
    Map<String, Object> triage = (Map<String, Object>) execution.getVariable(VAR_TRIAGE);
    Date now = ClockUtil.getCurrentTime();
    String resolutionTime = triage == null ? null : (String) triage.get(TRIAGE_RESOLUTION_TIME);
    if (resolutionTime == null) {
      throw new IllegalStateException("Complaint " + execution.getProcessBusinessKey()
          + " has no triage resolution time to reopen it with");
    }
    Instant start = now.toInstant();
    Date finalResponseDue = deadlines.finalResponseDue(now);
    execution.setVariable(VAR_REOPENED, true);
    execution.setVariable(VAR_RESOLUTION_DUE, deadlines.resolutionDue(start, resolutionTime));
    execution.setVariable(VAR_FINAL_RESPONSE_DUE, finalResponseDue);
    execution.setVariable(VAR_HOLDING_REPLY_AT, deadlines.holdingReplyAt(finalResponseDue));
    execution.removeVariable(VAR_RESOLUTION_TIME_LEFT);
  }
}
