package eu.complaintdesk.deadline;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Business-time steps in the desk's local time: the hours from opening to closing on working
 * days. {@link BusinessCalendar} converts instants to local time and back; this class never sees a
 * time zone, which keeps daylight-saving changes out of the arithmetic.
 *
 * <p>A business moment lies in [opens, closes) on a working day for forward steps and in
 * (opens, closes] for backward ones, so that a deadline may end exactly at closing.
 */
class OpeningHours {

  private final LocalTime opens;
  private final LocalTime closes;
  private final WorkingDays workingDays;

  OpeningHours(BusinessHoursProperties properties) {
    this.opens = properties.opens();
    this.closes = properties.closes();
    this.workingDays = new WorkingDays(properties);
  }

  /** {@code moment} if the desk is open then, else the next opening. */
  LocalDateTime nextBusinessMoment(LocalDateTime moment) {
    LocalDate date = moment.toLocalDate();
    if (workingDays.isWorkingDay(date) && moment.toLocalTime().isBefore(closes)) {
      return latest(moment, date.atTime(opens));
    }
    return workingDays.next(date).atTime(opens);
  }

  /** {@code moment} if the desk is open then (closing included), else the last closing. */
  LocalDateTime previousBusinessMoment(LocalDateTime moment) {
    LocalDate date = moment.toLocalDate();
    if (workingDays.isWorkingDay(date) && moment.toLocalTime().isAfter(opens)) {
      return earliest(moment, date.atTime(closes));
    }
    return workingDays.previous(date).atTime(closes);
  }

  /** {@code day} if the desk works on it, else the last working day before it. */
  LocalDate workingDayOnOrBefore(LocalDate day) {
    return workingDays.isWorkingDay(day) ? day : workingDays.previous(day);
  }

  /** The same time of day {@code days} working days later (earlier when negative). */
  LocalDateTime plusWorkingDays(LocalDateTime businessMoment, int days) {
    LocalDate date = businessMoment.toLocalDate();
    for (int i = 0; i < Math.abs(days); i++) {
      date = days > 0 ? workingDays.next(date) : workingDays.previous(date);
    }
    return date.atTime(businessMoment.toLocalTime());
  }

  /** Uses up {@code time} from a business moment, day by day. */
  LocalDateTime plusTime(LocalDateTime businessMoment, Duration time) {
    LocalDateTime current = businessMoment;
    Duration left = time;
    while (true) {
      Duration untilClosing = Duration.between(current, current.toLocalDate().atTime(closes));
      if (left.compareTo(untilClosing) <= 0) {
        return current.plus(left);
      }
      left = left.minus(untilClosing);
      current = workingDays.next(current.toLocalDate()).atTime(opens);
    }
  }

  /** Goes back {@code time} from a business moment, day by day. */
  LocalDateTime minusTime(LocalDateTime businessMoment, Duration time) {
    LocalDateTime current = businessMoment;
    Duration left = time;
    while (true) {
      Duration sinceOpening = Duration.between(current.toLocalDate().atTime(opens), current);
      if (left.compareTo(sinceOpening) <= 0) {
        return current.minus(left);
      }
      left = left.minus(sinceOpening);
      current = workingDays.previous(current.toLocalDate()).atTime(closes);
    }
  }

  /** The business time from {@code start} to {@code end}; zero when end is not after start. */
  Duration between(LocalDateTime start, LocalDateTime end) {
    Duration total = Duration.ZERO;
    for (LocalDate date = start.toLocalDate(); !date.isAfter(end.toLocalDate());
        date = date.plusDays(1)) {
      if (workingDays.isWorkingDay(date)) {
        LocalDateTime windowStart = latest(start, date.atTime(opens));
        LocalDateTime windowEnd = earliest(end, date.atTime(closes));
        if (windowEnd.isAfter(windowStart)) {
          total = total.plus(Duration.between(windowStart, windowEnd));
        }
      }
    }
    return total;
  }

  private static LocalDateTime latest(LocalDateTime a, LocalDateTime b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDateTime earliest(LocalDateTime a, LocalDateTime b) {
    return a.isBefore(b) ? a : b;
  }
}
