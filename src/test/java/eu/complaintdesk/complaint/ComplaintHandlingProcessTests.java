package eu.complaintdesk.complaint;

import static eu.complaintdesk.complaint.ComplaintScenario.at;
import static eu.complaintdesk.complaint.ComplaintScenario.body;
import static eu.complaintdesk.complaint.ComplaintScenario.clockAt;
import static eu.complaintdesk.complaint.ComplaintScenario.intake;
import static eu.complaintdesk.complaint.ComplaintScenario.subject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.variable.Variables.createVariables;

import com.icegreen.greenmail.util.GreenMail;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.ProcessCoverageConfiguration;
import java.util.Arrays;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestPropertySource;

/**
 * One test per path of processes/complaint-handling.bpmn, named after the path. Complaints run
 * against PostgreSQL; mails arrive at a real SMTP server; timers are driven by the engine clock
 * and by running their jobs. The coverage listener writes a flow-node coverage report to
 * target/process-test-coverage and fails the class below full coverage.
 */
@ComplaintDeskTest
@Import(ProcessCoverageConfiguration.class)
// The coverage makes this a second context, with a second engine, in the shared test JVM. Camunda's
// engine registry is static and keyed by name: named "default" too, this engine would replace the
// shared context's one behind that context's Tasklist and REST API for every test that runs later.
@TestPropertySource(properties = "camunda.bpm.process-engine-name=processTests")
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class ComplaintHandlingProcessTests {

  @Autowired
  ProcessEngine processEngine;
  @Autowired
  GreenMail mailServer;

  @BeforeEach
  void engine() {
    BpmnAwareTests.init(processEngine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  ComplaintScenario startComplaint() {
    return ComplaintScenario.start(intake("customer-" + UUID.randomUUID() + "@example.org"), mailServer);
  }

  ComplaintScenario startAt(String activityId, Object... nameValuePairs) {
    VariableMap variables = createVariables();
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      variables.putValue((String) nameValuePairs[i], nameValuePairs[i + 1]);
    }
    return ComplaintScenario.startAt(activityId, variables, mailServer);
  }

  /** A complaint received at that local time, acknowledged, its account taken: at step 3. */
  ComplaintScenario complaintAtGatherInformation(String receivedAt) {
    clockAt(receivedAt);
    return startComplaint()
        .run("sendAcknowledgementEmail")
        .complete("listenToCustomer", "customerAccount", "The technician never came and nobody called me.");
  }

  @Test
  void happyPath_acknowledgesListensResolvesAndAsksForFeedback() {
    // Given a medium complaint received on Monday 9 March 2026 at 9:00
    clockAt("2026-03-09T09:00");
    ComplaintScenario complaint = startComplaint();

    // Then it is registered, triaged and acknowledged with its first-response deadline
    assertThat(complaint.instance).isWaitingAt("sendAcknowledgementEmail");
    assertThat(complaint.reference()).matches("CMP-2026-\\d{6}");
    complaint.run("sendAcknowledgementEmail");
    assertThat(complaint.variable("firstResponseDue")).isEqualTo(at("2026-03-09T13:00"));
    assertThat(complaint.mailsWith(complaint.reference())).singleElement()
        .satisfies(mail -> assertThat(body(mail)).contains(complaint.reference(), "9 March 2026 at 13:00"));
    assertThat(complaint.task("listenToCustomer").getName())
        .isEqualTo("Listen to the customer · " + complaint.reference() + " · Jana Novak");

    // When the agent works through the checklist and the customer answers the survey
    complaint.complete("listenToCustomer", "customerAccount", "The technician never came and nobody called me.")
        .complete("gatherInformation", "informationComplete", "complete")
        .complete("recordComplaint", "incidentDate", "2026-03-06", "details", "Missed visit on 6 March.",
            "desiredOutcome", "A new visit and an apology.")
        .complete("showEmpathy", "customerFeeling", "frustrated")
        .run("sendApologyEmail")
        .complete("offerSolution", "option1Type", "replacement", "option1Amount", 80.0,
            "option1Description", "A technician visit of your choice this week, free of charge.")
        .run("sendSolutionOptionsEmail")
        .complete("discussSolutions", "chosenOption", "option1")
        .complete("makePromise", "promise1Description", "Technician visit on Thursday 12 March.",
            "promise1Due", "2026-03-12")
        .run("sendPromiseConfirmationEmail")
        .complete("keepPromise", "promiseKept", true)
        .run("sendSurveyEmail")
        .customerSends("CustomerFeedbackReceived", "feedbackScore", 5, "feedbackComment", "Thank you!");

    // Then the complaint is closed without escalation and without a quality review
    assertThat(complaint.instance).isEnded().hasPassedInOrder("complaintReceived", "registerComplaint",
        "triageComplaint", "scheduleDeadlines", "sendAcknowledgementEmail", "listenToCustomer",
        "gatherInformation", "recordComplaint", "showEmpathy", "sendApologyEmail", "offerSolution",
        "checkCompensationAuthority", "sendSolutionOptionsEmail", "discussSolutions", "makePromise",
        "sendPromiseConfirmationEmail", "keepPromise", "complaintResolved", "sendSurveyEmail", "awaitFeedback",
        "selectForQualityReview", "complaintClosed");
    assertThat(complaint.instance).hasNotPassed("approveOffer", "reviewQuality", "recoverCustomer");
    assertThat(complaint.mailsWith(complaint.reference())).hasSize(5);
  }

  @Test
  void firstResponseWarning_raisesThePriorityAndTellsTheTeam() throws Exception {
    // Given a medium complaint (4 business hours) received on Friday 6 March 2026 at 16:00
    ComplaintScenario complaint = complaintReceivedFridayAfternoon();

    // Then the first response is due Monday 11:00 (16-17 on Friday, 8-11 on Monday), warned at 10:00
    assertThat(complaint.task("listenToCustomer").getDueDate()).isEqualTo(at("2026-03-09T11:00"));
    assertThat(complaint.timerDue("firstResponseWarning")).isEqualTo(at("2026-03-09T10:00"));
    assertThat(complaint.timerDue("firstResponseBreached")).isEqualTo(at("2026-03-09T11:00"));
    int priority = complaint.task("listenToCustomer").getPriority();

    // When the warning fires
    clockAt("2026-03-09T10:00");
    complaint.run("firstResponseWarning").run("warnAboutFirstResponseDeadline");

    // Then the task moved up and every agent (demo, anna, peter: the candidate group) was told
    assertThat(complaint.task("listenToCustomer").getPriority()).isEqualTo(priority + 25);
    var notices = Arrays.stream(mailServer.getReceivedMessages())
        .filter(mail -> subject(mail).equals("First response due soon: " + complaint.reference()))
        .toList();
    assertThat(notices).hasSize(3).allSatisfy(mail -> assertThat(mail.getHeader("To", ","))
        .contains("anna@complaint-desk.local", "peter@complaint-desk.local", "demo@complaint-desk.local"));
    assertThat(body(notices.get(0))).contains("Monday 9 March 2026, 11:00", "Jana Novak",
        "/camunda/app/tasklist/default/#/?task=" + complaint.task("listenToCustomer").getId());
    assertThat(complaint.instance).hasPassed("firstResponseWarned");
  }

  @Test
  void firstResponseBreached_managersTakeOverWhileTheAgentTaskStays() {
    ComplaintScenario complaint = complaintReceivedFridayAfternoon();

    // When Monday 11:00 passes without a first response
    clockAt("2026-03-09T11:00");
    complaint.run("firstResponseBreached");

    // Then managers get the overdue complaint, the agent keeps the task, and it counts as escalated
    assertThat(complaint.task("takeOverOverdueComplaint")).hasCandidateGroup("managers");
    assertThat(complaint.task("listenToCustomer")).isNotNull();
    assertThat(complaint.variable("escalated")).isEqualTo(true);
    complaint.complete("takeOverOverdueComplaint", "takeOverNotes", "Called the customer myself.");
    assertThat(complaint.instance).hasPassed("overdueComplaintTakenOver");
  }

  private ComplaintScenario complaintReceivedFridayAfternoon() {
    clockAt("2026-03-06T16:00");
    return startComplaint().run("sendAcknowledgementEmail");
  }

  @Test
  void informationRequestedAndReceived_theResolutionDeadlinePausesAndResumes() {
    // Given a complaint received Monday 9 March 9:00, resolution due in 5 business days (Mon 16th 9:00)
    ComplaintScenario complaint = complaintAtGatherInformation("2026-03-09T09:00");
    assertThat(complaint.timerDue("resolutionDeadline")).isEqualTo(at("2026-03-16T09:00"));

    // When the agent asks the customer on Tuesday 10:00 (35 business hours left)
    clockAt("2026-03-10T10:00");
    complaint.complete("gatherInformation", "informationComplete", "askCustomer",
            "informationRequest", "Which day would suit you for a new visit?")
        .run("sendInformationRequestEmail");

    // Then the customer is asked, and the deadline stands still while we wait
    assertThat(complaint.instance).isWaitingAt("awaitInformation");
    assertThat(complaint.variable("resolutionTimeLeft")).isEqualTo("PT35H");
    assertThat(jobQuery().processInstanceId(complaint.instance.getId()).activityId("resolutionDeadline")
        .suspended().count()).isEqualTo(1);
    assertThat(complaint.mailsWith("information")).singleElement()
        .satisfies(mail -> assertThat(body(mail)).contains("Which day would suit you for a new visit?"));

    // When the customer answers on Thursday 14:00
    clockAt("2026-03-12T14:00");
    complaint.customerSends("CustomerInformationReceived", "informationReply", "Any morning next week.");

    // Then the deadline runs again with the 35 hours left: due Wednesday 18 March 13:00
    assertThat(complaint.timerDue("resolutionDeadline")).isEqualTo(at("2026-03-18T13:00"));
    assertThat(complaint.variable("resolutionDue")).isEqualTo(at("2026-03-18T13:00"));
    assertThat(complaint.task("gatherInformation")).isNotNull();
    assertThat(complaint.variable("informationReply")).isEqualTo("Any morning next week.");
  }

  @Test
  void informationReceivedAfterTheReminder_goesBackToGatheringInformation() {
    ComplaintScenario complaint = complaintAskedForInformation();

    // When the customer is reminded and then answers
    complaint.run("informationReminderDue").run("sendInformationReminderEmail")
        .customerSends("CustomerInformationReceived", "informationReply", "Order 4711.");

    // Then the reminder went out and the agent gathers again
    assertThat(complaint.mailsWith("Reminder: ")).hasSize(1);
    assertThat(complaint.instance).hasPassed("informationReceivedAfterReminder", "resumeResolutionDeadline");
    assertThat(complaint.task("gatherInformation")).isNotNull();
  }

  @Test
  void informationNeverReceived_remindsThenClosesForLackOfReply() {
    ComplaintScenario complaint = complaintAskedForInformation();

    // When neither the request nor the reminder is answered
    complaint.run("informationReminderDue").run("sendInformationReminderEmail")
        .run("informationNeverReceived").run("sendClosingEmail");

    // Then the complaint is closed and the customer told how to reopen it
    assertThat(complaint.instance).isEnded().hasPassed("customerNeverAnswered", "closedWithoutReply");
    assertThat(complaint.instance).hasNotPassed("sendSurveyEmail");
    assertThat(complaint.mailsWith(complaint.reference()))
        .extracting(ComplaintScenario::subject)
        .anySatisfy(subject -> assertThat(subject).startsWith("Reminder: "))
        .anySatisfy(subject -> assertThat(subject).containsIgnoringCase("closed"));
  }

  private ComplaintScenario complaintAskedForInformation() {
    return complaintAtGatherInformation("2026-03-09T09:00")
        .complete("gatherInformation", "informationComplete", "askCustomer",
            "informationRequest", "Please send us your order number.")
        .run("sendInformationRequestEmail");
  }

  @Test
  void offerAboveAuthority_approvedByAManager_goesToTheCustomer() {
    // Given a refund of 500 EUR, above an agent's 100 EUR
    ComplaintScenario complaint = startAt("offerSolution")
        .complete("offerSolution", "option1Type", "refund", "option1Amount", 500.0,
            "option1Description", "A full refund of the visit.");

    // Then a manager must approve it first, seeing why
    assertThat(complaint.task("approveOffer")).hasCandidateGroup("managers");
    assertThat((String) complaint.variable("authorityNotes")).contains("Option 1", "100 EUR");

    // When the manager approves, Then the options go to the customer
    complaint.complete("approveOffer", "offerDecision", "approve");
    assertThat(complaint.instance).isWaitingAt("sendSolutionOptionsEmail");
  }

  @Test
  void offerAboveAuthority_rejected_returnsToTheAgentWithTheComment() {
    ComplaintScenario complaint = startAt("offerSolution")
        .complete("offerSolution", "option1Type", "giftCard", "option1Amount", 200.0,
            "option1Description", "A gift card.")
        .complete("approveOffer", "offerDecision", "reject", "managerComment", "Offer a 50 EUR card instead.");

    assertThat(complaint.task("offerSolution")).isNotNull();
    assertThat(complaint.variable("managerComment")).isEqualTo("Offer a 50 EUR card instead.");
    assertThat(complaint.instance).hasNotPassed("sendSolutionOptionsEmail");
  }

  @Test
  void customerChoosesByMessage_theAgentsTaskEnds() {
    ComplaintScenario complaint = startAt("discussSolutions", "option1Type", "refund", "option1Amount", 50.0);

    complaint.customerSends("CustomerChoseSolution", "chosenOption", "option1");

    assertThat(complaint.instance).hasPassed("customerChoseSolution").isWaitingAt("makePromise");
    assertThat(taskQuery().processInstanceId(complaint.instance.getId()).taskDefinitionKey("discussSolutions").count()).isZero();
  }

  @Test
  void customerChoosesByCall_theAgentRecordsTheChoice() {
    // Given a refund and a coupon on offer
    ComplaintScenario complaint = startAt("discussSolutions", "option1Type", "refund", "option1Amount", 50.0,
        "addOption2", true, "option2Type", "discountCoupon", "option2Amount", 60.0);

    // When the agent records on the phone that the customer prefers the coupon
    complaint.complete("discussSolutions", "chosenOption", "option2", "discussionNotes", "Prefers the coupon.");

    assertThat(complaint.instance).isWaitingAt("makePromise");
    assertThat(complaint.variable("chosenOption")).isEqualTo("option2");
  }

  @Test
  void noChoice_remindsThenGoesAheadWithTheRecommendedOption() {
    ComplaintScenario complaint = startAt("discussSolutions", "option1Type", "refund", "option1Amount", 50.0,
        "option1Description", "A refund of 50 EUR.");

    complaint.run("choiceReminderDue").run("sendSolutionOptionsReminderEmail").run("noChoiceMade");

    assertThat(complaint.mailsWith("Reminder: ")).hasSize(1);
    assertThat(complaint.instance).hasPassed("optionsReminded", "applyRecommendedOption").isWaitingAt("makePromise");
    assertThat(complaint.variable("chosenOption")).isEqualTo("option1");
  }

  @Test
  void everyPromiseHasItsDate_aBrokenOneGoesToManagers_andTheComplaintIsReviewed() {
    // Given two promises: a call-back on Wednesday 11 March and a visit on Thursday 12 March 2026
    clockAt("2026-03-10T09:00");
    ComplaintScenario complaint = startAt("makePromise")
        .complete("makePromise", "promise1Description", "A technician visit on Thursday.", "promise1Due", "2026-03-12",
            "addPromise2", true, "promise2Description", "A call from the team leader.", "promise2Due", "2026-03-11")
        .run("sendPromiseConfirmationEmail");

    // Then the customer has both in writing, and each is a task due at closing time on its day
    assertThat(complaint.mailsWith(complaint.reference())).singleElement().satisfies(mail -> assertThat(body(mail))
        .contains("A technician visit on Thursday.", "12 March 2026", "A call from the team leader.", "11 March 2026"));
    var keep = taskQuery().processInstanceId(complaint.instance.getId()).taskDefinitionKey("keepPromise")
        .orderByDueDate().asc().list();
    assertThat(keep).extracting(org.camunda.bpm.engine.task.Task::getDueDate)
        .containsExactly(at("2026-03-11T17:00"), at("2026-03-12T17:00"));
    assertThat(jobQuery().processInstanceId(complaint.instance.getId()).activityId("promiseDue").list())
        .extracting(org.camunda.bpm.engine.runtime.Job::getDuedate)
        .containsExactlyInAnyOrder(at("2026-03-11T17:00"), at("2026-03-12T17:00"));

    // When the call-back is made, but Thursday passes without the visit
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete(keep.get(0),
        createVariables().putValue("promiseKept", true));
    clockAt("2026-03-12T17:00");
    complaint.run("promiseDue");

    // Then managers handle the broken promise; once all is done the complaint is reviewed
    assertThat(complaint.task("resolveBrokenPromise")).hasCandidateGroup("managers");
    assertThat(complaint.variable("escalated")).isEqualTo(true);
    complaint.complete("resolveBrokenPromise", "brokenPromiseAction", "Sent a technician the next morning.")
        .complete("keepPromise", "promiseKept", true)
        .run("sendSurveyEmail")
        .customerSends("CustomerFeedbackReceived", "feedbackScore", 4)
        .complete("reviewQuality", "qualityScore", 3);
    assertThat(complaint.instance).isEnded().hasPassed("promiseKept", "brokenPromiseResolved", "reviewQuality",
        "complaintClosed");
  }

  @Test
  void holdingReply_goesOutBeforeTheFinalResponseLimit() {
    // Given a complaint received Monday 9 March 2026 at 9:00: final limit 4 May 9:00 (8 weeks),
    // holding reply five working days before, at the same time of day (27 April is a holiday):
    // Thursday 23 April 9:00
    ComplaintScenario complaint = complaintAtGatherInformation("2026-03-09T09:00");
    assertThat(complaint.variable("finalResponseDue")).isEqualTo(at("2026-05-04T09:00"));
    assertThat(complaint.timerDue("holdingReplyDue")).isEqualTo(at("2026-04-23T09:00"));

    // When it is due
    clockAt("2026-04-23T09:00");
    complaint.run("holdingReplyDue").run("sendHoldingReplyEmail");

    // Then the customer gets it with the limit, and the work goes on
    assertThat(complaint.instance).hasPassed("holdingReplySent").isWaitingAt("gatherInformation");
    assertThat(complaint.mailsWith(complaint.reference())).anySatisfy(
        mail -> assertThat(body(mail)).contains("4 May 2026"));
  }

  @Test
  void resolutionOverdue_managersTakeOver() {
    ComplaintScenario complaint = startAt("recordComplaint");

    complaint.run("resolutionDeadline");

    assertThat(complaint.task("takeOverOverdueResolution")).hasCandidateGroup("managers");
    assertThat(complaint.variable("escalated")).isEqualTo(true);
    complaint.complete("takeOverOverdueResolution", "takeOverNotes", "Taking it over.");
    assertThat(complaint.instance).hasPassed("overdueResolutionTakenOver").isWaitingAt("recordComplaint");
  }

  @Test
  void surveyLowScore_managersWinTheCustomerBack_andReviewQuality() {
    ComplaintScenario complaint = startAt("sendSurveyEmail").run("sendSurveyEmail")
        .customerSends("CustomerFeedbackReceived", "feedbackScore", 2, "feedbackComment", "Too slow.");

    assertThat(complaint.task("recoverCustomer")).hasCandidateGroup("managers");
    complaint.complete("recoverCustomer", "recoveryAction", "Called and apologised again.")
        .complete("reviewQuality", "qualityScore", 4);
    assertThat(complaint.instance).isEnded().hasPassed("recoverCustomer", "reviewQuality", "complaintClosed");
  }

  @Test
  void surveyNeverAnswered_remindsThenClosesWithoutReview() {
    ComplaintScenario complaint = startAt("sendSurveyEmail").run("sendSurveyEmail");

    complaint.run("feedbackReminderDue").run("sendSurveyReminderEmail").run("feedbackWaitOver");

    assertThat(complaint.mailsWith("Reminder: ")).hasSize(1);
    assertThat(complaint.instance).isEnded().hasPassed("surveyReminded", "complaintClosed")
        .hasNotPassed("recoverCustomer", "reviewQuality");
  }

  @ParameterizedTest(name = "withdrawn while at {0}")
  @ValueSource(strings = {"listenToCustomer", "awaitInformation", "discussSolutions", "awaitFeedback"})
  void withdrawal_endsAllOpenWork_confirmsIt_andKeepsTheRecord(String waitingAt) {
    ComplaintScenario complaint = startAt(waitingAt);

    complaint.customerSends("ComplaintWithdrawn", "withdrawalReason", "Sorted it out myself.")
        .run("sendWithdrawalConfirmationEmail");

    assertThat(complaint.instance).isEnded().hasPassed("complaintWithdrawn", "withdrawalConfirmed");
    assertThat(taskQuery().processInstanceId(complaint.instance.getId()).count()).isZero();
    assertThat(jobQuery().processInstanceId(complaint.instance.getId()).count()).isZero();
    assertThat(complaint.mailsWith(complaint.reference())).singleElement()
        .satisfies(mail -> assertThat(subject(mail)).containsIgnoringCase("withdraw"));
    assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(complaint.instance.getId()).variableName("withdrawalReason").singleResult().getValue())
        .isEqualTo("Sorted it out myself.");
  }
}
