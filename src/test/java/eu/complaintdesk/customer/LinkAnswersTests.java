package eu.complaintdesk.customer;

import static eu.complaintdesk.ProcessConstants.MESSAGE_COMPLAINT_WITHDRAWN;
import static eu.complaintdesk.ProcessConstants.MESSAGE_FEEDBACK_RECEIVED;
import static eu.complaintdesk.ProcessConstants.VAR_FEEDBACK_COMMENT;
import static eu.complaintdesk.ProcessConstants.VAR_FEEDBACK_SCORE;
import static eu.complaintdesk.ProcessConstants.VAR_WITHDRAWAL_REASON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.complaint.ComplaintScenario;
import eu.complaintdesk.complaint.CustomerAnswerDoor.Delivery;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Answers through signed links, below the pages: the token is checked, used once, and the answer
 * reaches the process through the door; what the door cannot deliver leaves the link as it was.
 */
@ComplaintDeskTest
class LinkAnswersTests {

  @Autowired
  LinkAnswers answers;
  @Autowired
  LinkTokens tokens;
  @Autowired
  ProcessEngine processEngine;
  @Autowired
  GreenMail mailServer;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(processEngine);
  }

  @Test
  void aLowScoreThroughTheLink_winsTheCustomerBack_andTheLinkIsThenUsedUp() {
    // Given a complaint waiting for the survey, and its feedback link
    ComplaintScenario complaint = ComplaintScenario.startAt("awaitFeedback", Variables.createVariables(), mailServer);
    String token = tokens.issue(LinkPurpose.FEEDBACK, complaint.reference());

    // When the customer scores 2 through it
    Delivery delivery = answers.answer(token, LinkPurpose.FEEDBACK, MESSAGE_FEEDBACK_RECEIVED,
        Map.of(VAR_FEEDBACK_SCORE, 2, VAR_FEEDBACK_COMMENT, "Too slow."));

    // Then managers win the customer back, and the same link cannot answer again
    assertThat(delivery).isEqualTo(Delivery.DELIVERED);
    assertThat(complaint.instance).isWaitingAt("recoverCustomer");
    assertThatThrownBy(() -> answers.answer(token, LinkPurpose.FEEDBACK, MESSAGE_FEEDBACK_RECEIVED,
        Map.of(VAR_FEEDBACK_SCORE, 5)))
        .isInstanceOfSatisfying(LinkRefused.class, refused -> assertThat(refused.reason()).isEqualTo(LinkRefused.Reason.USED));
    assertThat(complaint.instance).isWaitingAt("recoverCustomer");
  }

  @Test
  void aRefusedAnswer_leavesTheLinkUsable() {
    // Given a complaint waiting for the survey, and its feedback link
    ComplaintScenario complaint = ComplaintScenario.startAt("awaitFeedback", Variables.createVariables(), mailServer);
    String token = tokens.issue(LinkPurpose.FEEDBACK, complaint.reference());

    // When a score outside 1 to 5 arrives, it is refused and the complaint still waits
    assertThatThrownBy(() -> answers.answer(token, LinkPurpose.FEEDBACK, MESSAGE_FEEDBACK_RECEIVED,
        Map.of(VAR_FEEDBACK_SCORE, 7))).isInstanceOf(BadUserRequestException.class);
    assertThat(complaint.instance).isWaitingAt("awaitFeedback");

    // Then the same link still takes a good score, which closes the complaint
    assertThat(answers.answer(token, LinkPurpose.FEEDBACK, MESSAGE_FEEDBACK_RECEIVED, Map.of(VAR_FEEDBACK_SCORE, 5)))
        .isEqualTo(Delivery.DELIVERED);
    assertThat(complaint.instance).isEnded().hasPassed("complaintClosed").hasNotPassed("recoverCustomer");
  }

  @Test
  void aWithdrawalThroughTheLink_endsTheComplaint_andALaterScoreFindsNothingWaiting() {
    // Given a complaint waiting for the survey, and its links
    ComplaintScenario complaint = ComplaintScenario.startAt("awaitFeedback", Variables.createVariables(), mailServer);
    String withdraw = tokens.issue(LinkPurpose.WITHDRAW, complaint.reference());
    String feedback = tokens.issue(LinkPurpose.FEEDBACK, complaint.reference());

    // When the customer withdraws
    assertThat(answers.answer(withdraw, LinkPurpose.WITHDRAW, MESSAGE_COMPLAINT_WITHDRAWN,
        Map.of(VAR_WITHDRAWAL_REASON, "Sorted it out myself."))).isEqualTo(Delivery.DELIVERED);

    // Then the complaint took the withdrawal path, and a later score is politely not delivered
    assertThat(complaint.instance).hasPassed("complaintWithdrawn");
    assertThat(answers.answer(feedback, LinkPurpose.FEEDBACK, MESSAGE_FEEDBACK_RECEIVED, Map.of(VAR_FEEDBACK_SCORE, 4)))
        .isEqualTo(Delivery.NOT_WAITING);
  }

  @Test
  void aWithdrawLink_cannotAnswerTheSurvey_andChangesNothing() {
    ComplaintScenario complaint = ComplaintScenario.startAt("awaitFeedback", Variables.createVariables(), mailServer);
    String withdraw = tokens.issue(LinkPurpose.WITHDRAW, complaint.reference());

    assertThatThrownBy(() -> answers.answer(withdraw, LinkPurpose.FEEDBACK, MESSAGE_FEEDBACK_RECEIVED,
        Map.of(VAR_FEEDBACK_SCORE, 1)))
        .isInstanceOfSatisfying(LinkRefused.class, refused -> assertThat(refused.reason()).isEqualTo(LinkRefused.Reason.WRONG_PURPOSE));
    assertThat(complaint.instance).isWaitingAt("awaitFeedback");
  }
}
