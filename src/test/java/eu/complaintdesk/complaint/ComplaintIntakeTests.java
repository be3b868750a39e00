package eu.complaintdesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Complaints that arrive without the start form (the engine's REST API, an integration): a
 * complete one is registered and acknowledged, however awkward its values; a bad one refused with
 * every problem named and nothing stored.
 */
@ComplaintDeskTest
class ComplaintIntakeTests {

  static final String START = "/engine-rest/process-definition/key/complaintHandling/start";

  @Autowired
  HttpTestClient http;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  HistoryService historyService;
  @Autowired
  ManagementService managementService;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  GreenMail mailServer;

  /** The complaints a test registered, ended afterwards so that they do not crowd Tasklist's first page. */
  private final List<String> registered = new ArrayList<>();

  @AfterEach
  void endRegisteredComplaints() {
    registered.forEach(id -> runtimeService.deleteProcessInstanceIfExists(id, "test over", false, true, false, false));
  }

  @Test
  void aCompleteComplaintIsRegisteredWithItsReference() {
    var response = http.postJson(START, "anna", "anna", complaint("\"Jana Novak\"", "jana@example.org", "high",
        "The kettle broke after two days."));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).containsPattern("\"businessKey\":\"CMP-\\d{4}-\\d{6}\"");
    registered.add(instanceId(response.body()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a Cyrillic name and no phone | Мария Петрова-Иванова | maria.petrova",
      "an apostrophe and a +tag     | Seán O'Brien          | sean.o'brien+complaints",
      "the longest name and address | NAME200               | LOCAL64"})
  void awkwardButValidComplaints_areRegistered_andAcknowledgedByMail(String what, String name, String localPart)
      throws Exception {
    // Given a valid complaint at the limits: the longest summary, a name and an address as people have them
    String customerName = name.equals("NAME200") ? "Ð".repeat(200) : name;
    String domain = "example-" + UUID.randomUUID() + ".org";
    String email = (localPart.equals("LOCAL64") ? "l".repeat(64) : localPart) + "@" + domain;
    String summary = "Чайникът се счупи. ".repeat(211).substring(0, 4000);

    // When it arrives through the REST API
    var response = http.postJson(START, "anna", "anna",
        complaint(json(customerName), email, "medium", summary));

    // Then it is registered, and its acknowledgement goes out at the first attempt
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    String instance = instanceId(response.body());
    registered.add(instance);
    Job acknowledgement = managementService.createJobQuery().processInstanceId(instance)
        .activityId("sendAcknowledgementEmail").singleResult();
    managementService.executeJob(acknowledgement.getId());
    MimeMessage[] mails = mailServer.getReceivedMessagesForDomain(domain);
    assertThat(mails).hasSize(1);
    assertThat(((InternetAddress) mails[0].getRecipients(MimeMessage.RecipientType.TO)[0]).getPersonal())
        .isEqualTo(customerName);
    assertThat(GreenMailUtil.getBody(mails[0])).isNotBlank();
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instance).count()).isZero();
  }

  @Test
  void aBadComplaintIsRefusedNamingEveryProblem_andNothingIsStored() {
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("complaintHandling").count();
    var complaint = ComplaintScenario.intake("not-an-address").putValue("severity", "urgent");
    complaint.remove("summary");

    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("complaintHandling", complaint))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("The complaint cannot be registered: "
            + "customerEmail 'not-an-address' is not an e-mail address; "
            + "severity must be one of [critical, high, low, medium], not 'urgent'; summary is required");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("complaintHandling").count())
        .isEqualTo(before);
  }

  /** What was seen: a number for a name, a 300-character address and a 5 MB summary were let in, or a 500. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a number as the name   | NUMBER | jana@example.org | SHORT | customerName must be a text, not the number 42",
      "JSON as the name       | JSON   | jana@example.org | SHORT | customerName must be a text, not a Json value",
      "a 300-character e-mail | NAME   | LONG             | SHORT | customerEmail has 300 characters, at most 254 are allowed",
      "a 5 MB summary         | NAME   | jana@example.org | HUGE  | summary has 5000000 characters, at most 4000 are allowed"})
  void whatWasSeen_isRefusedWith400_andNothingIsStored(String what, String name, String email, String summary,
      String problem) {
    long before = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("complaintHandling").count();
    String customerName = switch (name) {
      case "NUMBER" -> "42";
      case "JSON" -> "\"{\\\"first\\\": \\\"Jana\\\"}\", \"type\": \"Json\"";
      default -> "\"Jana Novak\"";
    };
    String address = email.equals("LONG") ? "a".repeat(288) + "@example.org" : email;
    String text = summary.equals("HUGE") ? "x".repeat(5_000_000) : "The kettle broke after two days.";

    var response = http.postJson(START, "anna", "anna", complaint(customerName, address, "high", text));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("The complaint cannot be registered", problem).doesNotContain("at org.");
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("complaintHandling").count())
        .isEqualTo(before);
  }

  @Test
  void tasklistsStartForm_getsThe400Too_andNothingIsStored() {
    long before = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("complaintHandling").count();
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("complaintHandling")
        .latestVersion().singleResult().getId();
    assertThat(http.webappLogin("tasklist", "anna", "anna").statusCode()).isEqualTo(200);

    var response = http.webappPostJson("/camunda/api/engine/engine/default/process-definition/" + definitionId
        + "/submit-form", complaint("42", "jana@example.org", "high", "The kettle broke after two days."));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("customerName must be a text, not the number 42");
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("complaintHandling").count())
        .isEqualTo(before);
  }

  /** The variables of a start request; {@code nameValue} is the JSON after {@code "value": }. */
  private static String complaint(String nameValue, String email, String severity, String summary) {
    return """
        {"variables": {
          "customerName": {"value": %s}, "customerEmail": {"value": %s},
          "channel": {"value": "web"}, "complaintType": {"value": "product"},
          "severity": {"value": "%s"}, "customerTier": {"value": "standard"},
          "summary": {"value": %s}}}
        """.formatted(nameValue, json(email), severity, json(summary));
  }

  private static String instanceId(String startResponse) {
    Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(startResponse);
    assertThat(id.find()).as("instance id in %s", startResponse).isTrue();
    return id.group(1);
  }

  private static String json(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
