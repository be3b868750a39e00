package eu.complaintdesk.complaint;

import static eu.complaintdesk.communication.PhoneAnswers.assertPhoneAnswer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import eu.complaintdesk.ProcessConstants;
import eu.complaintdesk.communication.CommunicationLog;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Record a customer's call" over the engine's REST API, as Tasklist's start form sends it: while
 * a complaint waits for the customer and no task of it is open, an agent or manager starts the
 * process with what the customer said on the phone; the answer reaches the complaint through the
 * same rules as a link and is logged as a phone answer with who took it. A refused answer, or a
 * complaint that does not wait for it, refuses the start itself with a readable 400, and nothing is
 * started or recorded.
 */
@ComplaintDeskTest
class RecordCustomerCallTests {

  private static final String START = "/engine-rest/process-definition/key/"
      + ProcessConstants.PROCESS_RECORD_CUSTOMER_CALL + "/start";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  HttpTestClient http;
  @Autowired
  ProcessEngine engine;
  @Autowired
  GreenMail mailServer;
  @Autowired
  CommunicationLog log;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
  }

  @Test
  void anAgentRecordsTheInformation_whileNoTaskIsOpen_andTheComplaintGoesOn() {
    // Given a complaint waiting for the information asked for, with no task open
    ComplaintScenario complaint = ComplaintScenario.startAt("awaitInformation", Variables.createVariables()
        .putValue(ProcessConstants.VAR_INFORMATION_CLOSE_AT, inDays(10))
        .putValue(ProcessConstants.VAR_RESOLUTION_TIME_LEFT, "PT35H"), mailServer);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(complaint.instance.getId()).count())
        .isZero();

    // When anna starts "Record a customer's call" with what the customer said on the phone
    HttpResponse<String> started = call("anna", complaint.reference(), ProcessConstants.MESSAGE_INFORMATION_RECEIVED,
        Map.of(ProcessConstants.VAR_INFORMATION_REPLY, "The parcel number is 4711."));

    // Then the complaint has the answer and goes on, the log says anna took it by phone, and the
    // call's own instance is over, started by anna
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    assertThat(complaint.instance).hasPassed("informationReceived");
    assertThat(complaint.variable(ProcessConstants.VAR_INFORMATION_REPLY)).isEqualTo("The parcel number is 4711.");
    assertThat(log.entriesFor(complaint.reference())).first().satisfies(entry -> {
      assertPhoneAnswer(entry, ProcessConstants.MESSAGE_INFORMATION_RECEIVED, "anna");
      assertThat(entry.subject()).isEqualTo("informationReply: The parcel number is 4711.");
    });
    HistoricProcessInstance call = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(id(started)).singleResult();
    assertThat(call.getEndTime()).isNotNull();
    assertThat(call.getStartUserId()).isEqualTo("anna");
    assertThat(call.getBusinessKey()).as("the reference stays the complaint's alone").isNull();
  }

  @Test
  void aRefusedAnswer_isA400WithTheRulesSentence_andStartsNothing_untilItIsRight() {
    // Given a complaint waiting for feedback, and the calls recorded so far
    ComplaintScenario complaint = ComplaintScenario.startAt("awaitFeedback", Variables.createVariables(), mailServer);
    String message = ProcessConstants.MESSAGE_FEEDBACK_RECEIVED;
    long callsBefore = callsStarted();

    // When mary enters a score outside 1 to 5, a score as text, or no kind of answer that a call records
    assertRefused(call("mary", complaint.reference(), message, Map.of(ProcessConstants.VAR_FEEDBACK_SCORE, 9)),
        "The answer CustomerFeedbackReceived cannot be accepted", "feedbackScore");
    assertRefused(call("mary", complaint.reference(), message, Map.of(ProcessConstants.VAR_FEEDBACK_SCORE, "4")),
        "feedbackScore");
    assertRefused(call("mary", complaint.reference(), "CustomerSentFlowers", Map.of()), "not 'CustomerSentFlowers'");

    // Then nothing was started, nothing reached the complaint, nothing was logged
    assertThat(callsStarted()).isEqualTo(callsBefore);
    assertThat(complaint.instance).isWaitingAt("awaitFeedback");
    assertThat(log.entriesFor(complaint.reference())).isEmpty();

    // When she enters the score the customer gave, with the comment
    HttpResponse<String> started = call("mary", complaint.reference(), message,
        Map.of(ProcessConstants.VAR_FEEDBACK_SCORE, 4, ProcessConstants.VAR_FEEDBACK_COMMENT, "Friendly and quick."));

    // Then it is delivered and logged as hers
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    assertThat(complaint.instance).hasPassed("awaitFeedback");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(complaint.instance.getId()).variableName(ProcessConstants.VAR_FEEDBACK_SCORE)
        .singleResult().getValue()).isEqualTo(4);
    assertThat(log.entriesFor(complaint.reference())).singleElement()
        .satisfies(entry -> assertPhoneAnswer(entry, message, "mary"));
  }

  @Test
  void aComplaintThatDoesNotWaitForTheAnswer_orNone_isA400_andStartsNothing() {
    // Given a complaint at the agents' first task, which waits for no survey
    ComplaintScenario complaint = ComplaintScenario.startAt(ProcessConstants.ACTIVITY_LISTEN_TO_CUSTOMER,
        Variables.createVariables(), mailServer);
    long callsBefore = callsStarted();

    // When anna records a score for it, a score for a reference no complaint has, or leaves out the reference
    assertRefused(call("anna", complaint.reference(), ProcessConstants.MESSAGE_FEEDBACK_RECEIVED,
        Map.of(ProcessConstants.VAR_FEEDBACK_SCORE, 5)), "Complaint " + complaint.reference()
        + " does not wait for this answer (CustomerFeedbackReceived) now");
    assertRefused(call("anna", "CMP-1999-000001", ProcessConstants.MESSAGE_FEEDBACK_RECEIVED,
        Map.of(ProcessConstants.VAR_FEEDBACK_SCORE, 5)), "no open complaint with this reference");
    assertRefused(call("anna", null, ProcessConstants.MESSAGE_COMPLAINT_WITHDRAWN, Map.of()),
        "names the reference of the complaint");

    // Then nothing was started and the complaint waits where it did
    assertThat(callsStarted()).isEqualTo(callsBefore);
    assertThat(complaint.instance).isWaitingAt(ProcessConstants.ACTIVITY_LISTEN_TO_CUSTOMER);
    assertThat(log.entriesFor(complaint.reference())).isEmpty();

    // When she records that the customer withdraws it, which a complaint always waits for
    HttpResponse<String> started = call("anna", complaint.reference(), ProcessConstants.MESSAGE_COMPLAINT_WITHDRAWN,
        Map.of(ProcessConstants.VAR_WITHDRAWAL_REASON, "Sorted it out with the shop."));

    // Then the complaint is withdrawn
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    assertThat(complaint.instance).hasPassed("complaintWithdrawn");
  }

  /** Starts the call as Tasklist's start form would, as {@code user} (password = user in the demo). */
  private HttpResponse<String> call(String user, String reference, String message, Map<String, Object> answer) {
    Map<String, Object> variables = new LinkedHashMap<>();
    if (reference != null) {
      variables.put(ProcessConstants.VAR_COMPLAINT_REFERENCE, Map.of("value", reference));
    }
    variables.put(ProcessConstants.VAR_CUSTOMER_ANSWER, Map.of("value", message));
    answer.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    try {
      return http.postJson(START, user, user, JSON.writeValueAsString(Map.of("variables", variables)));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void assertRefused(HttpResponse<String> response, String... sentences) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains(sentences).doesNotContain("Exception while", "at org.");
  }

  private long callsStarted() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessConstants.PROCESS_RECORD_CUSTOMER_CALL).count();
  }

  private static String id(HttpResponse<String> started) {
    try {
      return JSON.readTree(started.body()).path("id").asText();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Date inDays(int days) {
    return Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(days)));
  }
}
