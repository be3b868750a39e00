package eu.complaintdesk.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The new part of a reply, as mail programs in English, Slovenian and Bulgarian write them. */
class ReplyTextTests {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "On Mon, 9 Mar 2026 at 10:15, Complaint Desk <complaints@complaint-desk.local> wrote:",
      "On 09/03/2026 10:15, Complaint Desk wrote:",
      "Dne 9. 3. 2026 ob 10:15 je Complaint Desk napisal(a):",
      "Dne pon., 9. mar. 2026 ob 10:15 je Complaint Desk <complaints@complaint-desk.local> napisal:",
      "V pon., 9. mar. 2026 ob 10:15 je oseba Complaint Desk <complaints@complaint-desk.local> napisala:",
      "На пн, 9.03.2026 г. в 10:15 ч. Complaint Desk <complaints@complaint-desk.local> написа:",
      "На 9 март 2026 г., в 10:15, Complaint Desk написа:",
      "-----Original Message-----",
      "-----Izvirno sporočilo-----",
      "-----Оригинално съобщение-----"})
  void cutsAtTheLineBeforeTheQuotedMail(String attribution) {
    String reply = "The receipt number is 4711.\nKind regards, Jana\n\n" + attribution + "\n> We need more information.\n"
        + "> Complaint Desk";

    assertThat(ReplyText.newPart(reply)).isEqualTo("The receipt number is 4711.\nKind regards, Jana");
  }

  @Test
  void anAttributionBrokenOverTwoLines_isCutToo() {
    String reply = "Option 2, please.\n\nOn Mon, 9 Mar 2026 at 10:15, Complaint Desk <complaints@complaint-desk.local>\n"
        + "wrote:\n> Which option do you prefer?";

    assertThat(ReplyText.newPart(reply)).isEqualTo("Option 2, please.");
  }

  @Test
  void outlooksHeaderBlock_inEachLanguage_isHistory() {
    assertThat(ReplyText.newPart("Yes.\n________________________________\nFrom: Complaint Desk\nSent: Monday\nHello"))
        .isEqualTo("Yes.");
    assertThat(ReplyText.newPart("Da.\n\nOd: Complaint Desk <complaints@complaint-desk.local>\nPoslano: ponedeljek"))
        .isEqualTo("Da.");
    assertThat(ReplyText.newPart("Да.\n\nОт: Complaint Desk\nИзпратено: понеделник, 9 март 2026 г.\nДо: Мария"))
        .isEqualTo("Да.");
  }

  @Test
  void aSignature_andQuotedLinesInBetween_areLeftOut() {
    String reply = "> Which option?\nThe second one.\n> Anything else?\nNo, thanks.\n-- \nJana Novak\n+386 1 234 5678";

    assertThat(ReplyText.newPart(reply)).isEqualTo("The second one.\nNo, thanks.");
  }

  @Test
  void aSentenceThatMerelyStartsLikeAnAttribution_isKept() {
    String reply = "On Monday I wrote to you already.\nNa telefonu sem Vam napisal številko: 4711\nThanks";

    assertThat(ReplyText.newPart(reply)).isEqualTo(reply);
  }
}
