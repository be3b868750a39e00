package eu.complaintdesk.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The score and the comment in a reply to the survey. */
class ScoreReaderTests {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "5                                         | 5 | -",
      "4/5 quick and friendly                    | 4 | quick and friendly",
      "I give you 4 out of 5. Quick, but rude.   | 4 | I give you. Quick, but rude.",
      "5 - very good service                     | 5 | very good service",
      "Ocena 3, ker je trajalo predolgo.         | 3 | ker je trajalo predolgo.",
      "Ocenjujem s 4.                            | 4 | -",
      "Dajem 5 od 5, hvala!                      | 5 | Dajem, hvala!",
      "Оценка 2. Много бавно.                    | 2 | Много бавно.",
      "5 от 5                                    | 5 | -",
      "3 stars                                   | 3 | -",
      "1 zvezdica, nikoli več.                   | 1 | nikoli več."})
  void readsTheScore_andKeepsTheRest(String reply, int score, String comment) {
    assertThat(ScoreReader.read(reply)).hasValueSatisfying(feedback -> {
      assertThat(feedback.score()).isEqualTo(score);
      assertThat(feedback.comment()).isEqualTo(comment);
    });
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"Thank you for your help.", "4 or 5", "I waited 3 weeks and paid 20 EUR", "10/10", ""})
  void aReplyWithoutOneClearScore_isUnclear(String reply) {
    assertThat(ScoreReader.read(reply)).isEmpty();
  }
}
