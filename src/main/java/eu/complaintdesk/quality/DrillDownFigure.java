package eu.complaintdesk.quality;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A figure of the drill-down, by its API name ({@code resolutionBreached}, {@code rootCause:late-delivery},
 * ...), as the SQL condition that selects the complaints behind it. Each condition is the one the
 * figure counts in {@link Figures}; a figure with a value ({@code name:value}) binds the value as an
 * argument, so no request text reaches the SQL.
 */
record DrillDownFigure(String name, String condition, List<Object> arguments) {

  private static final Map<String, String> PLAIN = Map.ofEntries(
      Map.entry("received", "1 = 1"),
      Map.entry("open", "status = 'open'"),
      Map.entry("closed", "status = 'closed'"),
      Map.entry("withdrawn", "status = 'withdrawn'"),
      Map.entry("reopened", "reopen_count > 0"),
      Map.entry("firstResponseBreached", "first_response_breached"),
      Map.entry("resolutionBreached", "resolution_breached"),
      Map.entry("finalResponseBreached", "final_response_breached"),
      Map.entry("warned", "warnings > 0"),
      Map.entry("escalated", "escalations > 0"),
      Map.entry("promisesBroken", "promises_broken > 0"),
      Map.entry("feedbackLow", "feedback_score IN (1, 2)"),
      Map.entry("referralRightsGiven", "referral_rights_given"),
      Map.entry("reviewed", "review_score IS NOT NULL"));

  private static final Set<String> SCORES = Set.of("1", "2", "3", "4", "5");
  private static final Set<String> OUTCOMES = Set.of("upheld", "partlyUpheld", "notUpheld");
  private static final Set<String> CLOSURES = Set.of("within3BusinessDays", "within8Weeks", "later");

  static DrillDownFigure of(String figure) {
    if (figure == null || figure.isBlank()) {
      throw new QualityRefused("figure is required: the name of a figure, such as resolutionBreached.");
    }
    String name = figure.strip();
    if (PLAIN.containsKey(name)) {
      return new DrillDownFigure(name, PLAIN.get(name), List.of());
    }
    int colon = name.indexOf(':');
    String prefix = colon < 0 ? name : name.substring(0, colon);
    String value = colon < 0 ? "" : name.substring(colon + 1);
    return switch (prefix) {
      case "feedbackScore" -> valued(name, "feedback_score = ?", value, SCORES, Integer::valueOf);
      case "outcome" -> valued(name, "outcome = ?", value, OUTCOMES, text -> text);
      case "closure" -> valued(name, "closure_bucket = ?", value, CLOSURES, text -> text);
      case "rootCause" -> valued(name, "root_cause = ?", value, null, text -> text);
      case "compensation" -> valued(name, "chosen_option_type = ?", value, null, text -> text);
      case "agent" -> valued(name, "agent = ?", value, null, text -> text);
      default -> throw new QualityRefused("figure \"" + figure + "\" is not a figure we count: use received, open,"
          + " closed, withdrawn, reopened, firstResponseBreached, resolutionBreached, finalResponseBreached, warned,"
          + " escalated, promisesBroken, feedbackLow, feedbackScore:N, outcome:X, rootCause:X, closure:X,"
          + " referralRightsGiven, reviewed, compensation:TYPE or agent:USER.");
    };
  }

  private static DrillDownFigure valued(String name, String condition, String value, Set<String> allowed,
      java.util.function.Function<String, Object> argument) {
    if (value.isEmpty() || (allowed != null && !allowed.contains(value))) {
      String prefix = name.contains(":") ? name.substring(0, name.indexOf(':')) : name;
      throw new QualityRefused("figure " + prefix + " needs a value after the colon"
          + (allowed == null ? "" : ", one of " + allowed.stream().sorted().toList()) + ", not \"" + value + "\".");
    }
    return new DrillDownFigure(name, condition, List.of(argument.apply(value)));
  }
}
