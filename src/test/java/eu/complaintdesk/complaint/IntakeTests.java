package eu.complaintdesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one intake validation, as the web form and the inbox will call it: awkward but real complaints
 * pass, and each kind of bad input is refused with a sentence that names the field and the problem.
 */
class IntakeTests {

  static Map<String, Object> complaint() {
    Map<String, Object> complaint = new HashMap<>();
    complaint.put("customerName", "Jana Novak");
    complaint.put("customerEmail", "jana@example.org");
    complaint.put("channel", "web");
    complaint.put("complaintType", "product");
    complaint.put("severity", "high");
    complaint.put("customerTier", "standard");
    complaint.put("summary", "The kettle broke after two days.");
    // The web form records the customer's consent with every complaint.
    complaint.put("privacyConsent", true);
    complaint.put("privacyConsentAt", new Date());
    complaint.put("privacyPolicy", "https://desk.example.org/privacy");
    return complaint;
  }

  static Stream<Arguments> awkwardButValid() {
    return Stream.of(
        Arguments.of("a Cyrillic name", Map.of("customerName", "Мария Петрова-Иванова", "customerLanguage", "bg")),
        Arguments.of("an apostrophe and a +tag", Map.of("customerName", "Seán O'Brien",
            "customerEmail", "sean.o'brien+complaints@example.co.uk")),
        Arguments.of("every text at its maximum", Map.of("customerName", "N".repeat(200),
            "customerEmail", "l".repeat(64) + "@" + "d".repeat(185) + ".org", "customerPhone", "+" + "1".repeat(39),
            "summary", "Ж".repeat(4000))),
        Arguments.of("a phone written as people do", Map.of("customerPhone", "(01) 234-5678")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("awkwardButValid")
  void awkwardButValidComplaints_pass(String what, Map<String, Object> values) {
    Map<String, Object> complaint = complaint();
    complaint.putAll(values);

    assertThatCode(() -> Intake.check(complaint)).doesNotThrowAnyException();
  }

  @Test
  void noPhoneAndNoLanguage_pass() {
    Map<String, Object> complaint = complaint();
    complaint.put("customerPhone", "");

    assertThatCode(() -> Intake.check(complaint)).doesNotThrowAnyException();
  }

  static Stream<Arguments> badInput() {
    return Stream.of(
        Arguments.of("customerName", 42, "customerName must be a text, not the number 42"),
        Arguments.of("customerName", Map.of("first", "Jana"), "customerName must be a text, not a value of type"),
        Arguments.of("customerName", "Jana\r\nBcc: all@example.org",
            "customerName must be a single line without control characters"),
        Arguments.of("customerEmail", "a".repeat(290) + "@example.org",
            "customerEmail has 302 characters, at most 254 are allowed"),
        Arguments.of("customerEmail", "l".repeat(65) + "@example.org",
            "customerEmail has a local part (before the @) of 65 characters, at most 64 are allowed"),
        Arguments.of("customerEmail", "jana@localhost", "customerEmail 'jana@localhost' is not an e-mail address"),
        Arguments.of("customerEmail", "x", "customerEmail 'x' is not an e-mail address"),
        Arguments.of("customerPhone", "call me", "customerPhone 'call me' is not a phone number"),
        Arguments.of("customerPhone", 38612345678L, "customerPhone must be a text, not the number 38612345678"),
        Arguments.of("customerLanguage", "de", "customerLanguage must be one of [bg, en, sl], not 'de'"),
        Arguments.of("severity", 3, "severity must be one of [critical, high, low, medium], not the number 3"),
        Arguments.of("summary", "x".repeat(5_000_000), "summary has 5000000 characters, at most 4000 are allowed"),
        Arguments.of("summary", "Broken", "summary has 6 characters, at least 10 are needed"));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("badInput")
  void badInput_isRefusedNamingTheFieldAndTheProblem(String field, Object value, String problem) {
    Map<String, Object> complaint = complaint();
    complaint.put(field, value);

    assertThatThrownBy(() -> Intake.check(complaint))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageStartingWith("The complaint cannot be registered: ")
        .hasMessageContaining(problem);
  }

  @Test
  void everyProblemIsNamedAtOnce() {
    Map<String, Object> complaint = complaint();
    complaint.put("customerName", 42);
    complaint.remove("customerEmail");
    complaint.put("summary", new ArrayList<>(List.of("not", "a", "text")));

    assertThatThrownBy(() -> Intake.check(complaint))
        .hasMessage("The complaint cannot be registered: customerName must be a text, not the number 42; "
            + "customerEmail is required; summary must be a text, not a value of type ArrayList");
  }

  @Test
  void theProblemsComeFieldByField_forCallersThatAnswerPerField() {
    Map<String, Object> complaint = complaint();
    complaint.put("customerName", 42);
    complaint.remove("customerEmail");
    complaint.put("accountNumber", "12");

    assertThat(Intake.problems(complaint)).containsExactly(
        new Problem("customerName", "must be a text, not the number 42"),
        new Problem("customerEmail", "is required"),
        new Problem("accountNumber", "'12' is not an account number (4 to 34 letters, digits and -)"));
    assertThat(Intake.problems(complaint())).isEmpty();
  }

  @Test
  void theApiChannel_isAccepted() {
    Map<String, Object> complaint = complaint();
    complaint.put("channel", "api");

    assertThat(Intake.problems(complaint)).isEmpty();
  }

  @Test
  void aWebComplaintWithoutConsent_isRefused_andConsentMustBeTrue() {
    Map<String, Object> complaint = complaint();
    complaint.remove("privacyConsent");

    assertThat(Intake.problems(complaint)).containsExactly(new Problem("privacyConsent", "is required"));

    complaint.put("privacyConsent", false);
    assertThat(Intake.problems(complaint)).containsExactly(new Problem("privacyConsent",
        "must be true: a complaint from the web form is registered only with the customer's consent"));
  }

  @Test
  void aConsent_namesWhenAndWhichPolicy() {
    Map<String, Object> complaint = complaint();
    complaint.put("privacyConsentAt", "2026-12-03T10:00");
    complaint.remove("privacyPolicy");

    assertThat(Intake.problems(complaint)).containsExactly(
        new Problem("privacyConsentAt", "must be a date and time, not the text '2026-12-03T10:00'"),
        new Problem("privacyPolicy", "is required"));
  }

  @Test
  void aWebComplaintKeyedInByAnAgent_needsNoConsent() {
    Map<String, Object> complaint = complaint();
    complaint.remove("privacyConsent");
    complaint.remove("privacyConsentAt");
    complaint.remove("privacyPolicy");
    complaint.put("intakeAgent", "anna");

    assertThat(Intake.problems(complaint)).isEmpty();
  }
}
