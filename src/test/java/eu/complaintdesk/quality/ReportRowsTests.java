package eu.complaintdesk.quality;

import static eu.complaintdesk.complaint.ComplaintScenario.at;
import static eu.complaintdesk.complaint.ComplaintScenario.clockAt;
import static eu.complaintdesk.complaint.ComplaintScenario.intake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.complaint.ComplaintScenario;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The report rows as complaints run through the paths that set their columns, against PostgreSQL,
 * with the engine clock: every column asserted with values counted by hand (business hours are
 * Monday to Friday 8:00 to 17:00 in Ljubljana). Agents and managers claim their tasks, as in
 * Tasklist, so that the row knows who completed them.
 */
@ComplaintDeskTest
class ReportRowsTests {

  @Autowired
  ProcessEngine processEngine;
  @Autowired
  GreenMail mailServer;
  @Autowired
  DataSource dataSource;

  private final List<ComplaintScenario> started = new java.util.ArrayList<>();

  @BeforeEach
  void engine() {
    BpmnAwareTests.init(processEngine);
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    started.stream().map(complaint -> complaint.instance.getId())
        .filter(id -> processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count() > 0)
        .forEach(id -> processEngine.getRuntimeService().deleteProcessInstance(id, "test over"));
  }

  @Test
  void happyPath_promiseKept_summaryResolution_feedback() {
    // Given a medium complaint by e-mail received on Monday 9 March 2026 at 9:00
    clockAt("2026-03-09T09:00");
    ComplaintScenario complaint = start().run("sendAcknowledgementEmail");
    assertThat(row(complaint)).containsEntry("status", "open").containsEntry("agent", null)
        .containsEntry("first_response_at", null);

    // When anna listens at 11:30 and works through the checklist
    clockAt("2026-03-09T11:30");
    as("anna", complaint, "listenToCustomer", "customerAccount", "The technician never came.");
    as("anna", complaint, "gatherInformation", "informationComplete", "complete");
    as("anna", complaint, "recordComplaint", "incidentDate", "2026-03-06", "details", "Missed visit.",
        "desiredOutcome", "A new visit.");
    as("anna", complaint, "showEmpathy", "customerFeeling", "frustrated");
    complaint.run("sendApologyEmail");
    as("anna", complaint, "offerSolution", "option1Type", "replacement", "option1Amount", 80.0,
        "option1Description", "A technician visit this week, free of charge.");
    complaint.run("sendSolutionOptionsEmail");
    as("anna", complaint, "discussSolutions", "chosenOption", "option1");
    as("anna", complaint, "makePromise", "promise1Description", "Technician visit on Thursday.",
        "promise1Due", "2026-03-12");
    complaint.run("sendPromiseConfirmationEmail");
    // and keeps the promise on Wednesday 11 March at 10:00, the day before it is due, and resolves it
    clockAt("2026-03-11T10:00");
    as("anna", complaint, "keepPromise", "promiseKept", true);
    as("anna", complaint, "recordOutcome", outcome("upheld"));
    complaint.run("sendSummaryResolutionEmail").run("sendSurveyEmail");
    clockAt("2026-03-12T09:00");
    complaint.customerSends("CustomerFeedbackReceived", "feedbackScore", 5, "feedbackComment", "Thank you!");

    // Then the row says all of it: first response after 2.5 business hours; resolved after 19
    // (Monday 8, Tuesday 9, Wednesday 2), within 3 business days
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("reference", complaint.reference());
    expected.put("received_at", at("2026-03-09T09:00").toInstant());
    expected.put("channel", "email");
    expected.put("complaint_type", "serviceQuality");
    expected.put("severity", "medium");
    expected.put("customer_tier", "standard");
    expected.put("customer_language", "en");
    expected.put("agent", "anna");
    expected.put("team", "team-ljubljana");
    expected.put("status", "closed");
    expected.put("closed_at", at("2026-03-11T10:00").toInstant());
    expected.put("withdrawn_at", null);
    expected.put("reopen_count", 0);
    expected.put("first_response_at", at("2026-03-09T11:30").toInstant());
    expected.put("first_response_hours", 2.5);
    expected.put("resolution_hours", 19.0);
    expected.put("first_response_breached", false);
    expected.put("resolution_breached", false);
    expected.put("final_response_breached", false);
    expected.put("warnings", 0);
    expected.put("escalations", 0);
    expected.put("promises_made", 1);
    expected.put("promises_kept_on_time", 1);
    expected.put("promises_broken", 0);
    expected.put("offer_rounds", 1);
    expected.put("options_offered", 1);
    expected.put("chosen_option_type", "replacement");
    expected.put("compensation_amount", new BigDecimal("80.00"));
    expected.put("choice_made_by", "agent");
    expected.put("survey_sent", true);
    expected.put("feedback_score", 5);
    expected.put("feedback_at", at("2026-03-12T09:00").toInstant());
    expected.put("outcome", "upheld");
    expected.put("root_cause", "serviceFailure");
    expected.put("closure_bucket", "within3BusinessDays");
    expected.put("referral_rights_given", false);
    expected.put("review_score", null);
    expected.put("reviewer", null);
    expected.put("reviewed_at", null);
    assertThat(row(complaint)).containsAllEntriesOf(expected);
  }

