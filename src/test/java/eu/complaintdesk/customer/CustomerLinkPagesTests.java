package eu.complaintdesk.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import eu.complaintdesk.ProcessConstants;
import eu.complaintdesk.complaint.ComplaintScenario;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The customer pages over real HTTP, with tokens as the mails will carry them: the GET shows, the
 * POST delivers, and every refusal is its documented page and status with nothing changed.
 */
@ComplaintDeskTest
class CustomerLinkPagesTests {

  private static final String FORM = "application/x-www-form-urlencoded";

  @Autowired
  HttpTestClient http;
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

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aLowScore_isConfirmedOnThePage_thenDelivered_andManagersWinTheCustomerBack() {
    // Given a complaint waiting for the survey, and its score link
    ComplaintScenario complaint = waitingForFeedback("en");
    String token = tokens.issue(LinkPurpose.FEEDBACK, complaint.reference());

    // When the customer opens the score 2, the page only confirms it
    HttpResponse<String> page = http.get("/customer/feedback?score=2&token=" + token);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<html lang=\"en\"", "You gave us 2 out of 5.", "name=\"token\"");
    assertThat(complaint.instance).isWaitingAt("awaitFeedback");

    // And sends it with a comment
    HttpResponse<String> sent = http.post("/customer/feedback", null, null, FORM,
        "token=" + token + "&score=2&comment=" + encode("<b>Too slow</b>"));

    // Then the answer reached the process, which goes on to win the customer back
    assertThat(sent.statusCode()).isEqualTo(200);
    assertThat(sent.body()).contains("We have received your answer.");
    assertThat(complaint.instance).isWaitingAt("recoverCustomer");
    assertThat(processEngine.getRuntimeService().getVariable(complaint.instance.getId(),
        ProcessConstants.VAR_FEEDBACK_COMMENT)).isEqualTo("<b>Too slow</b>");

    // And the same link a second time is a 409 that changes nothing
    HttpResponse<String> again = http.post("/customer/feedback", null, null, FORM, "token=" + token + "&score=5");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("This link has already been used");
    assertThat(complaint.instance).isWaitingAt("recoverCustomer");
  }

  @Test
  void aSlovenianCustomerWithdraws_onAPageInSlovenian() {
    ComplaintScenario complaint = waitingForFeedback("sl");
    String token = tokens.issue(LinkPurpose.WITHDRAW, complaint.reference());

    HttpResponse<String> page = http.get("/customer/withdraw?token=" + token);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<html lang=\"sl\"", "Ali želite umakniti svojo pritožbo?");

    HttpResponse<String> sent = http.post("/customer/withdraw", null, null, FORM,
        "token=" + token + "&reason=" + encode("Rešeno drugače."));

    assertThat(sent.statusCode()).isEqualTo(200);
    assertThat(sent.body()).contains("Vaš odgovor smo prejeli.");
    assertThat(complaint.instance).hasPassed("complaintWithdrawn");
  }

  @Test
  void aScoreAfterTheWithdrawal_isToldPolitely_thatNothingWaitsForIt() {
    ComplaintScenario complaint = waitingForFeedback("en");
    String feedback = tokens.issue(LinkPurpose.FEEDBACK, complaint.reference());
    http.post("/customer/withdraw", null, null, FORM, "token=" + tokens.issue(LinkPurpose.WITHDRAW, complaint.reference()));

    HttpResponse<String> late = http.post("/customer/feedback", null, null, FORM, "token=" + feedback + "&score=4");

    assertThat(late.statusCode()).isEqualTo(200);
    assertThat(late.body()).contains("no longer waits for this answer");
  }

  @Test
  void brokenLinks_getTheirPageAndStatus_andChangeNothing() {
    ComplaintScenario complaint = waitingForFeedback("en");
    String token = tokens.issue(LinkPurpose.FEEDBACK, complaint.reference());
    String tampered = BrokenTokens.tampered(token);
    String status = tokens.issue(LinkPurpose.STATUS, complaint.reference());

    assertRefusal("token=" + tampered + "&score=1", 403, "This link is not valid.");
    assertRefusal("token=" + status + "&score=1", 403, "This link is meant for another page.");
    assertRefusal("token=garbage&score=1", 400, "This link is incomplete.");
    assertRefusal("token=" + token + "&score=9", 400, "We could not accept this answer.");
    assertRefusal("token=" + token + "&score=five", 400, "We could not accept this answer.");
    BrokenTokens.expireAll();
    assertRefusal("token=" + token + "&score=1", 410, "This link has expired.");
    assertThat(complaint.instance).isWaitingAt("awaitFeedback");
  }

  @Test
  void aScoreLinkWithAScoreTheSurveyCannotTake_isRefusedAtOnce_notAfterTheConfirmation() {
    ComplaintScenario complaint = waitingForFeedback("en");
    String token = tokens.issue(LinkPurpose.FEEDBACK, complaint.reference());

    HttpResponse<String> page = http.get("/customer/feedback?score=9&token=" + token);

    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("We could not accept this answer.").doesNotContain("9 out of 5");
    assertThat(http.get("/customer/feedback?score=5&token=" + token).statusCode()).isEqualTo(200);
  }

  @Test
  void aRefusal_speaksTheBrowsersLanguage_whenTheDeskWritesIt() {
    String slovenian = http.post("/customer/feedback", null, null, FORM, "token=garbage&score=1",
        "Accept-Language", "de-AT, sl;q=0.8, en;q=0.5").body();
    String bulgarian = http.post("/customer/feedback", null, null, FORM, "token=garbage&score=1",
        "Accept-Language", "bg-BG").body();
    String german = http.post("/customer/feedback", null, null, FORM, "token=garbage&score=1",
        "Accept-Language", "de").body();

    assertThat(slovenian).contains("<html lang=\"sl\"", "Povezava ni popolna.");
    assertThat(bulgarian).contains("<html lang=\"bg\"", "Връзката е непълна.");
    assertThat(german).contains("<html lang=\"en\"", "This link is incomplete.");
  }

  private void assertRefusal(String form, int status, String text) {
    HttpResponse<String> response = http.post("/customer/feedback", null, null, FORM, form);
    assertThat(response.statusCode()).as(form).isEqualTo(status);
    assertThat(response.body()).contains(text);
  }

  private ComplaintScenario waitingForFeedback(String language) {
    return ComplaintScenario.startAt("awaitFeedback",
        Variables.createVariables().putValue(ProcessConstants.VAR_CUSTOMER_LANGUAGE, language), mailServer);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
