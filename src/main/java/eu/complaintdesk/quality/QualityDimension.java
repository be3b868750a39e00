package eu.complaintdesk.quality;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What the figures break down by, and filter by: the API's name and the reporting table's column.
 * Only these names ever reach the SQL text.
 */
enum QualityDimension {
  TYPE("type", "complaint_type"), CHANNEL("channel", "channel"), SEVERITY("severity", "severity"),
  TEAM("team", "team"), AGENT("agent", "agent");

  private final String apiName;
  private final String column;

  QualityDimension(String apiName, String column) {
    this.apiName = apiName;
    this.column = column;
  }

  String apiName() {
    return apiName;
  }

  String column() {
    return column;
  }

  /** The dimension of a {@code by} parameter; type when none is given. */
  static QualityDimension by(String value) {
    if (value == null || value.isBlank()) {
      return TYPE;
    }
    return Arrays.stream(values()).filter(dimension -> dimension.apiName.equals(value.strip())).findFirst()
        .orElseThrow(() -> new QualityRefused("by must be one of " + names() + ", not \"" + value + "\"."));
  }

  static QualityDimension named(String apiName) {
    return by(apiName);
  }

  private static String names() {
    return Arrays.stream(values()).map(QualityDimension::apiName).collect(Collectors.joining(", "));
  }
}