  @Test
  void firstResponseWarnedAndBreached_escalated_resolutionBreached() {
    // Given a medium complaint received on Monday 9 March 2026 at 9:00 (first response due 13:00)
    clockAt("2026-03-09T09:00");
    ComplaintScenario complaint = start().run("sendAcknowledgementEmail");

    // When the warning (12:00) and the breach (13:00) fire, and managers let the take-over pass its day
    complaint.fireTimer("firstResponseWarning", at("2026-03-09T12:00")).runAsyncJobs();
    complaint.fireTimer("firstResponseBreached", at("2026-03-09T13:00")).runAsyncJobs();
    complaint.fireTimer("complaintTakeOverLate", complaint.timerDue("complaintTakeOverLate")).runAsyncJobs();
    // and peter listens on Tuesday at 14:00 (Monday 8 business hours, Tuesday 6)
    clockAt("2026-03-10T14:00");
    as("peter", complaint, "listenToCustomer", "customerAccount", "The technician never came.");

    // Then the row counts the warning, the breach and the escalation
    assertThat(row(complaint)).containsEntry("warnings", 1).containsEntry("first_response_breached", true)
        .containsEntry("escalations", 1).containsEntry("first_response_hours", 14.0)
        .containsEntry("first_response_at", at("2026-03-10T14:00").toInstant())
        .containsEntry("resolution_breached", false).containsEntry("agent", "peter").containsEntry("team", "team-sofia")
        .containsEntry("status", "open");

    // When the resolution deadline passes too
    complaint.fireTimer("resolutionDeadline", complaint.timerDue("resolutionDeadline")).runAsyncJobs();

    // Then the row says so, and nothing closed it
    assertThat(row(complaint)).containsEntry("resolution_breached", true).containsEntry("final_response_breached", false)
        .containsEntry("closed_at", null).containsEntry("resolution_hours", null).containsEntry("status", "open");
  }

  @Test
  void withdrawn_isNeitherOpenNorClosed() {
    // Given a complaint received on Tuesday 10 March 2026 at 10:00
    clockAt("2026-03-10T10:00");
    ComplaintScenario complaint = start().run("sendAcknowledgementEmail");

    // When the customer withdraws it at 11:00
    clockAt("2026-03-10T11:00");
    complaint.customerSends("ComplaintWithdrawn", "withdrawalReason", "Sorted it out myself.").runAsyncJobs();

    // Then the row is withdrawn, with no first response and no closing
    assertThat(row(complaint)).containsEntry("status", "withdrawn")
        .containsEntry("withdrawn_at", at("2026-03-10T11:00").toInstant()).containsEntry("closed_at", null)
        .containsEntry("first_response_at", null).containsEntry("closure_bucket", null);
  }

