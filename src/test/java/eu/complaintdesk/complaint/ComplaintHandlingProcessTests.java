package eu.complaintdesk.complaint;

import static eu.complaintdesk.complaint.ComplaintScenario.at;
import static eu.complaintdesk.complaint.ComplaintScenario.body;
import static eu.complaintdesk.complaint.ComplaintScenario.clockAt;
import static eu.complaintdesk.complaint.ComplaintScenario.intake;
import static eu.complaintdesk.complaint.ComplaintScenario.subject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.camunda.bpm.engine.variable.Variables.createVariables;

import com.icegreen.greenmail.util.GreenMail;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.ProcessConstants;
import eu.complaintdesk.ProcessCoverageConfiguration;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
        .satisfies(mail -> assertThat(body(mail)).contains(complaint.reference(), "9 March 2026 at 13:00"))
        .satisfies(mail -> assertThat(mail.getMessageID())
            .isEqualTo("<" + complaint.reference() + ".acknowledgement.1@complaint-desk.local>"));
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
        .complete("recordOutcome", outcome("upheld"))
        .run("sendSummaryResolutionEmail")
        .run("sendSurveyEmail")
        .customerSends("CustomerFeedbackReceived", "feedbackScore", 5, "feedbackComment", "Thank you!");

    // Then the complaint is closed without escalation and without a quality review
    assertThat(complaint.instance).isWaitingAt("reopenWindow").hasPassedInOrder("complaintReceived", "registerComplaint",
        "triageComplaint", "scheduleDeadlines", "sendAcknowledgementEmail", "listenToCustomer",
        "gatherInformation", "recordComplaint", "showEmpathy", "sendApologyEmail", "offerSolution",
        "checkCompensationAuthority", "sendSolutionOptionsEmail", "discussSolutions", "makePromise",
        "sendPromiseConfirmationEmail", "keepPromise", "recordOutcome", "sendSummaryResolutionEmail",
        "complaintResolved", "sendSurveyEmail", "awaitFeedback", "selectForQualityReview", "complaintClosed");
    assertThat(complaint.instance).hasNotPassed("approveOffer", "reviewQuality", "recoverCustomer");
    assertThat(complaint.mailsWith(complaint.reference())).hasSize(6);
    assertThat(complaint.mailsWith("is resolved")).singleElement().satisfies(mail -> assertThat(body(mail))
        .contains("you can ask us to reopen it until Wednesday, 8 April 2026 at 23:59", "/customer/reopen?token="));

    // and once the reopen period is over (30 calendar days) it can no longer be reopened
    complaint.fireTimer("reopenPeriodOver", at("2026-04-08T23:59"));
    assertThat(complaint.instance).isEnded().hasPassed("closedForGood").hasNotPassed("reopenRequested");
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
    complaint.fireTimer("firstResponseWarning", at("2026-03-09T10:00")).run("warnAboutFirstResponseDeadline");

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
    complaint.fireTimer("firstResponseBreached", at("2026-03-09T11:00"));

    // Then managers get the overdue complaint, the agent keeps the task, and it counts as escalated
    assertThat(complaint.task("takeOverOverdueComplaint")).hasCandidateGroup("managers");
    assertThat(complaint.task("listenToCustomer")).isNotNull();
    assertThat(complaint.variable("escalated")).isEqualTo(true);
    assertThat(complaint.instance).hasPassed("firstResponseEscalated", "firstResponseOverdue");
    complaint.complete("takeOverOverdueComplaint", "takeOverNotes", "Called the customer myself.");
    assertThat(complaint.instance).hasPassed("overdueComplaintTakenOver");
  }

  @Test
  void firstResponseBreached_theComplaintGoesOnToTheSurveyWhileTheTakeOverIsOpen() {
    // Given a complaint whose first response became overdue on Monday 9 March 2026 at 11:00
    ComplaintScenario complaint = complaintReceivedFridayAfternoon()
        .fireTimer("firstResponseBreached", at("2026-03-09T11:00"));

    // When the agent works through every step while the manager's take-over is still open
    complaint.complete("listenToCustomer", "customerAccount", "Nobody came.")
        .complete("gatherInformation", "informationComplete", "complete")
        .complete("recordComplaint", "details", "Missed visit.")
        .complete("showEmpathy", "customerFeeling", "angry")
        .run("sendApologyEmail")
        .complete("offerSolution", "option1Type", "refund", "option1Amount", 50.0, "option1Description", "A refund.")
        .run("sendSolutionOptionsEmail")
        .customerSends("CustomerChoseSolution", "chosenOption", "option1")
        .complete("makePromise", "promise1Description", "The refund by bank transfer.", "promise1Due", "2026-03-10")
        .run("sendPromiseConfirmationEmail")
        .complete("keepPromise", "promiseKept", true)
        .complete("recordOutcome", outcome("upheld"))
        .run("sendSummaryResolutionEmail");

    // Then the resolution is complete and the survey goes out; the take-over stays with the managers
    assertThat(complaint.instance).hasPassed("complaintResolved").isWaitingAt("sendSurveyEmail");
    assertThat(complaint.task("takeOverOverdueComplaint")).hasCandidateGroup("managers");
    complaint.run("sendSurveyEmail");
    assertThat(complaint.mailsWith(complaint.reference())).extracting(ComplaintScenario::subject)
        .anySatisfy(subject -> assertThat(subject).endsWith("how did we do?"));

    // and the complaint closes once the manager is done and the customer has answered
    complaint.complete("takeOverOverdueComplaint", "takeOverNotes", "Agent had it in hand.")
        .customerSends("CustomerFeedbackReceived", "feedbackScore", 4)
        .complete("reviewQuality", ComplaintScenario.qualityReview(4));
    assertThat(complaint.instance).hasPassed("overdueComplaintTakenOver", "complaintClosed").isWaitingAt("reopenWindow");
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
    // Given a request for information sent on Tuesday 10 March 2026 at 10:00
    ComplaintScenario complaint = complaintAskedForInformation();

    // When the customer is reminded three working days later and then answers
    complaint.fireTimer("informationReminderDue", at("2026-03-13T10:00")).run("sendInformationReminderEmail")
        .customerSends("CustomerInformationReceived", "informationReply", "Order 4711.");

    // Then the reminder went out and the agent gathers again
    assertThat(complaint.mailsWith("Reminder: ")).hasSize(1);
    assertThat(complaint.instance).hasPassed("informationReceivedAfterReminder", "resumeResolutionDeadline");
    assertThat(complaint.task("gatherInformation")).isNotNull();
  }

  @Test
  void informationNeverReceived_remindsThenClosesForLackOfReply() {
    // Given a request for information sent on Tuesday 10 March 2026 at 10:00
    ComplaintScenario complaint = complaintAskedForInformation();
    assertThat(complaint.variable("informationCloseAt")).isEqualTo(at("2026-03-24T10:00"));

    // When neither the request nor the reminder (3 working days later) is answered, the complaint
    // closes 10 working days after the REQUEST, not after the reminder (that would be Friday 27 March)
    complaint.fireTimer("informationReminderDue", at("2026-03-13T10:00")).run("sendInformationReminderEmail")
        .fireTimer("informationNeverReceived", at("2026-03-24T10:00")).run("sendClosingEmail");

    // Then the complaint is closed, and may be reopened for 30 days, as the closing mail says
    assertThat(complaint.instance).hasPassed("customerNeverAnswered", "sendClosingEmail").isWaitingAt("reopenWindow");
    assertThat(complaint.instance).hasNotPassed("sendSurveyEmail");
    assertThat(complaint.variable("reopenableUntil")).isEqualTo(at("2026-04-23T23:59"));
    assertThat(complaint.mailsWith(complaint.reference()))
        .extracting(ComplaintScenario::subject)
        .anySatisfy(subject -> assertThat(subject).startsWith("Reminder: "))
        .anySatisfy(subject -> assertThat(subject).containsIgnoringCase("closed"));
  }

  /** A complaint received on Monday 9 March 2026 whose agent asked for information on Tuesday at 10:00. */
  @Test
  void informationByPhone_recordedWithTheCallProcess_whileNoTaskOfTheComplaintIsOpen() {
    // Given a complaint waiting for the customer's information, with no task open
    ComplaintScenario complaint = complaintAskedForInformation();
    assertThat(taskQuery().processInstanceId(complaint.instance.getId()).count()).isZero();

    // When the customer phones in the answer and anna records it with "Record a customer's call"
    ProcessInstance call;
    processEngine.getIdentityService().setAuthentication("anna", List.of(ProcessConstants.GROUP_AGENTS));
    try {
      call = runtimeService().startProcessInstanceByKey(ProcessConstants.PROCESS_RECORD_CUSTOMER_CALL, Map.of(
          ProcessConstants.VAR_COMPLAINT_REFERENCE, complaint.reference(),
          ProcessConstants.VAR_CUSTOMER_ANSWER, ProcessConstants.MESSAGE_INFORMATION_RECEIVED,
          ProcessConstants.VAR_INFORMATION_REPLY, "Order 4711."));
    } finally {
      processEngine.getIdentityService().clearAuthentication();
    }

    // Then the call took its one path, and the complaint has the answer and gathers the information again
    assertThat(call).isEnded().hasPassedInOrder("customerCalled", "recordCustomerAnswer", "answerRecorded");
    assertThat(complaint.instance).hasPassed("informationReceived");
    assertThat(complaint.task("gatherInformation")).isNotNull();
    assertThat(complaint.variable("informationReply")).isEqualTo("Order 4711.");
  }

  private ComplaintScenario complaintAskedForInformation() {
    ComplaintScenario complaint = complaintAtGatherInformation("2026-03-09T09:00");
    clockAt("2026-03-10T10:00");
    return complaint.complete("gatherInformation", "informationComplete", "askCustomer",
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
    assertThat(complaint.variable("choiceMadeBy")).isEqualTo("customer");
    assertThat(taskQuery().processInstanceId(complaint.instance.getId()).taskDefinitionKey("discussSolutions").count()).isZero();
  }

  @Test
  void noOptionSuitsTheCustomer_backToTheAgentsOffer_withTheCustomersComment() {
    // Given options that were judged and sent
    ComplaintScenario complaint = startAt("offerSolution")
        .complete("offerSolution", "option1Type", "refund", "option1Amount", 30.0, "option1Description", "30 EUR back.")
        .run("sendSolutionOptionsEmail");
    assertThat(complaint.instance).isWaitingAt("discussSolutions");

    // When the customer says that none suits, and why
    complaint.customerSends("CustomerDeclinedOptions", "choiceComment", "I need the visit redone, not money.");

    // Then the agent offers again, the comment at hand, and the discussion is over
    assertThat(complaint.instance).hasPassed("customerDeclinedOptions").hasNotPassed("makePromise");
    assertThat(complaint.task("offerSolution")).isNotNull();
    assertThat(taskQuery().processInstanceId(complaint.instance.getId()).taskDefinitionKey("discussSolutions").count()).isZero();
    assertThat(complaint.variable("choiceComment")).isEqualTo("I need the visit redone, not money.");

    // And a decline without a reason is refused, like every answer the rules refuse
    complaint.complete("offerSolution", "option1Type", "replacement", "option1Amount", 60.0,
        "option1Description", "A new visit this week.").run("sendSolutionOptionsEmail");
    assertThatThrownBy(() -> complaint.customerSends("CustomerDeclinedOptions", "choiceComment", " "))
        .hasMessageContaining("choiceComment is required");
    assertThat(complaint.instance).isWaitingAt("discussSolutions");
  }

  @Test
  void aChoiceOfAnOptionTheCheckNeverJudged_isRefused_whateverTheFormVariablesSay() {
    // Given one option judged and sent, and a second one slipped into the variables afterwards
    ComplaintScenario complaint = startAt("offerSolution")
        .complete("offerSolution", "option1Type", "refund", "option1Amount", 30.0, "option1Description", "30 EUR back.")
        .run("sendSolutionOptionsEmail");
    runtimeService().setVariables(complaint.instance.getId(), Map.of("addOption2", true, "option2Type", "giftCard",
        "option2Amount", 500.0, "option2Description", "A gift card."));

    // When the customer's answer names the slipped-in option, Then it is refused
    assertThatThrownBy(() -> complaint.customerSends("CustomerChoseSolution", "chosenOption", "option2"))
        .hasMessageContaining("chosenOption must be one of the options offered [option1]");
    assertThat(complaint.instance).isWaitingAt("discussSolutions");
  }

  @Test
  void customerChoosesByCall_theAgentRecordsTheChoice() {
    // Given a refund and a coupon on offer
    ComplaintScenario complaint = startAt("discussSolutions", "option1Type", "refund", "option1Amount", 50.0,
        "addOption2", true, "option2Type", "discountCoupon", "option2Amount", 20.0, "option2Description", "A 20 EUR coupon.");

    // When the agent records on the phone that the customer prefers the coupon
    complaint.complete("discussSolutions", "chosenOption", "option2", "discussionNotes", "Prefers the coupon.");

    assertThat(complaint.instance).isWaitingAt("makePromise");
    assertThat(complaint.variable("chosenOption")).isEqualTo("option2");
    assertThat(complaint.variable("choiceMadeBy")).isEqualTo("agent");
    assertThat(processEngine.getTaskService().getVariable(complaint.task("makePromise").getId(), "chosenSolution"))
        .isEqualTo("Option 2: discountCoupon, 20.00 EUR. A 20 EUR coupon.");

    // And the promise confirmation says what was agreed on the phone
    complaint.complete("makePromise", "promise1Description", "We send you a 20 EUR coupon.", "promise1Due", "2030-01-07")
        .run("sendPromiseConfirmationEmail");
    assertThat(complaint.mailsWith("what we have agreed")).singleElement()
        .satisfies(mail -> assertThat(body(mail)).contains("As agreed on the phone", "We send you a 20 EUR coupon."));
  }

  @Test
  void noChoice_remindsThenGoesAheadWithTheRecommendedOption_onTheDateTheOptionsMailGave() {
    // Given options sent on Tuesday 10 March 2026 at 10:00: the fallback is 7 working days later
    clockAt("2026-03-10T10:00");
    ComplaintScenario complaint = startAt("sendSolutionOptionsEmail", "option1Type", "refund", "option1Amount", 50.0,
        "option1Description", "A refund of 50 EUR.").run("sendSolutionOptionsEmail");
    String fallback = "If we have not heard from you by Thursday, 19 March 2026 at 10:00, we will go ahead with"
        + " option 1 (Refund), the one we recommend.";

    // Then the mail names the date and the option, and the timer waits for that very date
    assertThat(complaint.variable("choiceFallbackAt")).isEqualTo(at("2026-03-19T10:00"));
    assertThat(complaint.timerDue("noChoiceMade")).isEqualTo(at("2026-03-19T10:00"));
    assertThat(complaint.mailsWith("how we would like to put things right")).singleElement()
        .satisfies(mail -> assertThat(body(mail)).contains(fallback));

    // When the customer does not choose, is reminded, and the date passes
    complaint.fireTimer("choiceReminderDue", at("2026-03-13T10:00")).run("sendSolutionOptionsReminderEmail")
        .fireTimer("noChoiceMade", at("2026-03-19T10:00"))
        .complete("makePromise", "promise1Description", "We refund 50 EUR to your card.", "promise1Due", "2026-03-24")
        .run("sendPromiseConfirmationEmail");

    // Then the reminder repeats the date, and the confirmation says we went ahead, not that they agreed
    assertThat(complaint.mailsWith("Reminder: ")).singleElement().satisfies(mail -> assertThat(body(mail)).contains(fallback));
    assertThat(complaint.instance).hasPassed("optionsReminded", "applyRecommendedOption");
    assertThat(complaint.variable("chosenOption")).isEqualTo("option1");
    assertThat(complaint.variable("choiceMadeBy")).isEqualTo("default");
    assertThat(complaint.mailsWith("what we have agreed")).singleElement().satisfies(mail -> assertThat(body(mail))
        .contains("As we had not heard from you by Thursday, 19 March 2026 at 10:00 which option you prefer,"
            + " we are going ahead with the option we recommended", "We refund 50 EUR to your card.")
        .doesNotContain("agreeing"));
  }

  @Test
  void everyPromiseHasItsDate_aBrokenOneGoesToManagers_andTheComplaintIsReviewed() {
    // Given two promises: a call-back on Wednesday 11 March and a visit on Thursday 12 March 2026
    clockAt("2026-03-10T09:00");
    ComplaintScenario complaint = startAt("makePromise", "option1Type", "replacement", "chosenOption", "option1")
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
    complaint.fireTimer("promiseDue", at("2026-03-12T17:00"));

    // Then managers take the broken promise over, and the agents' task waits for its new date
    assertThat(complaint.task("resolveBrokenPromise")).hasCandidateGroup("managers");
    assertThat(complaint.variable("escalated")).isEqualTo(true);
    assertThat(taskQuery().processInstanceId(complaint.instance.getId()).taskDefinitionKey("keepPromise").count()).isZero();

    // When the manager gives it a new date, Monday 16 March
    complaint.complete("resolveBrokenPromise", "brokenPromiseAction", "Called the customer and apologised.",
        "newPromiseDue", "2026-03-16").run("sendNewPromiseDateEmail");

    // Then the customer gets an apology with the promise and the new date, and the promise its own new timer
    assertThat(complaint.mailsWith("a new date for our promise")).singleElement().satisfies(mail -> assertThat(body(mail))
        .contains("we did not keep the promise", "A technician visit on Thursday.",
            "We will now have done this by Monday, 16 March 2026 at 17:00."));
    assertThat(complaint.task("keepPromise").getDueDate()).isEqualTo(at("2026-03-16T17:00"));
    assertThat(complaint.timerDue("promiseDue")).isEqualTo(at("2026-03-16T17:00"));

    // When it is kept by its new date and the complaint runs to its end
    complaint.complete("keepPromise", "promiseKept", true)
        .complete("recordOutcome", outcome("upheld"))
        .run("sendSummaryResolutionEmail")
        .run("sendSurveyEmail")
        .customerSends("CustomerFeedbackReceived", "feedbackScore", 4)
        .complete("reviewQuality", ComplaintScenario.qualityReview(3));

    // Then the promise ends normally, and the escalated complaint is reviewed
    assertThat(complaint.instance).hasPassed("promiseKept", "reschedulePromise", "sendNewPromiseDateEmail",
        "reviewQuality", "complaintClosed").isWaitingAt("reopenWindow");
  }

  @Test
  void promiseBrokenAgain_escalatesAgain_andAPastDateIsRefused() {
    // Given a promise broken on Thursday 12 March 2026 and given a new date, Monday 16 March
    clockAt("2026-03-10T09:00");
    ComplaintScenario complaint = startAt("makePromise", "option1Type", "refund", "chosenOption", "option1")
        .complete("makePromise", "promise1Description", "Your refund reaches your account.", "promise1Due", "2026-03-12")
        .run("sendPromiseConfirmationEmail");
    clockAt("2026-03-12T17:00");
    complaint.run("promiseDue");

    // When the manager enters a day that has passed, Then the task is refused
    Task brokenPromise = complaint.task("resolveBrokenPromise");
    assertThatThrownBy(() -> complaint.complete("resolveBrokenPromise", "brokenPromiseAction", "Apologised.",
        "newPromiseDue", "2026-03-11")).hasMessageContaining("newPromiseDue is in the past (2026-03-11)");
    assertThat(complaint.task("resolveBrokenPromise").getId()).isEqualTo(brokenPromise.getId());

    // When a day to come is given, and that passes too
    complaint.complete("resolveBrokenPromise", "brokenPromiseAction", "Apologised.", "newPromiseDue", "2026-03-16")
        .run("sendNewPromiseDateEmail");
    clockAt("2026-03-16T17:00");
    complaint.run("promiseDue");

    // Then managers are called in again for the same promise
    assertThat(complaint.task("resolveBrokenPromise")).hasCandidateGroup("managers");
    assertThat(processEngine.getTaskService().getVariable(complaint.task("resolveBrokenPromise").getId(), "promiseDue"))
        .isEqualTo("2026-03-16");
    assertThat(complaint.mailsWith("a new date for our promise")).hasSize(1);
  }

  @Test
  void promiseWithoutAChosenSolution_cannotBeMade() {
    // Given an offer of one option, but option 3 recorded as chosen
    // When the complaint reaches the promise, Then it stops there: promises follow a chosen solution only
    assertThatThrownBy(() -> startAt("makePromise", "option1Type", "refund", "chosenOption", "option3"))
        .hasMessageContaining("a promise is made only about a chosen solution");
  }

  @Test
  void reopenedWithinThePeriod_goesBackToOfferASolution_withNewDeadlines_andEndsAgain() {
    // Given a complaint answered in full on Monday 16 March 2026, reopenable until 15 April
    clockAt("2026-03-16T10:00");
    ComplaintScenario complaint = startAt("reopenWindow", "reopenableUntil", at("2026-04-15T23:59"),
        "triage", new java.util.HashMap<>(java.util.Map.of("priority", 50, "firstResponseTime", "PT4H",
            "resolutionTime", "P5D")));

    // When the customer asks to reopen it on Friday 20 March
    clockAt("2026-03-20T09:00");
    complaint.customerSends("ComplaintReopenRequested", "reopenReason", "The refund never arrived.");

    // Then it is marked reopened, gets new deadlines from today, and an agent reviews it
    assertThat(complaint.variable("reopened")).isEqualTo(true);
    assertThat(complaint.variable("resolutionDue")).isEqualTo(at("2026-03-27T09:00"));
    assertThat(complaint.variable("finalResponseDue")).isEqualTo(at("2026-05-15T17:00"));
    assertThat(complaint.task("reviewReopenedComplaint")).hasCandidateGroup("agents")
        .hasDueDate(at("2026-03-27T09:00"));
    complaint.complete("reviewReopenedComplaint", "reopenNotes", "Refund again, by card this time.");

    // And the complaint is back at Offer a solution, and runs to a new final response
    assertThat(complaint.instance).isWaitingAt("offerSolution").hasNotPassed("listenToCustomer");
    assertThat(complaint.timerDue("resolutionDeadline")).isEqualTo(at("2026-03-27T09:00"));
    resolveAgain(complaint);
    assertThat(complaint.instance).hasPassed("reopenRequested", "reopenComplaint", "reopenedComplaint",
        "sendFinalResponseEmail").isWaitingAt("sendSurveyEmail", "reopenWindow");
    assertThat(complaint.mailsWith("our final response")).singleElement().satisfies(mail -> assertThat(body(mail))
        .contains("you can ask us to reopen it until Sunday, 19 April 2026 at 23:59"));

    // and when the survey is answered and the new period is over, it ends
    complaint.run("sendSurveyEmail").customerSends("CustomerFeedbackReceived", "feedbackScore", 4)
        .fireTimer("reopenPeriodOver", at("2026-04-19T23:59"));
    assertThat(complaint.instance).isEnded().hasPassed("closedForGood");
    assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(complaint.instance.getId()).activityId("reopenRequested").count()).isEqualTo(1);
  }

  @Test
  void reopenedAndResolvedAgain_whileTheFirstSurveyIsOpen_keepsThatSurvey() {
    // Given a complaint answered in full whose customer has not answered the survey yet
    clockAt("2026-03-16T10:00");
    ComplaintScenario complaint = startAt("reopenWindow", "reopenableUntil", at("2026-04-15T23:59"),
        "triage", new java.util.HashMap<>(java.util.Map.of("resolutionTime", "P5D")));
    processEngine.getRuntimeService().createProcessInstanceModification(complaint.instance.getId())
        .startBeforeActivity("awaitFeedback").execute();

    // When it is reopened and resolved again
    clockAt("2026-03-20T09:00");
    complaint.customerSends("ComplaintReopenRequested")
        .complete("reviewReopenedComplaint", "reopenNotes", "The customer wants a refund instead.");
    resolveAgain(complaint);

    // Then no second survey goes out: the first one still waits, the only one the customer can answer
    assertThat(complaint.instance).hasPassed("surveyAlreadyOut").isWaitingAt("awaitFeedback", "reopenWindow");
    assertThat(processEngine.getRuntimeService().createExecutionQuery().processInstanceId(complaint.instance.getId())
        .activityId("awaitFeedback").count()).isEqualTo(1);
    assertThat(complaint.mailsWith("how did we do?")).isEmpty();
  }

  /** A reopened complaint back at Offer a solution, carried to its new final response. */
  private static void resolveAgain(ComplaintScenario complaint) {
    complaint.complete("offerSolution", "option1Type", "refund", "option1Amount", 40.0, "option1Description",
            "The 40 EUR by card.")
        .run("sendSolutionOptionsEmail")
        .customerSends("CustomerChoseSolution", "chosenOption", "option1")
        .complete("makePromise", "promise1Description", "The refund by card.", "promise1Due", "2026-03-23")
        .run("sendPromiseConfirmationEmail")
        .complete("keepPromise", "promiseKept", true)
        .complete("recordOutcome", outcome("upheld"))
        .run("sendFinalResponseEmail");
  }

  /** The record-outcome form as an agent fills it in at the end. */
  static Object[] outcome(String complaintOutcome) {
    return new Object[] {"complaintOutcome", complaintOutcome, "rootCause", "serviceFailure",
        "findings", "The visit was never booked in our planning system.",
        "redress", "A technician visit free of charge and the 40 EUR call-out fee refunded.",
        "customerFeelingAtEnd", "satisfied"};
  }

  @Test
  void resolvedAfterThreeBusinessDays_finalResponseSaysWhatWeFoundWhatWeDid_andTheReferralRights() {
    // Given a complaint received Monday 9 March 2026 at 9:00 whose promises are all kept
    clockAt("2026-03-09T09:00");
    ComplaintScenario complaint = startAt("recordOutcome");

    // When the agent records on Friday 13 March (after three business days) that it is partly upheld
    clockAt("2026-03-13T10:00");
    complaint.complete("recordOutcome", outcome("partlyUpheld"));

    // Then the record keeps the outcome, and the customer gets the full final response
    assertThat(complaint.variable("rootCause")).isEqualTo("serviceFailure");
    assertThat(complaint.variable("customerFeelingAtEnd")).isEqualTo("satisfied");
    complaint.run("sendFinalResponseEmail");
    assertThat(complaint.mailsWith("our final response")).singleElement()
        .satisfies(mail -> assertThat(body(mail)).contains("never booked in our planning system",
            "We have upheld your complaint in part.", "the 40 EUR call-out fee refunded",
            "the right to refer your complaint to the Financial Ombudsman Service",
            "https://www.financial-ombudsman.org.uk", "within 6 months"))
        .satisfies(mail -> assertThat(mail.getMessageID())
            .isEqualTo("<" + complaint.reference() + ".final-response.1@complaint-desk.local>"));
    assertThat(complaint.instance).hasPassed("complaintResolved").hasNotPassed("sendSummaryResolutionEmail")
        .isWaitingAt("sendSurveyEmail");
  }

  @Test
  void resolvedWithinThreeBusinessDays_closesWithASummaryResolution() {
    // Given a complaint received Monday 9 March 2026 at 9:00
    clockAt("2026-03-09T09:00");
    ComplaintScenario complaint = startAt("recordOutcome");

    // When it is resolved on Wednesday 11 March, upheld
    clockAt("2026-03-11T16:00");
    complaint.complete("recordOutcome", outcome("upheld")).run("sendSummaryResolutionEmail");

    // Then the customer gets the short summary with what we did, and still where to turn
    assertThat(complaint.mailsWith("is resolved")).singleElement().satisfies(mail -> assertThat(body(mail))
        .contains("resolve your complaint " + complaint.reference() + " so quickly",
            "the 40 EUR call-out fee refunded", "Financial Ombudsman Service"));
    assertThat(complaint.instance).hasNotPassed("sendFinalResponseEmail").isWaitingAt("sendSurveyEmail");
  }

  @Test
  void finalResponseLimitReached_theCustomerLearnsTheReferralRights_andManagersTakeOver() {
    // Given a complaint received Monday 9 March 2026 at 9:00, still being worked on
    ComplaintScenario complaint = complaintAtGatherInformation("2026-03-09T09:00");
    assertThat(complaint.timerDue("finalResponseOverdue")).isEqualTo(complaint.variable("finalResponseDue"));

    // When the final-response limit passes without a final response
    ClockUtil.setCurrentTime(complaint.timerDue("finalResponseOverdue"));
    complaint.run("finalResponseOverdue").run("sendReferralRightsEmail");

    // Then the customer may refer the complaint now, and managers take the final response over
    assertThat(complaint.mailsWith("your right to refer it")).singleElement().satisfies(mail -> assertThat(body(mail))
        .contains("our final response by Monday, 4 May 2026",
            "You may now refer your complaint to the Financial Ombudsman Service",
            "without waiting for our final response", "https://www.financial-ombudsman.org.uk"));
    assertThat(complaint.task("takeOverFinalResponse")).hasCandidateGroup("managers");
    assertThat(complaint.variable("escalated")).isEqualTo(true);
    complaint.complete("takeOverFinalResponse", "finalResponseAction", "Called the customer; final response today.");
    assertThat(complaint.instance).hasPassed("finalResponseTakenOver").isWaitingAt("gatherInformation");
  }

  @Test
  void holdingReply_goesOutBeforeTheFinalResponseLimit() {
    // Given a complaint received Monday 9 March 2026 at 9:00: final limit Monday 4 May at closing
    // (8 calendar weeks), holding reply five working days before (1 May and 27 April are
    // holidays), at opening time: Thursday 23 April 8:00
    ComplaintScenario complaint = complaintAtGatherInformation("2026-03-09T09:00");
    assertThat(complaint.variable("finalResponseDue")).isEqualTo(at("2026-05-04T17:00"));

    // When it is due
    complaint.fireTimer("holdingReplyDue", at("2026-04-23T08:00")).run("sendHoldingReplyEmail");

    // Then the customer gets it with the limit, and the work goes on
    assertThat(complaint.instance).hasPassed("holdingReplySent").isWaitingAt("gatherInformation");
    assertThat(complaint.mailsWith(complaint.reference())).anySatisfy(
        mail -> assertThat(body(mail)).contains("final response by Monday, 4 May 2026 at 17:00."));
  }

  @Test
  void complaintReceivedSaturdayNight_isToldWholeTimesOnWorkingDays() {
    // Given a medium complaint (first response 4 business hours, resolution 5 working days)
    // received on Saturday 7 March 2026 at 23:04
    clockAt("2026-03-07T23:04");
    ComplaintScenario complaint = startComplaint().run("sendAcknowledgementEmail");

    // Then the clock starts on Monday at opening: first response by 12:00, resolution a week later
    // at 8:00; the final response is due at closing 8 weeks later, moved from Saturday 2 May back
    // over Labour Day to Thursday 30 April; the holding reply goes out five working days earlier
    assertThat(complaint.variable("firstResponseDue")).isEqualTo(at("2026-03-09T12:00"));
    assertThat(complaint.variable("resolutionDue")).isEqualTo(at("2026-03-16T08:00"));
    assertThat(complaint.variable("finalResponseDue")).isEqualTo(at("2026-04-30T17:00"));
    assertThat(complaint.timerDue("holdingReplyDue")).isEqualTo(at("2026-04-22T08:00"));
    assertThat(complaint.mailsWith(complaint.reference())).singleElement().satisfies(mail -> assertThat(body(mail))
        .contains("You will hear from us by Monday, 9 March 2026 at 12:00 at the latest.",
            "We will send you our final response by Thursday, 30 April 2026 at 17:00."));
  }

  @Test
  void complaintReceivedAtAnOddMinute_isToldTheNextQuarterHour() {
    // Given a complaint received on Monday 9 March 2026 at 9:07
    clockAt("2026-03-09T09:07");
    ComplaintScenario complaint = startComplaint().run("sendAcknowledgementEmail");

    // Then the customer reads 13:15 (not 13:07), and the deadline timer is due then too
    assertThat(complaint.timerDue("firstResponseBreached")).isEqualTo(at("2026-03-09T13:15"));
    assertThat(complaint.variable("resolutionDue")).isEqualTo(at("2026-03-16T09:15"));
    assertThat(complaint.mailsWith(complaint.reference())).singleElement().satisfies(mail -> assertThat(body(mail))
        .contains("You will hear from us by Monday, 9 March 2026 at 13:15 at the latest."));
  }

  @Test
  void resolutionOverdue_managersTakeOver() {
    // Given a complaint at step 4 on Tuesday 10 March 2026 at 10:00, resolution due on the 24th
    clockAt("2026-03-10T10:00");
    ComplaintScenario complaint = startAt("recordComplaint", "resolutionDue", at("2026-03-24T10:00"));

    // When the resolution deadline passes
    complaint.fireTimer("resolutionDeadline", at("2026-03-24T10:00"));

    // Then managers take over while the agent's work goes on

    assertThat(complaint.task("takeOverOverdueResolution")).hasCandidateGroup("managers");
    assertThat(complaint.variable("escalated")).isEqualTo(true);
    complaint.complete("takeOverOverdueResolution", "takeOverNotes", "Taking it over.");
    assertThat(complaint.instance).hasPassed("overdueResolutionTakenOver").isWaitingAt("recordComplaint");
  }

  @Test
  void surveyLowScore_managersWinTheCustomerBack_andReviewQuality() {
    // Given the survey went out
    ComplaintScenario complaint = startAt("sendSurveyEmail").run("sendSurveyEmail");

    // When the customer scores 2, the diagram's threshold of a low score
    complaint.customerSends("CustomerFeedbackReceived", "feedbackScore", 2, "feedbackComment", "Too slow.");

    // Then managers win the customer back, and the low score alone puts the complaint under review
    assertThat(complaint.variable("lowScore")).isEqualTo(true);
    assertThat(complaint.task("recoverCustomer")).hasCandidateGroup("managers");
    complaint.complete("recoverCustomer", "recoveryAction", "Called and apologised again.")
        .complete("reviewQuality", ComplaintScenario.qualityReview(4));
    assertThat(complaint.instance).isEnded().hasPassed("recoverCustomer", "reviewQuality", "complaintClosed");
  }

  @Test
  void surveyCommentWithoutScore_closesWithoutRecoveryOrReview() {
    // Given the survey went out
    ComplaintScenario complaint = startAt("sendSurveyEmail").run("sendSurveyEmail");

    // When the customer answers with a comment and no score
    complaint.customerSends("CustomerFeedbackReceived", "feedbackComment", "Fine, thanks.");

    // Then that is no low score: the complaint closes without recovery and without review
    assertThat(complaint.instance).isEnded().hasPassed("awaitFeedback", "complaintClosed")
        .hasNotPassed("recoverCustomer", "reviewQuality");
  }

  @Test
  void surveyNeverAnswered_remindsThenClosesWithoutReview() {
    // Given the survey went out on Tuesday 10 March 2026 at 10:00
    clockAt("2026-03-10T10:00");
    ComplaintScenario complaint = startAt("sendSurveyEmail").run("sendSurveyEmail");

    // When nobody answers: reminded after 5 working days, no longer waited for after 10
    complaint.fireTimer("feedbackReminderDue", at("2026-03-17T10:00")).run("sendSurveyReminderEmail")
        .fireTimer("feedbackWaitOver", at("2026-03-24T10:00"));

    // Then the complaint closes without review

    assertThat(complaint.mailsWith("Reminder: ")).hasSize(1);
    assertThat(complaint.instance).isEnded().hasPassed("surveyReminded", "complaintClosed")
        .hasNotPassed("recoverCustomer", "reviewQuality");
  }

  @ParameterizedTest(name = "{0}, due {3}")
  @CsvSource({
      "takeOverOverdueComplaint,  complaintTakeOverLate,       escalateComplaintTakeOver,       2026-03-10T11:00, 'Tuesday 10 March 2026, 11:00'",
      "takeOverOverdueResolution, resolutionTakeOverLate,      escalateResolutionTakeOver,      2026-03-25T10:00, 'Wednesday 25 March 2026, 10:00'",
      "approveOffer,              approvalLate,                escalateApproval,                2026-03-11T10:00, 'Wednesday 11 March 2026, 10:00'",
      "resolveBrokenPromise,      brokenPromiseResolutionLate, escalateBrokenPromiseResolution, 2026-03-16T08:00, 'Monday 16 March 2026, 08:00'",
      "recoverCustomer,           recoveryLate,                escalateRecovery,                2026-03-11T10:00, 'Wednesday 11 March 2026, 10:00'",
      "reviewQuality,             qualityReviewLate,           escalateQualityReview,           2026-03-11T10:00, 'Wednesday 11 March 2026, 10:00'"})
  void managerTask_managersAreTold_andWhenItIsLateTheHeadOfServiceToo(String taskKey, String lateTimer,
      String escalation, String dueAt, String dueText) throws Exception {
    // Given a task for managers that has just been created, due one working day later
    ComplaintScenario complaint = managerTaskCreated(taskKey);
    Task task = complaint.task(taskKey);
    assertThat(task.getDueDate()).isEqualTo(at(dueAt));

    // Then the managers (mary, demo) are told by a job of its own, not in the transaction that
    // created the task, with the due date and the link
    assertThat(staffMails("For managers: " + task.getName())).isEmpty();
    complaint.run(taskKey);
    var notices = staffMails("For managers: " + task.getName());
    assertThat(notices).isNotEmpty().allSatisfy(mail -> assertThat(mail.getHeader("To", ","))
        .contains("mary@complaint-desk.local", "demo@complaint-desk.local"));
    assertThat(notices.get(0).getContent().toString()).contains("is due " + dueText, "/camunda/app/tasklist/default/#/?task=" + task.getId());

    // When the due date passes and the task is still open
    complaint.fireTimer(lateTimer, at(dueAt)).run(escalation);

    // Then the head of service (none is set: the administrators, demo) is told and the task moved up
    assertThat(staffMails("Overdue with managers: " + task.getName())).singleElement().satisfies(mail -> {
      assertThat(mail.getHeader("To", ",")).isEqualTo("demo@complaint-desk.local");
      assertThat(mail.getContent().toString()).contains("was due " + dueText + " and is still open, claimed by nobody");
    });
    assertThat(complaint.task(taskKey).getPriority()).isEqualTo(Math.min(100, task.getPriority() + 25));
    assertThat(complaint.instance).hasPassed(lateTimer, escalation);
  }

  @Test
  void managerNoticeFailing_neitherUndoesTheAgentsWorkNorGetsLost() {
    // Given a complaint at step 8, and a mail server that is down
    clockAt("2026-03-10T10:00");
    ComplaintScenario complaint = startAt("offerSolution");
    mailServer.stop();
    try {
      // When the agent offers more than an agent may, Then the offer stands and goes to the managers
      complaint.complete("offerSolution", "option1Type", "refund", "option1Amount", 500.0,
          "option1Description", "A full refund.");
      assertThat(complaint.task("approveOffer")).hasCandidateGroup("managers");

      // and the notice to the managers fails on its own, three times, and stops as an incident
      for (int attempt = 1; attempt <= 3; attempt++) {
        assertThatThrownBy(() -> complaint.run("approveOffer")).hasMessageContaining("Mail server connection failed");
      }
      assertThat(processEngine.getRuntimeService().createIncidentQuery()
          .processInstanceId(complaint.instance.getId()).incidentType("failedJob").singleResult().getActivityId())
          .isEqualTo("approveOffer");
    } finally {
      mailServer.start();
    }

    // When the mail server is back and the job is retried (Cockpit: "increment retries")
    var notice = jobQuery().processInstanceId(complaint.instance.getId()).activityId("approveOffer").singleResult();
    processEngine.getManagementService().setJobRetries(notice.getId(), 1);
    complaint.run("approveOffer");

    // Then the managers have their notice
    assertThat(staffMails("For managers: " + complaint.task("approveOffer").getName())).isNotEmpty();
  }

  /** A complaint whose task for managers {@code taskKey} has just been created, in March 2026. */
  private ComplaintScenario managerTaskCreated(String taskKey) {
    clockAt("2026-03-10T10:00");
    return switch (taskKey) {
      case "takeOverOverdueComplaint" -> complaintReceivedFridayAfternoon()
          .fireTimer("firstResponseBreached", at("2026-03-09T11:00"));
      case "takeOverOverdueResolution" -> startAt("recordComplaint", "resolutionDue", at("2026-03-24T10:00"))
          .fireTimer("resolutionDeadline", at("2026-03-24T10:00"));
      case "approveOffer" -> startAt("offerSolution").complete("offerSolution", "option1Type", "refund",
          "option1Amount", 500.0, "option1Description", "A full refund.");
      case "resolveBrokenPromise" -> startAt("makePromise", "option1Type", "replacement", "chosenOption", "option1")
          .complete("makePromise", "promise1Description", "A visit.", "promise1Due", "2026-03-12")
          .run("sendPromiseConfirmationEmail")
          .fireTimer("promiseDue", at("2026-03-12T17:00"));
      case "recoverCustomer" -> startAt("sendSurveyEmail").run("sendSurveyEmail")
          .customerSends("CustomerFeedbackReceived", "feedbackScore", 1);
      case "reviewQuality" -> startAt("selectForQualityReview", "escalated", true);
      default -> throw new IllegalArgumentException(taskKey);
    };
  }

  private List<MimeMessage> staffMails(String subject) {
    return Arrays.stream(mailServer.getReceivedMessages()).filter(mail -> subject(mail).equals(subject)).toList();
  }

  /** A complaint waiting at that step, with what the step needs to have been reached. */
  private ComplaintScenario waitingAt(String step) {
    Object[] offer = {"option1Type", "refund", "option1Amount", 500.0, "option1Description", "A full refund."};
    return switch (step) {
      case "approveOffer" -> startAt("offerSolution").complete("offerSolution", offer);
      case "makePromise" -> startAt("makePromise", "option1Type", "refund", "chosenOption", "option1");
      case "keepPromise" -> startAt("keepEveryPromise#multiInstanceBody", "promise1Description", "The refund.", "promise1Due", "2026-03-12");
      case "reopenWindow" -> startAt("reopenWindow", "reopenableUntil", at("2026-04-09T23:59"));
      default -> startAt(step);
    };
  }

  @ParameterizedTest(name = "withdrawn while at {0}")
  @ValueSource(strings = {"listenToCustomer", "awaitInformation", "approveOffer", "discussSolutions", "makePromise",
      "keepPromise", "recordOutcome", "awaitFeedback", "reopenWindow"})
  void withdrawal_endsAllOpenWork_confirmsIt_andKeepsTheRecord(String waitingAt) {
    // Given a complaint waiting at that step
    clockAt("2026-03-10T09:00");
    ComplaintScenario complaint = waitingAt(waitingAt);
    assertThat(complaint.instance).isWaitingAt(waitingAt);

    // When the customer withdraws it

    complaint.customerSends("ComplaintWithdrawn", "withdrawalReason", "Sorted it out myself.")
        .run("sendWithdrawalConfirmationEmail");

    // Then no task or timer is left, the customer has the confirmation and the reason is on record
    assertThat(complaint.instance).isEnded().hasPassed("complaintWithdrawn", "withdrawalConfirmed");
    assertThat(taskQuery().processInstanceId(complaint.instance.getId()).count()).isZero();
    assertThat(jobQuery().processInstanceId(complaint.instance.getId()).count()).isZero();
    assertThat(complaint.mailsWith(complaint.reference())).singleElement()
        .satisfies(mail -> assertThat(subject(mail)).containsIgnoringCase("withdraw"));
    assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(complaint.instance.getId()).variableName("withdrawalReason").singleResult().getValue())
        .isEqualTo("Sorted it out myself.");
  }

  @Test
  void aMailNoStepWaitsFor_givesAgentsReadTheCustomersMessage_whileTheComplaintGoesOn() {
    // Given a complaint at Listen to the customer
    clockAt("2026-03-10T09:00");
    ComplaintScenario complaint = waitingAt("listenToCustomer");

    // When the inbox hands over a mail that no step waits for, and then another
    complaint.customerSends("CustomerMessageReceived", "inboundMailFrom", "Jana Novak <jana@example.org>",
        "inboundMailSubject", "Re: Your complaint", "inboundMailText", "I also have a photo.",
        "inboundMailReason", "notWaiting");
    complaint.customerSends("CustomerMessageReceived", "inboundMailFrom", "Mailer <daemon@mx.example.org>",
        "inboundMailSubject", "Undelivered", "inboundMailText", "Mailbox full", "inboundMailReason", "bounce",
        "customerEmailFailing", true);

    // Then agents have a task per mail, due 4 business hours later, each showing its own mail, and the
    // agent's step stays open
    List<Task> reads = taskQuery().processInstanceId(complaint.instance.getId())
        .taskDefinitionKey("readCustomerMessage").orderByTaskCreateTime().asc().list();
    assertThat(reads).hasSize(2);
    assertThat(reads.get(0)).hasCandidateGroup("agents").hasDueDate(at("2026-03-10T13:00"));
    assertThat(processEngine.getTaskService().getVariable(reads.get(0).getId(), "messageText"))
        .isEqualTo("I also have a photo.");
    assertThat(processEngine.getTaskService().getVariable(reads.get(1).getId(), "messageReason"))
        .isEqualTo("bounce");
    assertThat(complaint.variable("customerEmailFailing")).isEqualTo(true);
    assertThat(complaint.instance).isWaitingAt("listenToCustomer", "readCustomerMessage");

    // When the agent has read them
    reads.forEach(read -> complete(read, withVariables("messageAction", "Called Jana, noted the photo.")));

    // Then only the complaint's own step is left
    assertThat(complaint.instance).hasPassed("customerMessageReceived", "readCustomerMessage", "customerMessageRead")
        .isWaitingAt("listenToCustomer");
  }
}
