package eu.complaintdesk.system;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Camunda Forms in {@code forms/} as Tasklist 7.24 will render them with its bundled form-js 1.8.7:
 * a form that uses a newer component deploys fine and only fails when an agent opens the task, and a
 * field without validation lets bad data into the process. So the rules are checked here, on the files
 * the analysts edit.
 *
 * <p>The contract table spells the variable names literally, so that it reads like the design contract
 * it was taken from.
 */
class FormsTests {

  private static final Path FORMS = Path.of("forms");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What form-js 1.8.7 renders and Tasklist 7.24 handles; no dynamiclist (Tasklist keeps Complete disabled). */
  private static final Set<String> ALLOWED_TYPES = Set.of("textfield", "textarea", "number", "datetime", "select",
      "radio", "checkbox", "checklist", "taglist", "text", "group", "spacer", "separator");
  private static final Set<String> CONTAINER_TYPES = Set.of("group");
  private static final Set<String> PRESENTATION_TYPES = Set.of("text", "spacer", "separator");
  private static final Set<String> CHOICE_TYPES = Set.of("select", "radio", "checklist", "taglist");

  /** Per form: the fields the contract requires, and the ones it names as optional or read-only. */
  private static final Map<String, Fields> CONTRACT = Map.ofEntries(
      entry("submit-complaint", new Fields(
          Set.of("customerName", "customerEmail", "channel", "complaintType", "severity", "customerTier", "summary"),
          Set.of("customerPhone", "customerLanguage"))),
      entry("listen-to-customer", new Fields(Set.of("customerAccount"), Set.of("complaintReference"))),
      entry("gather-information", new Fields(Set.of("informationComplete", "informationRequest"),
          Set.of("informationReply"))),
      entry("record-complaint", new Fields(
          Set.of("complaintType", "customerName", "customerEmail", "incidentDate", "details", "desiredOutcome",
              "callRecordingNotice"),
          Set.of("customerPhone", "accountNumber", "channel"))),
      entry("show-empathy", new Fields(Set.of("empathyChecklist", "customerFeeling"), Set.of("empathyNotes"))),
      entry("offer-solution", new Fields(
          Set.of("option1Type", "option1Amount", "option1Description", "option2Type", "option2Amount",
              "option2Description", "option3Type", "option3Amount", "option3Description"),
          Set.of("addOption2", "addOption3", "managerComment"))),
      entry("approve-offer", new Fields(Set.of("offerDecision", "managerComment"),
          Set.of("option1Type", "option1Amount", "option1Description"))),
      entry("discuss-solutions", new Fields(Set.of("chosenOption"), Set.of("discussionNotes"))),
      entry("make-promise", new Fields(
          Set.of("promise1Description", "promise1Due", "promise2Description", "promise2Due", "promise3Description",
              "promise3Due"),
          Set.of("addPromise2", "addPromise3", "chosenSolution"))),
      entry("keep-promise", new Fields(Set.of("promiseKept"), Set.of("fulfilmentNotes"))),
      entry("take-over-overdue-complaint", new Fields(Set.of("takeOverNotes"), Set.of())),
      entry("resolve-broken-promise", new Fields(Set.of("brokenPromiseAction", "newPromiseDue"),
          Set.of("promiseDescription", "promiseDue"))),
      entry("recover-customer", new Fields(Set.of("recoveryAction"), Set.of())),
      entry("review-quality", new Fields(Set.of("qualityScore", "reviewActedQuickly", "reviewListened",
          "reviewGathered", "reviewRecorded", "reviewEmpathy", "reviewThanked", "reviewApologised", "reviewOffered",
          "reviewDiscussed", "reviewKeptPromises", "reviewAskedFeedback"), Set.of("qualityNotes", "feedbackScore"))),
      entry("record-outcome", new Fields(
          Set.of("complaintOutcome", "rootCause", "findings", "redress", "customerFeelingAtEnd"),
          Set.of("complaintReference", "customerName", "desiredOutcome"))),
      entry("take-over-final-response", new Fields(Set.of("finalResponseAction"), Set.of())),
      entry("review-reopened-complaint", new Fields(Set.of("reopenNotes"), Set.of("complaintReference", "customerName",
          "reopenReason"))),
      entry("read-customer-message", new Fields(Set.of("messageAction"),
          Set.of("complaintReference", "customerName", "messageReason", "messageFrom", "messageSubject", "messageText"))),
      // The managers' task of processes/quarantined-mail.bpmn (the inbox's quarantine).
      entry("check-quarantined-mail", new Fields(Set.of("quarantineAction"),
          Set.of("mailFrom", "mailSubject", "quarantineReason", "mailFolder", "mailMessageId"))),
      entry("record-customer-call", new Fields(
          Set.of("complaintReference", "customerAnswer", "informationReply", "chosenOption"),
          Set.of("choiceComment", "feedbackScore", "feedbackComment", "withdrawalReason", "reopenReason"))));

