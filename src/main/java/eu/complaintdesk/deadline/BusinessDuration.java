package eu.complaintdesk.deadline;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * An ISO-8601 duration read as business time: {@code PnD} are working days, {@code PTnHnMnS}
 * business hours, minutes and seconds, {@code PnDTnH} days and then hours.
 *
 * <p>We parse by hand rather than with {@link Duration#parse}, which reads {@code P1D} as 24 hours,
 * or {@link Period#parse}, which reads {@code P1W} as 7 days. Weeks, months and years are rejected:
 * "a week" of business time is ambiguous (five working days? seven calendar days?), so the
 * process models say days. Calendar limits such as the eight-week final response are configured
 * as calendar weeks, not as business durations.
 */
record BusinessDuration(int days, Duration time) {

  BusinessDuration {
    if (days < 0 || time.isNegative()) {
      throw new IllegalArgumentException("Business time must not be negative: " + days
          + " days and " + time);
    }
  }

  /**
   * Reads {@code value}, or throws an {@link IllegalArgumentException} that quotes it and says
   * what is accepted.
   */
  static BusinessDuration parse(String value) {
    if (value == null || value.isBlank()) {
      throw invalid(value, "it is empty");
    }
    String text = value.trim().toUpperCase(Locale.ROOT);
    if (!text.startsWith("P") || text.startsWith("P-") || text.equals("P")) {
      throw invalid(value, "it is not an ISO-8601 duration such as PT4H, P3D or P2DT4H");
    }
    int t = text.indexOf('T');
    String datePart = t < 0 ? text.substring(1) : text.substring(1, t);
    String timePart = t < 0 ? "" : text.substring(t + 1);
    if (datePart.contains("W")) {
      throw invalid(value, "weeks are not business time; give working days, e.g. P5D");
    }
    if (datePart.contains("Y") || datePart.contains("M")) {
      throw invalid(value, "years and months are not business time; give working days, e.g. P20D");
    }
    if (t >= 0 && timePart.isEmpty()) {
      throw invalid(value, "nothing follows the T");
    }
    try {
      int days = datePart.isEmpty() ? 0 : parseDays(datePart);
      Duration time = timePart.isEmpty() ? Duration.ZERO : Duration.parse("PT" + timePart);
      if (time.isNegative()) {
        throw invalid(value, "business time must not be negative");
      }
      return new BusinessDuration(days, time);
    } catch (DateTimeParseException | NumberFormatException e) {
      throw invalid(value, "it is not an ISO-8601 duration such as PT4H, P3D or P2DT4H");
    }
  }

  private static int parseDays(String datePart) {
    if (!datePart.matches("\\d{1,5}D")) {
      throw new NumberFormatException(datePart);
    }
    return Integer.parseInt(datePart.substring(0, datePart.length() - 1));
  }

  private static IllegalArgumentException invalid(String value, String reason) {
    return new IllegalArgumentException(
        "'" + value + "' is not a valid business-time duration: " + reason);
  }
}
