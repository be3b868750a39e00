package eu.complaintdesk.complaint;

import static eu.complaintdesk.ProcessConstants.VAR_RECEIVED_AT;

import eu.complaintdesk.deadline.BusinessCalendar;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Which final response a resolved complaint gets, as bean {@code finalResponse} for the diagram's
 * gateway: one resolved within {@code complaint-desk.final-response.summary-resolution-within} of
 * receipt (business time) closes with the short summary resolution, any other with the full
 * final response. "Now" is the engine's clock, so that process tests can move it.
 */
@Component("finalResponse")
public class FinalResponse {

  private final BusinessCalendar calendar;
  private final String summaryResolutionWithin;

  FinalResponse(BusinessCalendar calendar, FinalResponseProperties properties) {
    this.calendar = calendar;
    this.summaryResolutionWithin = properties.summaryResolutionWithin();
    try {
      calendar.plus(Instant.now(), summaryResolutionWithin);
    } catch (IllegalArgumentException e) {
      // At startup, with the property's name, rather than at the first resolved complaint.
      throw new IllegalArgumentException(FinalResponseProperties.PREFIX
          + "summary-resolution-within: " + e.getMessage());
    }
  }

  /** Whether the complaint is resolved now within the summary resolution time of its receipt. */
  public boolean isSummaryResolution(VariableScope variables) {
    Date received = (Date) variables.getVariable(VAR_RECEIVED_AT);
    return isWithinSummaryResolution(received.toInstant(), ClockUtil.getCurrentTime().toInstant());
  }

  /** Whether {@code resolved} lies within the summary resolution time of {@code received}: the reports' closure bucket. */
  public boolean isWithinSummaryResolution(Instant received, Instant resolved) {
    return !resolved.isAfter(calendar.plus(received, summaryResolutionWithin));
  }
}