  /** Fields the contract requires only in a situation: required, and hidden (so not validated) otherwise. */
  private static final Map<String, Set<String>> REQUIRED_WHEN_SHOWN = Map.of(
      "gather-information", Set.of("informationRequest"),
      "record-complaint", Set.of("callRecordingNotice"),
      "offer-solution", Set.of("option1Amount", "option2Type", "option2Amount", "option2Description", "option3Type",
          "option3Amount", "option3Description"),
      "approve-offer", Set.of("managerComment"),
      "make-promise", Set.of("promise2Description", "promise2Due", "promise3Description", "promise3Due"),
      "record-customer-call", Set.of("informationReply", "chosenOption"));

  /** The contract's values of every choice, wherever the field appears. */
  private static final Map<String, Set<String>> CHOICES = Map.ofEntries(
      entry("customerLanguage", Set.of("en", "sl", "bg")),
      entry("channel", Set.of("email", "phone", "web", "letter", "inPerson", "api")),
      entry("complaintType", Set.of("serviceQuality", "price", "product", "other")),
      entry("severity", Set.of("low", "medium", "high", "critical")),
      entry("customerTier", Set.of("standard", "gold", "platinum")),
      entry("informationComplete", Set.of("complete", "askCustomer")),
      entry("empathyChecklist", Set.of("listenedWithoutInterrupting", "askedQuestions", "acknowledgedFeelings",
          "didNotArgue")),
      entry("customerFeeling", feelings()), entry("customerFeelingAtEnd", feelings()),
      entry("complaintOutcome", Set.of("upheld", "partlyUpheld", "notUpheld")),
      entry("option1Type", remedies()), entry("option2Type", remedies()), entry("option3Type", remedies()),
      entry("offerDecision", Set.of("approve", "reject")),
      entry("chosenOption", Set.of("option1", "option2", "option3")),
      // The answers a call records (complaint/CustomerCalls.ANSWERS), by their message names
      entry("customerAnswer", Set.of("CustomerInformationReceived", "CustomerChoseSolution",
          "CustomerDeclinedOptions", "CustomerFeedbackReceived", "ComplaintWithdrawn", "ComplaintReopenRequested")));

  record Fields(Set<String> required, Set<String> present) {
  }

  static Stream<Path> forms() throws IOException {
    try (Stream<Path> files = Files.list(FORMS)) {
      return files.filter(f -> f.toString().endsWith(".form")).sorted().toList().stream();
    }
  }

