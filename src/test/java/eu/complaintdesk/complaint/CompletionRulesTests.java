package eu.complaintdesk.complaint;

import static eu.complaintdesk.complaint.ComplaintScenario.clockAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import eu.complaintdesk.ProcessConstants;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Task completions through the engine's REST API and Tasklist's: each is checked against its task's
 * rules before it counts. A refused one is a 400 naming every problem, and the task stays open with
 * nothing of the completion stored.
 */
@ComplaintDeskTest
class CompletionRulesTests {

  @Autowired
  ProcessEngine processEngine;
  @Autowired
  HistoryService historyService;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  CompletionRules completionRules;
  @Autowired
  HttpTestClient http;
  @Autowired
  GreenMail mailServer;

  private final List<ComplaintScenario> started = new ArrayList<>();

  @BeforeEach
  void engine() {
    BpmnAwareTests.init(processEngine);
    clockAt("2026-03-10T09:00");
  }

  @AfterEach
  void resetClockAndDiscardComplaints() {
    ClockUtil.reset();
    started.forEach(ComplaintScenario::discard);
  }

  /** What was seen: "5000" as text counted as 0 and went out without approval. Now each is a 400. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "offerSolution    | {\"option1Type\": {\"value\": \"refund\"}, \"option1Amount\": {\"value\": \"5000\"}, "
          + "\"option1Description\": {\"value\": \"A refund.\"}} | option1Amount"
          + " | option1Amount must be a number of 0 or more, not the text '5000'",
      "offerSolution    | {\"option1Type\": {\"value\": \"cash\"}, \"option1Description\": {\"value\": \"Cash.\"}}"
          + " | option1Type | option1Type must be one of [discountCoupon, explanationOnly, giftCard, refund, "
          + "replacement, thankYouLetter], not 'cash'",
      "offerSolution    | {\"option1Type\": {\"value\": \"refund\"}, \"option1Amount\": {\"value\": -5}, "
          + "\"option1Description\": {\"value\": \"A refund.\"}} | option1Amount"
          + " | option1Amount must be a number of 0 or more, not the number -5",
      "offerSolution    | {\"option1Type\": {\"value\": \"giftCard\"}, \"option1Description\": {\"value\": \"A card.\"}}"
          + " | option1Type | option1Amount is required",
      "offerSolution    | {\"option1Type\": {\"value\": \"refund\"}, \"option1Amount\": {\"value\": 50}, "
          + "\"option1Description\": {\"value\": \"A refund.\"}, \"currency\": {\"value\": \"USD\"}} | currency"
          + " | currency must be one of [EUR], not 'USD'",
      "discussSolutions | {\"chosenOption\": {\"value\": \"option2\"}} | chosenOption"
          + " | chosenOption must be one of the options offered [option1], not 'option2'",
      "approveOffer     | {\"offerDecision\": {\"value\": \"reject\"}} | offerDecision | managerComment is required",
      "approveOffer     | {\"offerDecision\": {\"value\": \"maybe\"}} | offerDecision"
          + " | offerDecision must be one of [approve, reject], not 'maybe'",
      "gatherInformation | {\"informationComplete\": {\"value\": \"askCustomer\"}} | informationComplete"
          + " | informationRequest is required",
      "makePromise      | {\"promise1Description\": {\"value\": \"A visit.\"}, \"promise1Due\": {\"value\": \"2026-03-09\"}}"
          + " | promise1Description | promise1Due is in the past (2026-03-09)",
      "makePromise      | {\"promise1Description\": {\"value\": \"A visit.\"}, \"promise1Due\": {\"value\": \"2026-02-30\"}}"
          + " | promise1Description | promise1Due must be a day (yyyy-MM-dd), not the text '2026-02-30'",
      "reviewQuality    | {\"qualityScore\": {\"value\": \"4\"}} | qualityScore"
          + " | qualityScore must be a whole number from 1 to 5, not the text '4'; reviewActedQuickly is required",
      "listenToCustomer | {\"customerAccount\": {\"value\": 4711}} | customerAccount"
          + " | customerAccount must be a text, not the number 4711",
      "showEmpathy      | {\"customerName\": {\"value\": 42}, \"empathyNotes\": {\"value\": 7}} | empathyNotes"
          + " | empathyNotes must be a text, not the number 7; customerName must be a text, not the number 42"})
  void aBadCompletion_is400NamingTheProblems_andTheTaskStaysOpen(String task, String variables, String notStored,
      String problems) {
    ComplaintScenario complaint = complaintAt(task);
    String taskId = complaint.task(task).getId();

    HttpResponse<String> response = http.postJson("/engine-rest/task/" + taskId + "/complete", "demo", "demo",
        "{\"variables\": " + variables + "}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("The task " + task + " cannot be completed: " + problems)
        .doesNotContain("at org.");
    assertThat(complaint.task(task).getId()).isEqualTo(taskId);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(complaint.instance.getId())
        .variableName(notStored).count()).isZero();
    assertThat(complaint.variable("customerName")).isEqualTo("Jana Novak");
  }

  @Test
  void anAmountAboveTheAgentsAuthority_asANumber_goesToAManager() {
    ComplaintScenario complaint = complaintAt("offerSolution");

    HttpResponse<String> response = http.postJson("/engine-rest/task/" + complaint.task("offerSolution").getId()
        + "/complete", "demo", "demo", """
        {"variables": {"option1Type": {"value": "refund"}, "option1Amount": {"value": 5000},
          "option1Description": {"value": "A full refund."}, "currency": {"value": "EUR"}}}""");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    assertThat(complaint.instance).isWaitingAt("approveOffer");
  }

  @Test
  void tasklist_getsTheSame400() {
    ComplaintScenario complaint = complaintAt("offerSolution");
    assertThat(http.webappLogin("tasklist", "demo", "demo").statusCode()).isEqualTo(200);

    HttpResponse<String> response = http.webappPostJson("/camunda/api/engine/engine/default/task/"
        + complaint.task("offerSolution").getId() + "/submit-form", """
        {"variables": {"option1Type": {"value": "refund"}, "option1Amount": {"value": "5000"},
          "option1Description": {"value": "A full refund."}}}""");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("option1Amount must be a number of 0 or more, not the text '5000'");
    assertThat(complaint.instance).isWaitingAt("offerSolution");
  }

  @Test
  void everyUserTaskOfTheDiagram_hasItsRules() {
    var definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey("complaintHandling")
        .latestVersion().singleResult();
    var userTasks = repositoryService.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class)
        .stream().map(UserTask::getId).collect(Collectors.toSet());

    assertThat(completionRules.tasks()).containsExactlyInAnyOrderElementsOf(userTasks);
  }

  /** The quality review scores every checklist step: each score is required, a whole number from 1 to 5. */
  @Test
  void aQualityReview_needsEveryStepsScore_asAWholeNumberFrom1To5() throws Exception {
    ComplaintScenario complaint = complaintAt("reviewQuality");
    String taskId = complaint.task("reviewQuality").getId();
    Map<String, Object> scores = new LinkedHashMap<>();
    ProcessConstants.REVIEW_STEP_SCORES.forEach(step -> scores.put(step, 4));
    scores.put(ProcessConstants.VAR_QUALITY_SCORE, 6);
    scores.remove(ProcessConstants.VAR_REVIEW_ACTED_QUICKLY);
    scores.remove(ProcessConstants.VAR_REVIEW_LISTENED);
    scores.put(ProcessConstants.VAR_REVIEW_OFFERED, "4");

    HttpResponse<String> refused = http.postJson("/engine-rest/task/" + taskId + "/complete", "demo", "demo",
        completion(scores));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("The task reviewQuality cannot be completed: "
        + "qualityScore must be a whole number from 1 to 5, not the number 6; reviewActedQuickly is required; "
        + "reviewListened is required; reviewOffered must be a whole number from 1 to 5, not the text '4'");
    assertThat(complaint.task("reviewQuality").getId()).isEqualTo(taskId);

    // Every score given, as whole numbers
    scores.putAll(Map.of(ProcessConstants.VAR_QUALITY_SCORE, 4, ProcessConstants.VAR_REVIEW_ACTED_QUICKLY, 5,
        ProcessConstants.VAR_REVIEW_LISTENED, 3, ProcessConstants.VAR_REVIEW_OFFERED, 1));
    HttpResponse<String> done = http.postJson("/engine-rest/task/" + taskId + "/complete", "demo", "demo",
        completion(scores));

    assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(complaint.instance.getId())
        .variableName(ProcessConstants.VAR_REVIEW_LISTENED).singleResult().getValue()).isEqualTo(3);
  }

  /** The body of a REST completion with these values. */
  private static String completion(Map<String, Object> values) throws Exception {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return new ObjectMapper().writeValueAsString(Map.of("variables", variables));
  }

  /** A complaint at the task; past the offer when the task comes after it, with one refund on offer. */
  private ComplaintScenario complaintAt(String task) {
    var offer = Variables.createVariables();
    if (!task.equals("offerSolution")) {
      offer.putValue("option1Type", "refund").putValue("option1Amount", 50.0)
          .putValue("option1Description", "A refund of 50 EUR.");
    }
    if (task.equals("makePromise")) {
      offer.putValue("chosenOption", "option1");
    }
    ComplaintScenario complaint = ComplaintScenario.startAt(task, offer, mailServer);
    started.add(complaint);
    return complaint;
  }
}
