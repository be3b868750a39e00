package eu.complaintdesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A customer's answer through the engine's REST API ({@code POST /engine-rest/message}), which no
 * caller can get around: a bad one is a 400 that names the problem and changes nothing; a good one
 * moves the complaint on.
 */
@ComplaintDeskTest
class CustomerAnswersTests {

  @Autowired
  ProcessEngine processEngine;
  @Autowired
  HistoryService historyService;
  @Autowired
  HttpTestClient http;
  @Autowired
  GreenMail mailServer;

  private final List<ComplaintScenario> started = new ArrayList<>();

  @BeforeEach
  void engine() {
    BpmnAwareTests.init(processEngine);
  }

  @AfterEach
  void discardComplaints() {
    started.forEach(ComplaintScenario::discard);
  }

  /** What was seen: a choice of an option never offered, a score as text that skipped the review. */
  @ParameterizedTest(name = "{1} with {2} = {3}")
  @CsvSource(delimiter = '|', value = {
      "discussSolutions | CustomerChoseSolution      | chosenOption     | \"option2\"  | "
          + "chosenOption must be one of the options offered [option1], not 'option2'",
      "awaitFeedback    | CustomerFeedbackReceived   | feedbackScore    | \"4\"        | "
          + "feedbackScore must be a whole number from 1 to 5, not the text '4'",
      "awaitFeedback    | CustomerFeedbackReceived   | feedbackScore    | 7            | "
          + "feedbackScore must be a whole number from 1 to 5, not the number 7",
      "awaitFeedback    | CustomerFeedbackReceived   | feedbackComment  | LONG         | "
          + "feedbackComment has 4001 characters, at most 4000 are allowed",
      "awaitInformation | CustomerInformationReceived | informationReply | LONG        | "
          + "informationReply has 4001 characters, at most 4000 are allowed",
      "awaitInformation | CustomerInformationReceived | informationReply | \"  \"       | "
          + "informationReply is required",
      "listenToCustomer | ComplaintWithdrawn         | withdrawalReason | LONG         | "
          + "withdrawalReason has 4001 characters, at most 4000 are allowed",
      "listenToCustomer | ComplaintWithdrawn         | customerName     | 42           | "
          + "customerName must be a text, not the number 42"})
  void aBadAnswer_is400NamingTheProblem_andChangesNothing(String waitingAt, String message, String variable,
      String json, String problem) {
    ComplaintScenario complaint = complaintWithOneOption(waitingAt);

    var response = send(complaint, message, variable, json.equals("LONG") ? quoted("x".repeat(4001)) : json);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("The answer " + message + " cannot be accepted", problem)
        .doesNotContain("at org.");
    assertThat(complaint.instance).isWaitingAt(waitingAt);
    if (!variable.equals("customerName")) {
      assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(complaint.instance.getId())
          .variableName(variable).count()).isZero();
    }
    assertThat(complaint.variable("customerName")).isEqualTo("Jana Novak");
  }

  @ParameterizedTest(name = "{1} with {2} = {3}")
  @CsvSource(delimiter = '|', value = {
      "discussSolutions | CustomerChoseSolution       | chosenOption     | \"option1\" | makePromise",
      "awaitFeedback    | CustomerFeedbackReceived    | feedbackScore    | 2           | recoverCustomer",
      "awaitInformation | CustomerInformationReceived | informationReply | \"Order 4711.\" | gatherInformation"})
  void aGoodAnswer_movesTheComplaintOn(String waitingAt, String message, String variable, String json,
      String next) {
    ComplaintScenario complaint = complaintWithOneOption(waitingAt);

    var response = send(complaint, message, variable, json);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    assertThat(complaint.instance).isWaitingAt(next);
  }

  @Test
  void aWithdrawalWithoutReason_isAccepted() {
    ComplaintScenario complaint = complaintWithOneOption("listenToCustomer");

    var response = http.postJson("/engine-rest/message", "demo", "demo", """
        {"messageName": "ComplaintWithdrawn", "businessKey": "%s"}""".formatted(complaint.reference()));

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(complaint.instance).isWaitingAt("sendWithdrawalConfirmationEmail");
  }

  @Test
  void theCustomerPages_canCheckAnAnswerBeforeCorrelating() {
    Map<String, Object> complaint = IntakeTests.complaint();
    complaint.putAll(Map.of("option1Type", "refund", "option1Amount", 50, "option1Description", "A refund."));

    assertThatCode(() -> CustomerAnswers.check("CustomerChoseSolution", Map.of("chosenOption", "option1"), complaint))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> CustomerAnswers.check("CustomerChoseSolution", Map.of("chosenOption", "option3"),
        complaint))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("The answer CustomerChoseSolution cannot be accepted: "
            + "chosenOption must be one of the options offered [option1], not 'option3'");
  }

  private ComplaintScenario complaintWithOneOption(String waitingAt) {
    ComplaintScenario complaint = ComplaintScenario.startAt(waitingAt, Variables.createVariables()
        .putValue("option1Type", "refund").putValue("option1Amount", 50.0)
        .putValue("option1Description", "A refund of 50 EUR."), mailServer);
    started.add(complaint);
    return complaint;
  }

  private java.net.http.HttpResponse<String> send(ComplaintScenario complaint, String message, String variable,
      String json) {
    return http.postJson("/engine-rest/message", "demo", "demo", """
        {"messageName": "%s", "businessKey": "%s", "processVariables": {"%s": {"value": %s}}}"""
        .formatted(message, complaint.reference(), variable, json));
  }

  private static String quoted(String text) {
    return "\"" + text + "\"";
  }
}
