package eu.complaintdesk.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The option named in a reply to the solution options, in English, Slovenian and Bulgarian. */
class ChoiceReaderTests {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', value = {
      "option 2                               | 2",
      "2                                      | 2",
      "2.                                     | 2",
      "I would like Option #3, please.        | 3",
      "The second one, thank you.             | 2",
      "druga možnost                          | 2",
      "Izbiram možnost 1.                     | 1",
      "Prosim za možnost št. 3                | 3",
      "Druga.                                 | 2",
      "вариант 2                              | 2",
      "Избирам втория вариант, благодаря.     | 2",
      "Втори                                  | 2",
      "Предпочитам вариант №1                 | 1"})
  void namesOneOption(String reply, int option) {
    assertThat(ChoiceReader.option(reply)).contains(option);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {
      "option 1 or option 2?",
      "None of them suits me.",
      "Nobena možnost mi ne ustreza.",
      "Нито един вариант не ме устройва.",
      "I paid 20 EUR for it and want my money back",
      "Can we talk on the phone?",
      ""})
  void anythingElse_isUnclear(String reply) {
    assertThat(ChoiceReader.option(reply)).isEmpty();
  }
}
