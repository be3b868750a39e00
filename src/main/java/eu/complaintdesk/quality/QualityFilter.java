package eu.complaintdesk.quality;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The period and the filters of a quality request, and the SQL condition that selects them. A
 * complaint belongs to the day it was received, in the desk's time zone; the period runs from the
 * start of {@code from} to the end of {@code to}. The dimension filters compare exactly, so an
 * unknown value matches nothing (no error: a team may simply have had no complaints).
 *
 * @param dimensions filter name (as in the API) to value, null when not filtered; in the API's order
 */
record QualityFilter(LocalDate from, LocalDate to, ZoneId zone, Map<String, String> dimensions) {

  /** The days the period covers by default, today included. */
  static final int DEFAULT_DAYS = 30;

  /** Reads the parameters, today being {@code today} in {@code zone}. */
  static QualityFilter of(QualityParameters parameters, LocalDate today, ZoneId zone) {
    LocalDate to = day("to", parameters.to(), today);
    LocalDate from = day("from", parameters.from(), to.minusDays(DEFAULT_DAYS - 1));
    if (from.isAfter(to)) {
      throw new QualityRefused("from (" + from + ") is after to (" + to + ").");
    }
    Map<String, String> dimensions = new LinkedHashMap<>();
    dimensions.put("type", blankToNull(parameters.type()));
    dimensions.put("channel", blankToNull(parameters.channel()));
    dimensions.put("severity", blankToNull(parameters.severity()));
    dimensions.put("team", blankToNull(parameters.team()));
    dimensions.put("agent", blankToNull(parameters.agent()));
    return new QualityFilter(from, to, zone, java.util.Collections.unmodifiableMap(dimensions));
  }

  private static LocalDate day(String name, String value, LocalDate fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new QualityRefused(name + " must be a day written yyyy-MM-dd, not \"" + value + "\".");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** The SQL condition of the dimension filters alone (no period), with its arguments appended. */
  String dimensionsCondition(List<Object> arguments) {
    StringBuilder condition = new StringBuilder("1 = 1");
    dimensions.forEach((name, value) -> {
      if (value != null) {
        condition.append(" AND ").append(QualityDimension.named(name).column()).append(" = ?");
        arguments.add(value);
      }
    });
    return condition.toString();
  }

  /** The SQL condition of the period and the filters, with its arguments appended. */
  String condition(List<Object> arguments) {
    arguments.add(startOf(from));
    arguments.add(startOf(to.plusDays(1)));
    return "received_at >= ? AND received_at < ? AND " + dimensionsCondition(arguments);
  }

  /** The arguments of a fresh condition, for callers that add their own after it. */
  static List<Object> arguments() {
    return new ArrayList<>();
  }

  Timestamp startOf(LocalDate day) {
    return Timestamp.from(day.atStartOfDay(zone).toInstant());
  }
}
