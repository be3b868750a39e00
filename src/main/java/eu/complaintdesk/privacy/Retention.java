package eu.complaintdesk.privacy;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

/**
 * The one retention period of the desk ({@code complaint-desk.retention.period}), in the forms its
 * users need: whole days for the engine's history time to live, which takes days only.
 */
public final class Retention {

  /** A leap year's first day: a period counted from it has its longest length in days. */
  private static final LocalDate LONGEST_FROM = LocalDate.of(2000, 1, 1);

  private Retention() {
  }

  /** The period in whole days, never shorter than the period from any day ({@code P3Y}: 1096). */
  public static int days(Period period) {
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("complaint-desk.retention.period must be positive, not " + period);
    }
    return Math.toIntExact(ChronoUnit.DAYS.between(LONGEST_FROM, LONGEST_FROM.plus(period)));
  }
}
