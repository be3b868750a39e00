package eu.complaintdesk.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every customer page text exists in every language, so no page shows a key instead of a text. */
class CustomerTextsTests {

  @ParameterizedTest
  @ValueSource(strings = {"sl", "bg"})
  void eachLanguage_hasTheEnglishKeys_andNoOthers(String language) throws IOException {
    assertThat(keys("customer/messages_" + language + ".properties").stringPropertyNames())
        .isEqualTo(keys("customer/messages.properties").stringPropertyNames());
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "sl", "bg"})
  void everyRefusalReason_hasItsText(String language) {
    CustomerTexts.Page page = new CustomerTexts().in(language);
    for (LinkRefused.Reason reason : LinkRefused.Reason.values()) {
      assertThat(page.of("refused." + reason.name())).isNotBlank();
    }
  }

  private static Properties keys(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = CustomerTextsTests.class.getClassLoader().getResourceAsStream(resource)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
