package eu.complaintdesk.complaint;

import static eu.complaintdesk.ProcessConstants.DECISION_TRIAGE;
import static eu.complaintdesk.ProcessConstants.TRIAGE_FIRST_RESPONSE_TIME;
import static eu.complaintdesk.ProcessConstants.TRIAGE_PRIORITY;
import static eu.complaintdesk.ProcessConstants.TRIAGE_RESOLUTION_TIME;
import static eu.complaintdesk.ProcessConstants.VAR_COMPLAINT_TYPE;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_TIER;
import static eu.complaintdesk.ProcessConstants.VAR_SEVERITY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The triage table in {@code processes/complaint-triage.dmn} decides the priority and the deadlines of
 * every complaint. These tests pin representative cases to exact outputs and check the whole input
 * space, so that an analyst's edit in the Modeler that leaves a gap or breaks a business promise
 * (platinum never waits longer, critical never waits longer) fails the build.
 */
class ComplaintTriageDecisionTests {

  private static final List<String> TYPES = List.of("serviceQuality", "price", "product", "other");
  /** Least to most severe. */
  private static final List<String> SEVERITIES = List.of("low", "medium", "high", "critical");
  /** Least to most valuable. */
  private static final List<String> TIERS = List.of("standard", "gold", "platinum");

  private static final String SAFETY_NET_RULE = "unknownSeverity";

  private final DecisionTable triage = DecisionTable.load("complaint-triage.dmn", DECISION_TRIAGE);

  @ParameterizedTest(name = "{0} {1} {2} -> {3}, {4}, {5} ({6})")
  @CsvSource({
      // severity, complaintType, customerTier, priority, firstResponseTime, resolutionTime, rule
      "critical, product,        standard, 100, PT1H, P2D,  criticalProductFault",
      "critical, serviceQuality, platinum, 100, PT1H, P2D,  criticalPlatinum",
      "critical, price,          gold,      95, PT1H, P2D,  criticalGold",
      "critical, other,          standard,  90, PT1H, P2D,  criticalStandard",
      "high,     product,        platinum,  85, PT1H, P2D,  highPlatinum",
      "high,     price,          gold,      80, PT2H, P5D,  highGold",
      "high,     serviceQuality, standard,  75, PT2H, P5D,  highStandard",
      "medium,   price,          platinum,  70, PT2H, P5D,  mediumPlatinum",
      "medium,   price,          standard,  60, PT4H, P5D,  mediumPrice",
      "medium,   price,          gold,      60, PT4H, P5D,  mediumPrice",
      "medium,   product,        gold,      60, PT4H, P5D,  mediumGold",
      "medium,   serviceQuality, standard,  50, PT4H, P5D,  mediumStandard",
      "low,      other,          platinum,  45, PT4H, P5D,  lowPlatinum",
      "low,      price,          standard,  35, PT8H, P5D,  lowPrice",
      "low,      product,        gold,      30, PT8H, P10D, lowGold",
      "low,      serviceQuality, standard,  20, PT8H, P10D, lowStandard",
  })
  void decidesPriorityAndDeadlines(String severity, String type, String tier, int priority,
      String firstResponseTime, String resolutionTime, String rule) {
    // When
    DecisionTable.Evaluation evaluation = triage.evaluate(complaint(severity, type, tier));

    // Then
    assertThat(evaluation.singleResult()).containsExactlyInAnyOrderEntriesOf(Map.of(
        TRIAGE_PRIORITY, priority,
        TRIAGE_FIRST_RESPONSE_TIME, firstResponseTime,
        TRIAGE_RESOLUTION_TIME, resolutionTime));
    assertThat(evaluation.matchedRuleIds()).containsExactly(rule);
  }

