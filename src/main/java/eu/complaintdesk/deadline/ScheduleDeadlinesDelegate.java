package eu.complaintdesk.deadline;

import static eu.complaintdesk.ProcessConstants.TRIAGE_FIRST_RESPONSE_TIME;
import static eu.complaintdesk.ProcessConstants.TRIAGE_PRIORITY;
import static eu.complaintdesk.ProcessConstants.TRIAGE_RESOLUTION_TIME;
import static eu.complaintdesk.ProcessConstants.VAR_FINAL_RESPONSE_DUE;
import static eu.complaintdesk.ProcessConstants.VAR_FIRST_RESPONSE_DUE;
import static eu.complaintdesk.ProcessConstants.VAR_FIRST_RESPONSE_WARNING_AT;
import static eu.complaintdesk.ProcessConstants.VAR_HOLDING_REPLY_AT;
import static eu.complaintdesk.ProcessConstants.VAR_PRIORITY;
import static eu.complaintdesk.ProcessConstants.VAR_RECEIVED_AT;
import static eu.complaintdesk.ProcessConstants.VAR_RESOLUTION_DUE;
import static eu.complaintdesk.ProcessConstants.VAR_TRIAGE;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Turns the triage decision's business times into due dates: the first response, a warning when
 * three quarters of it have passed (the checklist's early warning), the resolution, the
 * regulator's final response limit and the holding reply before it. The times themselves come
 * from complaint-triage.dmn and the configuration; none is fixed here.
 *
 * <p>The first-response and resolution dates are told to the customer, so they are rounded up to
 * a whole quarter hour (a deadline "by 13:07" reads like a machine's); the warning is ours alone
 * and stays exact.
 */
@Component
class ScheduleDeadlinesDelegate implements JavaDelegate {

  /** The share of the first-response time after which the team is warned. */
  static final double FIRST_RESPONSE_WARNING_SHARE = 0.75;

  private final BusinessCalendar calendar;
  private final Deadlines deadlines;

  ScheduleDeadlinesDelegate(BusinessCalendar calendar, Deadlines deadlines) {
    this.calendar = calendar;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    @SuppressWarnings("unchecked")
    Map<String, Object> triage = (Map<String, Object>) execution.getVariable(VAR_TRIAGE);
    if (triage == null) {
      throw new IllegalStateException("The triage decision gave no result for complaint "
          + execution.getProcessBusinessKey() + ": check complaint-triage.dmn covers its inputs");
    }
    Instant received = ((Date) execution.getVariable(VAR_RECEIVED_AT)).toInstant();
    String firstResponseTime = (String) triage.get(TRIAGE_FIRST_RESPONSE_TIME);
    String resolutionTime = (String) triage.get(TRIAGE_RESOLUTION_TIME);
    Date finalResponseDue = deadlines.finalResponseDue(Date.from(received));

    execution.setVariable(VAR_PRIORITY, ((Number) triage.get(TRIAGE_PRIORITY)).intValue());
    execution.setVariable(VAR_FIRST_RESPONSE_DUE,
        Date.from(calendar.roundedUpForCustomers(calendar.plus(received, firstResponseTime))));
    execution.setVariable(VAR_FIRST_RESPONSE_WARNING_AT,
        Date.from(calendar.fractionOf(received, firstResponseTime, FIRST_RESPONSE_WARNING_SHARE)));
    execution.setVariable(VAR_RESOLUTION_DUE, deadlines.resolutionDue(received, resolutionTime));
    execution.setVariable(VAR_FINAL_RESPONSE_DUE, finalResponseDue);
    execution.setVariable(VAR_HOLDING_REPLY_AT, deadlines.holdingReplyAt(finalResponseDue));
  }
}
