package eu.complaintdesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The offered options are read strictly: an amount that is not a number is a bug, never 0. */
class SolutionOptionTests {

  @Test
  void anAmountAsText_failsLoudly_insteadOfCountingAsZero() {
    Values offer = Values.of(Map.of("option1Type", "refund", "option1Amount", "5000"));

    assertThatThrownBy(() -> SolutionOption.offered(offer))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("option1Amount is the text '5000', not a number");
  }

  @Test
  void numbersOfAnyKind_areTheirExactAmount_andNoAmountIsZeroForTheAuthorityCheck() {
    Values offer = Values.of(Map.of("option1Type", "refund", "option1Amount", 5000L,
        "option2Type", "giftCard", "option2Amount", 49.9d, "option3Type", "thankYouLetter"));

    assertThat(SolutionOption.offered(offer))
        .extracting(SolutionOption::key, SolutionOption::amount, SolutionOption::amountOrZero)
        .containsExactly(
            tuple("option1", new BigDecimal("5000"), 5000d),
            tuple("option2", new BigDecimal("49.9"), 49.9d),
            tuple("option3", null, 0d));
  }
}