  @Test
  void everyCombinationYieldsExactlyOneValidResultFromARealRule() {
    for (String severity : SEVERITIES) {
      for (String type : TYPES) {
        for (String tier : TIERS) {
          DecisionTable.Evaluation evaluation = triage.evaluate(complaint(severity, type, tier));
          String combination = severity + "/" + type + "/" + tier;

          assertThat(evaluation.results()).as(combination).hasSize(1);
          assertThat(evaluation.matchedRuleIds()).as(combination).hasSize(1).doesNotContain(SAFETY_NET_RULE);
          Map<String, Object> result = evaluation.singleResult();
          assertThat(result).as(combination)
              .containsOnlyKeys(TRIAGE_PRIORITY, TRIAGE_FIRST_RESPONSE_TIME, TRIAGE_RESOLUTION_TIME);
          assertThat((Integer) result.get(TRIAGE_PRIORITY)).as(combination).isBetween(0, 100);
          assertThat(firstResponse(result)).as(combination).isPositive();
          assertThat(resolution(result).getDays()).as(combination).isPositive();
        }
      }
    }
  }

  @Test
  void aMoreValuableCustomerNeverWaitsLongerNorRanksLower() {
    for (String severity : SEVERITIES) {
      for (String type : TYPES) {
        for (int i = 1; i < TIERS.size(); i++) {
          assertServedAtLeastAsWell(complaint(severity, type, TIERS.get(i - 1)),
              complaint(severity, type, TIERS.get(i)), 0);
        }
      }
    }
  }

  @Test
  void aMoreSevereComplaintNeverWaitsLongerAndRanksHigher() {
    for (String type : TYPES) {
      for (String tier : TIERS) {
        for (int i = 1; i < SEVERITIES.size(); i++) {
          assertServedAtLeastAsWell(complaint(SEVERITIES.get(i - 1), type, tier),
              complaint(SEVERITIES.get(i), type, tier), 1);
        }
      }
    }
  }

  @Test
  void aMissingSeverityIsTriagedLikeAMediumComplaint() {
    // Given a complaint started through the API without severity or tier
    DecisionTable.Evaluation evaluation = triage.evaluate(complaint(null, "price", null));

    // Then it still gets deadlines, from the safety-net rule
    assertThat(evaluation.singleResult()).containsExactlyInAnyOrderEntriesOf(Map.of(
        TRIAGE_PRIORITY, 50,
        TRIAGE_FIRST_RESPONSE_TIME, "PT4H",
        TRIAGE_RESOLUTION_TIME, "P5D"));
    assertThat(evaluation.matchedRuleIds()).containsExactly(SAFETY_NET_RULE);
  }

  /**
   * The {@code higher} complaint is answered and resolved no later than the {@code lower} one, and ranks at
   * least {@code minimumPriorityGap} above it.
   */
  private void assertServedAtLeastAsWell(Map<String, Object> lower, Map<String, Object> higher,
      int minimumPriorityGap) {
    Map<String, Object> lowerResult = triage.evaluate(lower).singleResult();
    Map<String, Object> higherResult = triage.evaluate(higher).singleResult();
    String pair = higher.values() + " vs " + lower.values();

    assertThat(firstResponse(higherResult)).as(pair).isLessThanOrEqualTo(firstResponse(lowerResult));
    assertThat(resolution(higherResult).getDays()).as(pair).isLessThanOrEqualTo(resolution(lowerResult).getDays());
    assertThat((Integer) higherResult.get(TRIAGE_PRIORITY)).as(pair)
        .isGreaterThanOrEqualTo((Integer) lowerResult.get(TRIAGE_PRIORITY) + minimumPriorityGap);
  }

  private static Map<String, Object> complaint(String severity, String type, String tier) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_SEVERITY, severity);
    variables.put(VAR_COMPLAINT_TYPE, type);
    variables.put(VAR_CUSTOMER_TIER, tier);
    return variables;
  }

  private static Duration firstResponse(Map<String, Object> result) {
    return Duration.parse((String) result.get(TRIAGE_FIRST_RESPONSE_TIME));
  }

  private static Period resolution(Map<String, Object> result) {
    return Period.parse((String) result.get(TRIAGE_RESOLUTION_TIME));
  }
}