  @Test
  void everyFormOfTheContractExistsAndNoOther() throws IOException {
    assertThat(forms().map(FormsTests::formId)).containsExactlyInAnyOrderElementsOf(CONTRACT.keySet());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void targetsTasklist724(Path file) throws IOException {
    JsonNode form = read(file);

    assertThat(form.path("schemaVersion").asInt()).isEqualTo(16);
    assertThat(form.path("id").asText()).isEqualTo(formId(file));
    assertThat(form.path("type").asText()).isEqualTo("default");
    assertThat(form.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
    assertThat(form.path("executionPlatformVersion").asText()).isEqualTo("7.24.0");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void usesOnlyComponentsTasklistRendersWithUniqueIdsAndKeys(Path file) throws IOException {
    List<JsonNode> components = components(read(file));
    Set<String> ids = new HashSet<>();
    Set<String> keys = new HashSet<>();

    assertThat(components).isNotEmpty();
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      assertThat(type).as("component type in %s", file).isIn(ALLOWED_TYPES);
      assertThat(ids.add(component.path("id").asText())).as("unique id %s", component.path("id")).isTrue();
      if (isInput(component)) {
        assertThat(component.path("key").asText()).as("key of %s", component.path("id")).matches("\\w+");
        assertThat(keys.add(component.path("key").asText())).as("unique key %s", component.path("key")).isTrue();
      }
      else {
        assertThat(component.has("key")).as("%s %s has no variable", type, component.path("id")).isFalse();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void readOnlyFieldsAreNeverRequired(Path file) throws IOException {
    // form-js validates read-only fields too: an empty one would block Complete with no way to fix it
    for (JsonNode component : components(read(file))) {
      if (component.path("readonly").asBoolean()) {
        assertThat(isRequired(component)).as("read-only %s", component.path("key")).isFalse();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void conditionsAreFeelExpressions(Path file) throws IOException {
    for (JsonNode component : components(read(file))) {
      if (component.has("conditional")) {
        assertThat(component.path("conditional").path("hide").asText()).as("hide of %s", component.path("id"))
            .startsWith("=");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void choicesOfferTheContractsValuesWithLabels(Path file) throws IOException {
    for (JsonNode component : components(read(file))) {
      if (!CHOICE_TYPES.contains(component.path("type").asText())) {
        continue;
      }
      Set<String> values = new TreeSet<>();
      for (JsonNode value : component.path("values")) {
        assertThat(value.path("label").asText()).as("label of %s in %s", value, component.path("key")).isNotBlank();
        values.add(value.path("value").asText());
      }
      String key = component.path("key").asText();
      if (key.equals("channel") && formId(file).equals("submit-complaint")) {
        // An agent records complaints that came by phone, mail, ...; only our REST API records "api".
        assertThat(values).as("values of %s", key).containsExactlyInAnyOrderElementsOf(
            CHOICES.get(key).stream().filter(channel -> !channel.equals("api")).toList());
      }
      else if (CHOICES.containsKey(key)) {
        assertThat(values).as("values of %s", key).containsExactlyInAnyOrderElementsOf(CHOICES.get(key));
      }
      else {
        assertThat(values).as("values of %s", key).isNotEmpty();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void carriesTheContractsFields(Path file) throws IOException {
    String formId = formId(file);
    Fields contract = CONTRACT.get(formId);
    Map<String, JsonNode> fields = new HashMap<>();
    Map<String, Boolean> hidden = new HashMap<>();
    collect(read(file).path("components"), false, fields, hidden);

    assertThat(fields.keySet()).as("fields of %s", formId).containsAll(contract.present());
    for (String key : contract.required()) {
      assertThat(fields).as("%s in %s", key, formId).containsKey(key);
      assertThat(isRequired(fields.get(key))).as("%s in %s is required", key, formId).isTrue();
      boolean conditional = REQUIRED_WHEN_SHOWN.getOrDefault(formId, Set.of()).contains(key);
      assertThat(hidden.get(key)).as("%s in %s is hidden unless needed", key, formId).isEqualTo(conditional);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void validatesEmailAddressesAndAccountNumbers(Path file) throws IOException {
    for (JsonNode component : components(read(file))) {
      String key = component.path("key").asText();
      JsonNode validate = component.path("validate");
      if (key.equals("customerEmail") && !component.path("readonly").asBoolean()) {
        assertThat(component.path("type").asText()).isEqualTo("textfield");
        assertThat(validate.path("validationType").asText()).isEqualTo("email");
      }
      if (key.equals("accountNumber")) {
        assertThat(validate.path("pattern").asText()).isEqualTo("^[A-Za-z0-9-]{4,34}$");
      }
    }
  }

  private static Set<String> feelings() {
    return Set.of("angry", "frustrated", "disappointed", "worried", "calm", "satisfied");
  }

  private static Set<String> remedies() {
    return Set.of("refund", "discountCoupon", "replacement", "giftCard", "thankYouLetter", "explanationOnly");
  }

  private static String formId(Path file) {
    return file.getFileName().toString().replaceFirst("\\.form$", "");
  }

  private static JsonNode read(Path file) throws IOException {
    return JSON.readTree(file.toFile());
  }

  private static boolean isInput(JsonNode component) {
    String type = component.path("type").asText();
    return !CONTAINER_TYPES.contains(type) && !PRESENTATION_TYPES.contains(type);
  }

  private static boolean isRequired(JsonNode component) {
    return component.path("validate").path("required").asBoolean();
  }

  /** All components, those inside groups included. */
  private static List<JsonNode> components(JsonNode form) {
    List<JsonNode> all = new ArrayList<>();
    collectInto(form.path("components"), all);
    return all;
  }

  private static void collectInto(JsonNode components, List<JsonNode> all) {
    for (JsonNode component : components) {
      all.add(component);
      collectInto(component.path("components"), all);
    }
  }

  /** Input fields by key, and whether a condition on the field or on an enclosing group can hide it. */
  private static void collect(JsonNode components, boolean insideHidable, Map<String, JsonNode> fields,
      Map<String, Boolean> hidden) {
    for (JsonNode component : components) {
      boolean hidable = insideHidable || component.has("conditional");
      if (component.has("key")) {
        fields.put(component.path("key").asText(), component);
        hidden.put(component.path("key").asText(), hidable);
      }
      collect(component.path("components"), hidable, fields, hidden);
    }
  }
}