  @Test
  void brokenPromise_finalResponseNotUpheldInFull_reviewedWithStepScores() {
    // Given two promises made on Tuesday 10 March 2026, received that day at 9:00
    clockAt("2026-03-10T09:00");
    ComplaintScenario complaint = startAt("makePromise", "option1Type", "replacement", "chosenOption", "option1");
    as("anna", complaint, "makePromise", "promise1Description", "A technician visit.", "promise1Due", "2026-03-12",
        "addPromise2", true, "promise2Description", "A call from the team leader.", "promise2Due", "2026-03-11");
    complaint.run("sendPromiseConfirmationEmail");

    // When the call-back is kept, the visit's day passes, and it is kept by its new date
    Task callBack = processEngine.getTaskService().createTaskQuery().processInstanceId(complaint.instance.getId())
        .taskDefinitionKey("keepPromise").orderByDueDate().asc().list().get(0);
    processEngine.getTaskService().claim(callBack.getId(), "anna");
    processEngine.getTaskService().complete(callBack.getId(), Variables.createVariables().putValue("promiseKept", true));
    complaint.fireTimer("promiseDue", at("2026-03-12T17:00"));
    as("mary", complaint, "resolveBrokenPromise", "brokenPromiseAction", "Called and apologised.",
        "newPromiseDue", "2026-03-16");
    complaint.run("sendNewPromiseDateEmail");
    clockAt("2026-03-16T10:00");
    as("anna", complaint, "keepPromise", "promiseKept", true);
    as("anna", complaint, "recordOutcome", outcome("partlyUpheld"));
    complaint.run("sendFinalResponseEmail").run("sendSurveyEmail")
        .customerSends("CustomerFeedbackReceived", "feedbackScore", 4);
    // and mary reviews the escalated complaint on Tuesday 17 March, scoring each step
    clockAt("2026-03-17T15:00");
    Object[] review = {"qualityScore", 3, "reviewActedQuickly", 4, "reviewListened", 5, "reviewGathered", 3,
        "reviewRecorded", 4, "reviewEmpathy", 5, "reviewThanked", 4, "reviewApologised", 3, "reviewOffered", 4,
        "reviewDiscussed", 2, "reviewKeptPromises", 1, "reviewAskedFeedback", 5};
    as("mary", complaint, "reviewQuality", review);

    // Then two promises, one kept on time and one broken (once); the final response gave the referral
    // rights; resolved after 37 business hours (Tuesday 8, Wednesday to Friday 27, Monday 2)
    Map<String, Object> expected = new HashMap<>(Map.of("promises_made", 2, "promises_kept_on_time", 1,
        "promises_broken", 1, "referral_rights_given", true, "closure_bucket", "within8Weeks",
        "resolution_hours", 37.0, "outcome", "partlyUpheld", "agent", "anna", "reviewer", "mary",
        "reviewed_at", at("2026-03-17T15:00").toInstant()));
    expected.putAll(Map.of("review_score", 3, "review_acted_quickly", 4, "review_listened", 5, "review_gathered", 3,
        "review_recorded", 4, "review_empathy", 5, "review_thanked", 4, "review_apologised", 3, "review_offered", 4,
        "review_discussed", 2));
    expected.putAll(Map.of("review_kept_promises", 1, "review_asked_feedback", 5, "feedback_score", 4,
        "chosen_option_type", "replacement", "status", "closed", "escalations", 0));
    assertThat(row(complaint)).containsAllEntriesOf(expected);
  }

  @Test
  void lowScore_isRecordedAndReviewed() {
    // Given the survey went out on Wednesday 11 March 2026
    clockAt("2026-03-11T10:00");
    ComplaintScenario complaint = startAt("sendSurveyEmail").run("sendSurveyEmail");

    // When the customer scores 2 at 12:00, mary wins them back and reviews it
    clockAt("2026-03-11T12:00");
    complaint.customerSends("CustomerFeedbackReceived", "feedbackScore", 2, "feedbackComment", "Too slow.");
    as("mary", complaint, "recoverCustomer", "recoveryAction", "Called and apologised again.");
    as("mary", complaint, "reviewQuality", ComplaintScenario.qualityReview(2));

    // Then
    assertThat(row(complaint)).containsEntry("survey_sent", true).containsEntry("feedback_score", 2)
        .containsEntry("feedback_at", at("2026-03-11T12:00").toInstant()).containsEntry("review_score", 2)
        .containsEntry("reviewer", "mary").containsEntry("agent", null);
  }

  @Test
  void reopened_isOpenUntilClosedAgain_andCountsEachReopening() {
    // Given a complaint received and answered in full on Monday 16 March 2026 at 10:00
    clockAt("2026-03-16T10:00");
    ComplaintScenario complaint = startAt("reopenWindow", "reopenableUntil", at("2026-04-15T23:59"),
        "triage", new HashMap<>(Map.of("priority", 50, "firstResponseTime", "PT4H", "resolutionTime", "P5D")));

    // When the customer has it reopened on Friday 20 March at 9:00, and it is resolved again
    clockAt("2026-03-20T09:00");
    complaint.customerSends("ComplaintReopenRequested", "reopenReason", "The refund never arrived.");
    assertThat(row(complaint)).containsEntry("reopen_count", 1).containsEntry("status", "open");
    as("anna", complaint, "reviewReopenedComplaint", "reopenNotes", "Refund by card.");
    as("anna", complaint, "offerSolution", "option1Type", "refund", "option1Amount", 40.0,
        "option1Description", "The 40 EUR by card.");
    complaint.run("sendSolutionOptionsEmail").customerSends("CustomerChoseSolution", "chosenOption", "option1");
    as("anna", complaint, "makePromise", "promise1Description", "The refund by card.", "promise1Due", "2026-03-23");
    complaint.run("sendPromiseConfirmationEmail");
    as("anna", complaint, "keepPromise", "promiseKept", true);
    as("anna", complaint, "recordOutcome", outcome("upheld"));
    complaint.run("sendFinalResponseEmail");

    // Then it is closed again: 35 business hours since receipt (Monday 7, Tuesday to Thursday 27,
    // Friday 1), after 3 business days but within the final-response limit; upheld, so no referral
    assertThat(row(complaint)).containsEntry("status", "closed").containsEntry("reopen_count", 1)
        .containsEntry("closed_at", at("2026-03-20T09:00").toInstant()).containsEntry("resolution_hours", 35.0)
        .containsEntry("closure_bucket", "within8Weeks").containsEntry("referral_rights_given", false)
        .containsEntry("chosen_option_type", "refund").containsEntry("compensation_amount", new BigDecimal("40.00"))
        .containsEntry("choice_made_by", "customer").containsEntry("options_offered", 1);

    // When it is reopened a second time, Then it is open again and counted twice
    clockAt("2026-03-24T09:00");
    complaint.customerSends("ComplaintReopenRequested");
    assertThat(row(complaint)).containsEntry("status", "open").containsEntry("reopen_count", 2)
        .containsEntry("closed_at", null).containsEntry("resolution_hours", null).containsEntry("closure_bucket", null);
  }

