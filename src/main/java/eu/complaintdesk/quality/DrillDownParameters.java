package eu.complaintdesk.quality;

import io.swagger.v3.oas.annotations.Parameter;

/** The drill-down's own query parameters, as text: the figure, the breakdown row, the page. */
record DrillDownParameters(
    @Parameter(description = "The figure, e.g. resolutionBreached or rootCause:late-delivery", required = true)
    String figure,
    @Parameter(description = "Only the complaints of this breakdown row (a value of by)") String key,
    @Parameter(description = "The breakdown's dimension of key: type (default), channel, severity, team, agent")
    String by,
    @Parameter(description = "How many complaints, 1 to 500 (default 500)") String limit,
    @Parameter(description = "How many to skip (default 0)") String offset) {

  static int number(String name, String value, int fallback, int min, int max) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(value.strip());
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new QualityRefused(name + " must be a whole number from " + min + " to " + max + ", not \"" + value + "\".");
  }
}
