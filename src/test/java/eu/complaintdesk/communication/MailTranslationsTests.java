package eu.complaintdesk.communication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every translation we ship is complete and says the same as the English texts. A key missing
 * from a bundle would not fail any mail: Spring quietly takes the English text, and a Slovenian
 * customer reads one English sentence in the middle of a Slovenian mail. A lone straight
 * apostrophe would quietly swallow the rest of its sentence (MessageFormat's quote).
 *
 * <p>The languages are the bundles in {@code src/main/resources/mail/}, so a language added there
 * is checked without touching this test (the test-only Esperanto bundle is deliberately partial).
 */
class MailTranslationsTests {

  private static final Path SHIPPED = Path.of("src/main/resources/mail");
  private static final Pattern BUNDLE_FILE = Pattern.compile("messages_(\\w+)\\.properties");
  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

  private static final Map<String, String> ENGLISH = texts("");

  static Stream<String> shippedLanguages() throws IOException {
    try (Stream<Path> files = Files.list(SHIPPED)) {
      return files.map(file -> BUNDLE_FILE.matcher(file.getFileName().toString()))
          .filter(Matcher::matches).map(match -> match.group(1)).sorted().toList().stream();
    }
  }

  @Test
  void slovenianAndBulgarian_areShipped() throws IOException {
    assertThat(shippedLanguages()).containsExactly("bg", "sl");
  }

  @ParameterizedTest
  @MethodSource("shippedLanguages")
  void translation_hasExactlyTheKeysOfTheEnglishTexts(String language) {
    Set<String> translated = texts("_" + language).keySet();

    assertThat(difference(ENGLISH.keySet(), translated)).as("English keys missing in %s", language).isEmpty();
    assertThat(difference(translated, ENGLISH.keySet())).as("keys in %s that English lacks", language).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("shippedLanguages")
  void everyText_isAValidPatternWithTheArgumentsOfTheEnglishOne(String language) {
    texts("_" + language).forEach((key, text) -> {
      assertThatCode(() -> new MessageFormat(text, Locale.forLanguageTag(language)))
          .as("%s in %s", key, language).doesNotThrowAnyException();
      assertThat(text.replace("''", "")).as("%s in %s: a straight apostrophe must be doubled", key, language)
          .doesNotContain("'");
      if (ENGLISH.containsKey(key)) {
        assertThat(arguments(text)).as("arguments of %s in %s", key, language)
            .isEqualTo(arguments(ENGLISH.get(key)));
      }
    });
  }

  @ParameterizedTest
  @MethodSource("shippedLanguages")
  void noText_isLeftInEnglish(String language) {
    texts("_" + language).forEach((key, text) ->
        assertThat(text).as("%s in %s", key, language).isNotEqualTo(ENGLISH.get(key)));
  }

  private static Set<String> arguments(String pattern) {
    Set<String> arguments = new TreeSet<>();
    Matcher matcher = ARGUMENT.matcher(pattern);
    while (matcher.find()) {
      arguments.add(matcher.group(1));
    }
    return arguments;
  }

  private static List<String> difference(Set<String> these, Set<String> those) {
    return these.stream().filter(key -> !those.contains(key)).sorted().toList();
  }

  /** The bundle's texts as the application reads them: UTF-8, from the classpath. */
  private static Map<String, String> texts(String suffix) {
    String name = MailTemplates.BUNDLE + suffix + ".properties";
    try (InputStream in = MailTranslationsTests.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> texts = new TreeMap<>();
      properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
