package eu.complaintdesk.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The API's rounding, half up: hours to 2 decimals, shares to 4, averages to 2; null when nothing
 * was measured. Done here rather than in SQL so that PostgreSQL and H2 (whose percentiles and
 * averages come back as different types) answer the same.
 */
final class Rounding {

  private Rounding() {
  }

  static Double hours(Object value) {
    return rounded(value, 2);
  }

  /** The average of {@code count} values that add up to {@code sum}. */
  static Double average(long sum, long count) {
    return count == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP)
        .doubleValue();
  }

  static Double average(ResultSet row, String column) throws SQLException {
    return rounded(row.getObject(column), 2);
  }

  static Double share(long part, long whole) {
    return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP)
        .doubleValue();
  }

  private static Double rounded(Object value, int decimals) {
    if (value == null) {
      return null;
    }
    BigDecimal exact = value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    return exact.setScale(decimals, RoundingMode.HALF_UP).doubleValue();
  }
}
