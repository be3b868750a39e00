package eu.complaintdesk.deadline;

import java.time.LocalTime;
import java.time.Period;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long a complaint may be reopened after our final response or the closing mail:
 * {@code complaint-desk.timings.reopen-within}, default {@code P30D}. Calendar time, not business
 * time: the customer reads "until Friday, 3 April 2026", and a customer counts the days on a
 * calendar, as the regulator counts the final-response limit. The period ends at 23:59 of its last
 * day in the desk's time zone, so that the date in the mail is a whole day the link still works.
 *
 * <p>The diagram starts the period with {@code ${reopenPeriod.until()}} a moment after the mail
 * that names it was sent, so the window never closes before the day the customer was told.
 */
@Component("reopenPeriod")
public class ReopenPeriod {

  private static final LocalTime LAST_MINUTE = LocalTime.of(23, 59);

  private final BusinessCalendar calendar;
  private final Period within;

  public ReopenPeriod(BusinessCalendar calendar, @Value("${complaint-desk.timings.reopen-within:P30D}") String within) {
    this.calendar = calendar;
    try {
      this.within = Period.parse(within);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("complaint-desk.timings.reopen-within must be an ISO-8601 period in"
          + " days, weeks, months or years (P30D, P1M), not '" + within + "'");
    }
    if (this.within.isNegative() || this.within.isZero()) {
      throw new IllegalArgumentException("complaint-desk.timings.reopen-within must be longer than 0, not " + within);
    }
  }

  /** The end of the reopen period that starts now, by the engine's clock. */
  public Date until() {
    return Date.from(ClockUtil.getCurrentTime().toInstant().atZone(calendar.zone()).toLocalDate().plus(within)
        .atTime(LAST_MINUTE).atZone(calendar.zone()).toInstant());
  }
}
