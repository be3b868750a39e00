package eu.complaintdesk.complaint;

import static eu.complaintdesk.complaint.ComplaintScenario.at;
import static eu.complaintdesk.complaint.ComplaintScenario.clockAt;
import static eu.complaintdesk.complaint.ComplaintScenario.intake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import eu.complaintdesk.ComplaintDeskTest;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One test per path of processes/complaint-handling.bpmn, named after the path. */
@ComplaintDeskTest
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

  @Test
  void happyPath_acknowledgesListensResolvesAndAsksForFeedback() {
    // Given a medium complaint received on Monday 9 March 2026 at 9:00
    clockAt("2026-03-09T09:00");
    ComplaintScenario complaint = startComplaint();

    // Then it is registered, triaged and acknowledged with its first-response deadline
    assertThat(complaint.instance).isWaitingAt("sendAcknowledgementEmail");
    assertThat(complaint.reference()).matches("CMP-2026-\\d{6}");
    complaint.run("sendAcknowledgementEmail");
    assertThat(complaint.mailsWith(complaint.reference())).hasSize(1);
    assertThat(complaint.variable("firstResponseDue")).isEqualTo(at("2026-03-09T13:00"));

    // When the agent works through the checklist
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
        .complete("makePromise", "promiseDescription", "Technician visit on Thursday 12 March.",
            "promiseDue", "2026-03-12")
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
  }
}
