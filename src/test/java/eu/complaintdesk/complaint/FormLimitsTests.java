package eu.complaintdesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forms in {@code forms/} show Tasklist users the engine's own limits before they submit, so
 * that a form never lets through what the engine then refuses, and never refuses what it accepts.
 */
class FormLimitsTests {

  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Path> forms() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      return files.filter(file -> file.toString().endsWith(".form")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void everyTextAUserEnters_isBoundedByWhatTheEngineStores(Path form) throws IOException {
    fields(form).forEach((key, field) -> {
      boolean text = field.path("type").asText().matches("textfield|textarea");
      if (text && !field.path("readonly").asBoolean()) {
        assertThat(field.path("validate").path("maxLength").asInt(Integer.MAX_VALUE))
            .as("maxLength of %s in %s", key, form).isLessThanOrEqualTo(Field.TEXT_LIMIT);
      }
    });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"submit-complaint", "record-complaint"})
  void theContactFields_showTheIntakesLimits(String formId) throws IOException {
    Map<String, JsonNode> fields = fields(Path.of("forms", formId + ".form"));

    assertThat(fields.get("customerName").path("validate").path("maxLength").asInt()).isEqualTo(Intake.NAME_LIMIT);
    assertThat(fields.get("customerEmail").path("validate").path("maxLength").asInt()).isEqualTo(Intake.EMAIL_LIMIT);
    assertThat(fields.get("customerPhone").path("validate").path("pattern").asText()).isEqualTo(Intake.PHONE.pattern());
    assertThat(fields.get("customerPhone").path("validate").path("maxLength").asInt()).isEqualTo(Intake.PHONE_LIMIT);
  }

  @Test
  void theSummary_showsTheIntakesLimits() throws IOException {
    JsonNode summary = fields(Path.of("forms", "submit-complaint.form")).get("summary").path("validate");

    assertThat(summary.path("minLength").asInt()).isEqualTo(Intake.SUMMARY_MINIMUM);
    assertThat(summary.path("maxLength").asInt()).isEqualTo(Field.TEXT_LIMIT);
  }

  private static Map<String, JsonNode> fields(Path form) throws IOException {
    Map<String, JsonNode> fields = new HashMap<>();
    collect(JSON.readTree(form.toFile()).path("components"), fields);
    return fields;
  }

  private static void collect(JsonNode components, Map<String, JsonNode> fields) {
    for (JsonNode component : components) {
      if (component.has("key")) {
        fields.put(component.path("key").asText(), component);
      }
      collect(component.path("components"), fields);
    }
  }
}
