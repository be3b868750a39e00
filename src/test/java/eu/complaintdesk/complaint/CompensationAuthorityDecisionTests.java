package eu.complaintdesk.complaint;

import static eu.complaintdesk.ProcessConstants.DECISION_COMPENSATION_AUTHORITY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The table in {@code processes/compensation-authority.dmn} says what an agent may offer alone.
 * Exact cases at and around every limit, plus a sweep over all remedies, so that a changed limit
 * or a gap between two amount ranges shows up here and not in a customer's refund.
 */
class CompensationAuthorityDecisionTests {

  private static final String REMEDY_TYPE = "remedyType";
  private static final String AMOUNT = "amount";
  private static final String WITHIN_AUTHORITY = "withinAuthority";
  private static final String LIMIT = "limit";
  private static final String REASON = "reason";

  private static final String SAFETY_NET_RULE = "unknownRemedyOrAmount";

  private final DecisionTable authority =
      DecisionTable.load("compensation-authority.dmn", DECISION_COMPENSATION_AUTHORITY);

  @ParameterizedTest(name = "{0} {1} EUR -> {2}, limit {3}: {4}")
  @CsvSource(nullValues = "null", textBlock = """
      # remedyType,    amount, withinAuthority, limit, reason
      refund,          0,      true,   100, Refunds up to 100 EUR are within the agent's authority
      refund,          99.99,  true,   100, Refunds up to 100 EUR are within the agent's authority
      refund,          100,    true,   100, Refunds up to 100 EUR are within the agent's authority
      refund,          100.01, false,  100, Refunds above 100 EUR need a manager's approval
      refund,          -0.01,  false,  100, amount cannot be negative
      discountCoupon,  50,     true,    50, Discount coupons up to 50 EUR are within the agent's authority
      discountCoupon,  50.01,  false,   50, Discount coupons above 50 EUR need a manager's approval
      discountCoupon,  -5,     false,   50, amount cannot be negative
      giftCard,        25,     true,    50, Gift cards up to 50 EUR are within the agent's authority
      giftCard,        51,     false,   50, Gift cards above 50 EUR need a manager's approval
      giftCard,        -1,     false,   50, amount cannot be negative
      replacement,     250,    true,   250, Replacements worth up to 250 EUR are within the agent's authority
      replacement,     250.5,  false,  250, Replacements worth more than 250 EUR need a manager's approval
      replacement,     -250,   false,  250, amount cannot be negative
      thankYouLetter,  null,   true,     0, A thank-you letter is always within the agent's authority
      thankYouLetter,  0,      true,     0, A thank-you letter is always within the agent's authority
      thankYouLetter,  1000,   true,     0, A thank-you letter is always within the agent's authority
      thankYouLetter,  -1,     false,    0, amount cannot be negative
      explanationOnly, null,   true,     0, An explanation is always within the agent's authority
      explanationOnly, -3,     false,    0, amount cannot be negative
      refund,          null,   false,    0, remedy type or amount missing: a manager decides
      voucher,         10,     false,    0, remedy type or amount missing: a manager decides
      null,            10,     false,    0, remedy type or amount missing: a manager decides
      """)
  void decidesWhetherTheAgentMayOfferAlone(String remedyType, Double amount, boolean withinAuthority,
      double limit, String reason) {
    // When
    Map<String, Object> result = authority.evaluate(offer(remedyType, amount)).singleResult();

    // Then
    assertThat(result).containsExactlyInAnyOrderEntriesOf(Map.of(
        WITHIN_AUTHORITY, withinAuthority,
        LIMIT, limit,
        REASON, reason));
  }

  @Test
  void acceptsWholeNumbersAsTasklistSubmitsThem() {
    // Given an amount typed as 80 in the form: Tasklist submits it as a whole number (Integer or Long)
    for (Object amount : List.of(80, 80L, 101, 101L)) {
      Map<String, Object> variables = new HashMap<>();
      variables.put(REMEDY_TYPE, "refund");
      variables.put(AMOUNT, amount);

      // Then the table compares it like the decimal
      Map<String, Object> result = authority.evaluate(variables).singleResult();
      assertThat(result.get(WITHIN_AUTHORITY)).as("refund of %s", amount)
          .isEqualTo(((Number) amount).intValue() <= 100);
    }
  }

  @Test
  void everyKnownRemedyAndAmountGetsExactlyOneReadableAnswerFromARealRule() {
    List<String> remedies = List.of("refund", "discountCoupon", "replacement", "giftCard", "thankYouLetter",
        "explanationOnly");
    List<Double> amounts = List.of(-1000.0, -0.01, 0.0, 0.01, 49.99, 50.0, 50.01, 99.99, 100.0, 100.01, 249.99,
        250.0, 250.01, 100000.0);
    for (String remedy : remedies) {
      for (Double amount : amounts) {
        DecisionTable.Evaluation evaluation = authority.evaluate(offer(remedy, amount));
        String offer = remedy + " " + amount;

        assertThat(evaluation.results()).as(offer).hasSize(1);
        assertThat(evaluation.matchedRuleIds()).as(offer).hasSize(1).doesNotContain(SAFETY_NET_RULE);
        Map<String, Object> result = evaluation.singleResult();
        assertThat(result).as(offer).containsOnlyKeys(WITHIN_AUTHORITY, LIMIT, REASON);
        assertThat((String) result.get(REASON)).as(offer).isNotBlank();
        boolean within = (Boolean) result.get(WITHIN_AUTHORITY);
        if (amount < 0) {
          assertThat(within).as(offer).isFalse();
        }
        else if (remedy.equals("thankYouLetter") || remedy.equals("explanationOnly")) {
          assertThat(within).as(offer).isTrue();
        }
        else {
          assertThat(within).as(offer).isEqualTo(amount <= (Double) result.get(LIMIT));
        }
      }
    }
  }

  private static Map<String, Object> offer(String remedyType, Double amount) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(REMEDY_TYPE, remedyType);
    variables.put(AMOUNT, amount);
    return variables;
  }
}