  @Test
  void aFailingCompletion_leavesTheRowAsItWas() {
    // Given an offer of one option, sent by anna
    clockAt("2026-03-10T09:00");
    ComplaintScenario complaint = startAt("offerSolution");
    as("anna", complaint, "offerSolution", "option1Type", "refund", "option1Amount", 30.0,
        "option1Description", "30 EUR back.");
    complaint.run("sendSolutionOptionsEmail");
    Map<String, Object> before = row(complaint);
    assertThat(before).containsEntry("agent", "anna").containsEntry("options_offered", 1)
        .containsEntry("complaint_type", "serviceQuality").containsEntry("chosen_option_type", null);

    // When peter completes the discussion with an option never offered and a corrected type, at 11:00
    clockAt("2026-03-10T11:00");
    assertThatThrownBy(() -> as("peter", complaint, "discussSolutions", "chosenOption", "option2",
        "complaintType", "price")).hasMessageContaining("option2");

    // Then the refused completion changed nothing in the row, to the last timestamp
    assertThat(row(complaint)).isEqualTo(before);

    // and the completion that succeeds changes it
    as("peter", complaint, "discussSolutions", "chosenOption", "option1", "complaintType", "price");
    assertThat(row(complaint)).containsEntry("agent", "peter").containsEntry("team", "team-sofia")
        .containsEntry("complaint_type", "price").containsEntry("chosen_option_type", "refund")
        .containsEntry("compensation_amount", new BigDecimal("30.00"));
  }

  private ComplaintScenario start() {
    ComplaintScenario complaint = ComplaintScenario.start(intake("customer-" + UUID.randomUUID() + "@example.org"),
        mailServer);
    started.add(complaint);
    return complaint;
  }

  private ComplaintScenario startAt(String activityId, Object... nameValuePairs) {
    var variables = Variables.createVariables();
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      variables.putValue((String) nameValuePairs[i], nameValuePairs[i + 1]);
    }
    ComplaintScenario complaint = ComplaintScenario.startAt(activityId, variables, mailServer);
    started.add(complaint);
    return complaint;
  }

  /** Claims the step's task as that user, as Tasklist does, and completes it with the form's values. */
  private static void as(String user, ComplaintScenario complaint, String taskKey, Object... nameValuePairs) {
    Task task = complaint.task(taskKey);
    BpmnAwareTests.taskService().claim(task.getId(), user);
    complaint.complete(taskKey, nameValuePairs);
  }

  static Object[] outcome(String complaintOutcome) {
    return new Object[] {"complaintOutcome", complaintOutcome, "rootCause", "serviceFailure",
        "findings", "The visit was never booked.", "redress", "A free visit.", "customerFeelingAtEnd", "satisfied"};
  }

  /** The complaint's report row, timestamps as instants. */
  private Map<String, Object> row(ComplaintScenario complaint) {
    Map<String, Object> row = new JdbcTemplate(dataSource).queryForMap(
        "SELECT * FROM " + ReportTable.TABLE + " WHERE process_instance_id = ?", complaint.instance.getId());
    Map<String, Object> readable = new LinkedHashMap<>();
    row.forEach((column, value) -> readable.put(column,
        value instanceof Timestamp timestamp ? (Object) timestamp.toInstant() : value));
    return readable;
  }
}
