package eu.complaintdesk.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The language of a mail that opens a complaint. */
class LanguagesTests {

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', value = {
      "My kettle broke after two days and I want my money back. | en",
      "Grelnik vode se je pokvaril po dveh dneh.                | sl",
      "Kupil sem grelnik in ne dela. Prosim za pomoc.          | sl",
      "Чайникът се счупи след два дни.                          | bg",
      "Re: CMP-2026-000001 Чайникът не работи                   | bg",
      "OK                                                       | en"})
  void recognisesEnglishSlovenianAndBulgarian(String text, String language) {
    assertThat(Languages.of(text)).isEqualTo(language);
  }
}
