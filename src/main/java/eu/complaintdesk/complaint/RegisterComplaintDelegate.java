package eu.complaintdesk.complaint;

import static eu.complaintdesk.ProcessConstants.VAR_COMPLAINT_REFERENCE;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_LANGUAGE;
import static eu.complaintdesk.ProcessConstants.VAR_ESCALATED;
import static eu.complaintdesk.ProcessConstants.VAR_RECEIVED_AT;

import eu.complaintdesk.deadline.BusinessCalendar;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Step 1, act as soon as possible: the complaint gets its reference the moment it is received. The
 * reference is also the business key, so customers' answers find their complaint by it. A
 * complaint that lacks what the start form requires is refused here (see {@link Intake}).
 */
@Component
class RegisterComplaintDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(RegisterComplaintDelegate.class);

  private final ComplaintReferences references;
  private final BusinessCalendar calendar;

  RegisterComplaintDelegate(ComplaintReferences references, BusinessCalendar calendar) {
    this.references = references;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Intake.check(execution);
    Instant receivedAt = ClockUtil.getCurrentTime().toInstant();
    String reference = references.next(receivedAt, calendar.zone());
    execution.setProcessBusinessKey(reference);
    execution.setVariable(VAR_COMPLAINT_REFERENCE, reference);
    execution.setVariable(VAR_RECEIVED_AT, Date.from(receivedAt));
    execution.setVariable(VAR_ESCALATED, false);
    if (execution.getVariable(VAR_CUSTOMER_LANGUAGE) == null) {
      execution.setVariable(VAR_CUSTOMER_LANGUAGE, "en");
    }
    LOG.info("Complaint {} registered", reference);
  }
}
