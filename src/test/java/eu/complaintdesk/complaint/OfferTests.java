package eu.complaintdesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;

/** The chosen solution as the promise form shows it, bean {@code offer}. */
class OfferTests {

  @Test
  void chosenSolution_isTheOfferedOptionInWords_andNoneWithoutAValidChoice() {
    // Given two options offered, the second chosen
    VariableScope complaint = mock(VariableScope.class);
    Map.of("option1Type", "refund", "option1Amount", 50.0, "addOption2", true, "option2Type", "thankYouLetter",
            "option2Description", "A letter from our manager.", "chosenOption", "option2")
        .forEach((name, value) -> when(complaint.getVariable(name)).thenReturn(value));

    // Then the promise form shows it; an option that was not offered is no choice
    assertThat(new Offer().chosen(complaint)).isEqualTo("Option 2: thankYouLetter. A letter from our manager.");
    when(complaint.getVariable("chosenOption")).thenReturn("option3");
    assertThatIllegalStateException().isThrownBy(() -> new Offer().chosen(complaint))
        .withMessageContaining("option3");
  }

}
