package eu.complaintdesk.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Due dates for process models, as bean {@code deadlines}: a timer waits in business time with
 * {@code <timeDate>${deadlines.afterSetting('informationReminderAfter')}</timeDate>} or
 * {@code <timeDate>${deadlines.after('P3D')}</timeDate>}.
 *
 * <p>"Now" is the engine's clock ({@link ClockUtil}), not the system clock, so that process tests
 * can move time with {@code ClockUtil.setCurrentTime(...)} and see the due dates follow.
 */
@Component("deadlines")
public class Deadlines {

  private final BusinessCalendar calendar;
  private final ProcessTimingsProperties timings;

  public Deadlines(BusinessCalendar calendar, ProcessTimingsProperties timings) {
    this.calendar = calendar;
    this.timings = timings;
  }

  /** Now plus {@code isoBusinessDuration} of business time ({@code PT4H}, {@code P3D}). */
  public Date after(String isoBusinessDuration) {
    return Date.from(calendar.plus(now(), isoBusinessDuration));
  }

  /** Now plus a named wait of {@code complaint-desk.timings}, e.g. {@code choiceReminderAfter}. */
  public Date afterSetting(String name) {
    return after(timings.businessWait(name));
  }

  /** The resolution deadline for a resolution time of the triage, from {@code from}, as customers read it. */
  public Date resolutionDue(Instant from, String resolutionTime) {
    return Date.from(calendar.roundedUpForCustomers(calendar.plus(from, resolutionTime)));
  }

  /**
   * The final response limit: closing time on the day {@code finalResponseLimitWeeks} calendar
   * weeks after the day of receipt, or on the last working day before it when the desk is closed
   * then. Calendar weeks, because the regulator counts them so; but we tell the customer a time at
   * which someone can still answer, not "Sunday at 23:04" (receipt to the minute).
   */
  public Date finalResponseDue(Date receivedAt) {
    LocalDate day = receivedAt.toInstant().atZone(calendar.zone()).toLocalDate()
        .plusWeeks(timings.finalResponseLimitWeeks());
    return Date.from(calendar.lastClosingOnOrBefore(day));
  }

  /**
   * When the holding reply goes out: {@code holdingReplyBefore} (business time) before the limit.
   * Counting whole working days back from a closing time ends at a closing time, when nobody reads
   * mail; the reply then goes out at opening time that day, still that many working days ahead.
   */
  public Date holdingReplyAt(Date finalResponseDue) {
    Instant at = calendar.minus(finalResponseDue.toInstant(), timings.holdingReplyBefore());
    LocalDate day = at.atZone(calendar.zone()).toLocalDate();
    return Date.from(at.equals(calendar.closingOn(day)) ? calendar.openingOn(day) : at);
  }

  /**
   * Closing time on the day a promise names ("by 14 December"): the form gives the day as text
   * ({@code 2026-12-14}); a date-time or a {@link Date} counts by its day in the desk's zone.
   */
  public Date endOfBusinessDay(Object day) {
    LocalDate date;
    if (day instanceof Date given) {
      date = given.toInstant().atZone(calendar.zone()).toLocalDate();
    } else if (day instanceof String text && text.length() >= 10) {
      try {
        date = LocalDate.parse(text.substring(0, 10));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("'" + text + "' is not a date (yyyy-MM-dd)", e);
      }
    } else {
      throw new IllegalArgumentException("'" + day + "' is not a date (yyyy-MM-dd)");
    }
    return Date.from(calendar.closingOn(date));
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
