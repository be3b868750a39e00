package eu.complaintdesk.quality;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The answer of {@code GET /api/quality/figures}: the period's figures in total and broken down,
 * per agent, the top root causes, compensation by remedy type and the review's step scores.
 */
record QualityReport(Period period, Map<String, String> filters, Figures totals, Breakdown breakdown,
    List<AgentFigures> agents, List<RootCause> rootCauses, List<Compensation> compensation,
    List<ReviewStep> reviewSteps) {

  record Period(LocalDate from, LocalDate to) {
  }

  record Breakdown(String by, List<BreakdownRow> rows) {
  }

  /** One value of the breakdown's dimension; key null for the complaints without one (no agent yet). */
  record BreakdownRow(String key, Figures figures) {
  }

  /**
   * The complaints an agent handled (the reporting table's agent), with the share of them within
   * the first-response and resolution deadlines (of those measured), promises, feedback and reviews.
   */
  record AgentFigures(String agent, String team, long handled, Double firstResponseWithinSla,
      Double resolutionWithinSla, long promisesMade, long promisesKeptOnTime, Double satisfaction,
      long feedbackResponses, Double reviewScore, long reviews) {
  }

  record RootCause(String rootCause, long count) {
  }

  /** The chosen options of one type and the sum of their amounts, in the desk's currency. */
  record Compensation(String type, long count, BigDecimal amount) {
  }

  /** The average score (1 to 5) the quality review gave one checklist step, and how many reviews scored it. */
  record ReviewStep(String step, int checklistStep, Double average, long count) {
  }
}
