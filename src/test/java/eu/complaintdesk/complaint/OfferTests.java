package eu.complaintdesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import eu.complaintdesk.system.ComplaintDeskProperties;
import java.util.Currency;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

/** The chosen solution as the promise form shows it, bean {@code offer}. */
class OfferTests {

  @Test
  void chosenSolution_isTheOfferedOptionInWords_andNoneWithoutAValidChoice() {
    // Given two options offered (not yet judged by the authority check), the second chosen
    DelegateExecution complaint = mock(DelegateExecution.class);
    Map.of("option1Type", "refund", "option1Amount", 50.0, "addOption2", true, "option2Type", "thankYouLetter",
            "option2Description", "A letter from our manager.", "chosenOption", "option2")
        .forEach((name, value) -> when(complaint.getVariable(name)).thenReturn(value));

    // Then the promise form shows it; an option that was not offered is no choice
    Offer offer = new Offer(new JudgedOffers(),
        new ComplaintDeskProperties("http://localhost:8080", false, null, null, Currency.getInstance("EUR")));
    assertThat(offer.chosen(complaint)).isEqualTo("Option 2: thankYouLetter. A letter from our manager.");
    when(complaint.getVariable("chosenOption")).thenReturn("option1");
    assertThat(offer.chosen(complaint)).isEqualTo("Option 1: refund, 50.00 EUR");
    when(complaint.getVariable("chosenOption")).thenReturn("option3");
    assertThatIllegalStateException().isThrownBy(() -> offer.chosen(complaint))
        .withMessageContaining("option3");
  }

}
