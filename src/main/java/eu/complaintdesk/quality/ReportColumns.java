package eu.complaintdesk.quality;

import static eu.complaintdesk.ProcessConstants.*;

import java.util.HashMap;
import java.util.Map;

/**
 * The process variables that a report column copies as they are: the intake's classification (an
 * agent may correct type and severity later), the outcome, how the solution was chosen, and the
 * quality review's scores. None of them is personal data; free texts never reach the table.
 */
final class ReportColumns {

  private static final Map<String, String> COPIED = new HashMap<>(Map.of(
      VAR_CHANNEL, "channel",
      VAR_COMPLAINT_TYPE, "complaint_type",
      VAR_SEVERITY, "severity",
      VAR_CUSTOMER_TIER, "customer_tier",
      VAR_CUSTOMER_LANGUAGE, "customer_language",
      VAR_COMPLAINT_OUTCOME, "outcome",
      VAR_ROOT_CAUSE, "root_cause",
      VAR_CHOICE_MADE_BY, "choice_made_by",
      VAR_QUALITY_SCORE, "review_score"));

  static {
    // reviewActedQuickly -> review_acted_quickly: ReportTable names the step columns so
    REVIEW_STEP_SCORES.forEach(name -> COPIED.put(name, name.replaceAll("([A-Z])", "_$1").toLowerCase()));
  }

  private ReportColumns() {
  }

  /** The column that copies the variable, or null. */
  static String forVariable(String variableName) {
    return COPIED.get(variableName);
  }

  /** Scores are small whole numbers, whatever number type a form sends. */
  static boolean isScore(String variableName) {
    return VAR_QUALITY_SCORE.equals(variableName) || REVIEW_STEP_SCORES.contains(variableName);
  }
}
