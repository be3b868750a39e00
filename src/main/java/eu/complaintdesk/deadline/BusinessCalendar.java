package eu.complaintdesk.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Deadline arithmetic in business time: only the hours between opening and closing on working
 * days count (see {@link BusinessHoursProperties}); weekends, public holidays and extra closed
 * days are skipped.
 *
 * <p>The rules, which the tests pin down:
 * <ul>
 *   <li>A start outside business hours (before opening, at or after closing, on a closed day)
 *       first moves to the next opening: a complaint on Saturday is treated as received on Monday
 *       at 8:00.</li>
 *   <li>{@code PTnHnM}: that much business time is used up, day by day. A deadline that ends
 *       exactly at closing is due at closing (Friday 13:00 + PT4H is Friday 17:00, not Monday).
 *       </li>
 *   <li>{@code PnD}: n working days later at the same time of day (Wednesday 10:00 + P3D is Monday
 *       10:00). {@code PnDTnH} adds the days first, then the hours.</li>
 *   <li>Weeks, months and years are rejected: "a week" of business time is ambiguous.</li>
 * </ul>
 *
 * <p>Everything is counted in the desk's local time ({@code zone}), so the night of a
 * daylight-saving change shifts no deadline: Friday 16:00 + PT4H is Monday 11:00 local time,
 * whether or not the clocks changed on Sunday. Were a change ever to fall inside opening hours,
 * the wall-clock hours would count.
 *
 * <p>Camunda's timer durations count wall-clock time. Rather than replacing the engine's
 * duration calendar (which would make every {@code <timeDuration>} in every diagram silently mean
 * business time), we compute due dates here and hand them to timers as dates: {@code
 * <timeDate>${firstResponseDue}</timeDate>}, or {@code ${deadlines.after('P3D')}}.
 */
@Component
public class BusinessCalendar {

  /** Dates we tell customers are whole quarter hours: "by 13:15", never "by 13:07". */
  static final int CUSTOMER_MINUTES = 15;

  private final ZoneId zone;
  private final LocalTime opens;
  private final LocalTime closes;
  private final OpeningHours hours;

  public BusinessCalendar(BusinessHoursProperties properties) {
    this.zone = properties.zone();
    this.opens = properties.opens();
    this.closes = properties.closes();
    this.hours = new OpeningHours(properties);
  }

  /** Closing time on {@code day}: when something promised "by that day" is due. */
  public Instant closingOn(LocalDate day) {
    return day.atTime(closes).atZone(zone).toInstant();
  }

  /** Opening time on {@code day}. */
  public Instant openingOn(LocalDate day) {
    return day.atTime(opens).atZone(zone).toInstant();
  }

  /**
   * Closing time on {@code day}, or on the last working day before it when the desk is closed
   * that day: a limit that falls on a Sunday or a holiday must be met on the working day before.
   */
  public Instant lastClosingOnOrBefore(LocalDate day) {
    return closingOn(hours.workingDayOnOrBefore(day));
  }

  /**
   * {@code moment} rounded up to the next whole quarter hour of the desk's local time (13:07 is
   * 13:15), never past closing time, for dates that customers read. A business deadline is never
   * after closing, so the rounded one stays within opening hours.
   */
  public Instant roundedUpForCustomers(Instant moment) {
    LocalDateTime local = local(moment);
    LocalDateTime whole = local.truncatedTo(ChronoUnit.HOURS)
        .plusMinutes(local.getMinute() / CUSTOMER_MINUTES * CUSTOMER_MINUTES);
    if (whole.isBefore(local)) {
      whole = whole.plusMinutes(CUSTOMER_MINUTES);
    }
    LocalDateTime closing = local.toLocalDate().atTime(closes);
    if (!local.isAfter(closing) && whole.isAfter(closing)) {
      whole = closing;
    }
    return instant(whole);
  }

  /** The time zone in which the desk works, for calendar (not business) arithmetic. */
  public ZoneId zone() {
    return zone;
  }

  /**
   * When {@code isoDuration} of business time ({@code PT4H}, {@code P3D}, {@code P2DT4H}) has
   * passed since {@code start}.
   */
  public Instant plus(Instant start, String isoDuration) {
    BusinessDuration duration = BusinessDuration.parse(isoDuration);
    LocalDateTime afterDays =
        hours.plusWorkingDays(hours.nextBusinessMoment(local(start)), duration.days());
    return instant(hours.plusTime(afterDays, duration.time()));
  }

  /** When {@code businessTime} has passed, e.g. the time left on a paused deadline. */
  public Instant plus(Instant start, Duration businessTime) {
    if (businessTime == null || businessTime.isNegative()) {
      throw new IllegalArgumentException("Business time must be zero or more, not " + businessTime);
    }
    return instant(hours.plusTime(hours.nextBusinessMoment(local(start)), businessTime));
  }

  /**
   * The mirror image of {@link #plus(Instant, String)}: when {@code isoDuration} of business time
   * remains before {@code end}. An end outside business hours first moves back to the last
   * closing. Used for the holding reply, which goes out some working days before the final
   * response limit.
   */
  public Instant minus(Instant end, String isoDuration) {
    BusinessDuration duration = BusinessDuration.parse(isoDuration);
    LocalDateTime beforeDays =
        hours.plusWorkingDays(hours.previousBusinessMoment(local(end)), -duration.days());
    return instant(hours.minusTime(beforeDays, duration.time()));
  }

  /**
   * The business time between two instants, e.g. what is left of a deadline when it pauses.
   * Zero when {@code to} is not after {@code from}: a deadline that has passed has nothing left.
   */
  public Duration businessTimeBetween(Instant from, Instant to) {
    return hours.between(local(from), local(to));
  }

  /**
   * When {@code fraction} (0 to 1) of the business time in {@code isoDuration} has passed, e.g.
   * the warning at 75 %: 0.75 of PT4H from Friday 16:00 is Monday 10:00. Rounded to the second.
   */
  public Instant fractionOf(Instant start, String isoDuration, double fraction) {
    if (!(fraction >= 0 && fraction <= 1)) {
      throw new IllegalArgumentException("The fraction must be between 0 and 1, not " + fraction);
    }
    Instant end = plus(start, isoDuration);
    if (fraction == 1) {
      return end;
    }
    Duration total = businessTimeBetween(start, end);
    return plus(start, Duration.ofSeconds(Math.round(total.toSeconds() * fraction)));
  }

  private LocalDateTime local(Instant instant) {
    return LocalDateTime.ofInstant(Objects.requireNonNull(instant, "instant"), zone);
  }

  private Instant instant(LocalDateTime local) {
    return local.atZone(zone).toInstant();
  }
}
