package eu.complaintdesk.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;

import com.icegreen.greenmail.util.GreenMail;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import eu.complaintdesk.ProcessConstants;
import eu.complaintdesk.complaint.ComplaintScenario;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The reopen page over real HTTP: within the period it asks for the reason and reopens, once;
 * after the period, or while the complaint is open, it says so politely; broken links get their
 * refusal page and change nothing.
 */
@ComplaintDeskTest
class CustomerReopenPageTests {

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
  void withinThePeriod_thePageAsksForTheReason_andReopensTheComplaintOnce() {
    ComplaintScenario complaint = reopenable("en");
    String token = reopenToken(complaint);

    HttpResponse<String> page = http.get("/customer/reopen?token=" + token);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<html lang=\"en\"", "Reopen your complaint", "name=\"reason\"");
    assertThat(complaint.instance).isWaitingAt("reopenWindow");

    HttpResponse<String> sent = post(token, "The refund <b>never</b> arrived.");
    assertThat(sent.statusCode()).isEqualTo(200);
    assertThat(sent.body()).contains("We have reopened your complaint " + complaint.reference());
    assertThat(complaint.instance).isWaitingAt("reviewReopenedComplaint");
    assertThat(variable(complaint, ProcessConstants.VAR_REOPEN_REASON)).isEqualTo("The refund <b>never</b> arrived.");
    assertThat(variable(complaint, ProcessConstants.VAR_REOPENED)).isEqualTo(true);

    HttpResponse<String> again = post(token, "Again.");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("This link has already been used");
    // and opening the used link again says so at once
    assertThat(http.get("/customer/reopen?token=" + token).statusCode()).isEqualTo(409);
  }

  @Test
  void afterThePeriod_thePageSaysPolitely_inSlovenian_thatANewComplaintIsWelcome() {
    ComplaintScenario complaint = reopenable("sl");
    String token = reopenToken(complaint);
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(31))));
    execute(jobQuery().processInstanceId(complaint.instance.getId()).activityId("reopenPeriodOver").singleResult());
    assertThat(complaint.instance).isEnded();

    HttpResponse<String> page = http.get("/customer/reopen?token=" + token);
    HttpResponse<String> sent = post(token, "Prepozno?");

    for (HttpResponse<String> response : new HttpResponse[] {page, sent}) {
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).contains("<html lang=\"sl\"", "ni več mogoče ponovno odpreti",
          "navedite referenčno številko " + complaint.reference());
    }
  }

  @Test
  void anOpenComplaint_hasNothingToReopen_inBulgarian() {
    ComplaintScenario complaint = ComplaintScenario.startAt("listenToCustomer",
        Variables.createVariables().putValue(ProcessConstants.VAR_CUSTOMER_LANGUAGE, "bg"), mailServer);

    HttpResponse<String> page = http.get("/customer/reopen?token=" + reopenToken(complaint));

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<html lang=\"bg\"", "е отворена и работим по нея");
    assertThat(complaint.instance).isWaitingAt("listenToCustomer");
  }

  @Test
  void brokenReopenLinks_getTheirPageAndStatus_andChangeNothing() {
    ComplaintScenario complaint = reopenable("en");
    String token = reopenToken(complaint);
    char last = token.charAt(token.length() - 2);
    String tampered = token.substring(0, token.length() - 2) + (last == 'x' ? 'y' : 'x') + token.substring(token.length() - 1);

    assertThat(post(tampered, "x").statusCode()).isEqualTo(403);
    assertThat(post(tokens.issue(LinkPurpose.STATUS, complaint.reference()), "x").body())
        .contains("This link is meant for another page.");
    assertThat(post("garbage", "x").statusCode()).isEqualTo(400);
    assertThat(post(token, "x".repeat(4001)).statusCode()).isEqualTo(400);
    // A reopen link outlives the period by the link validity (30 days), then it has expired
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(61))));
    HttpResponse<String> expired = http.get("/customer/reopen?token=" + token);
    assertThat(expired.statusCode()).isEqualTo(410);
    assertThat(expired.body()).contains("This link has expired.");
    assertThat(complaint.instance).isWaitingAt("reopenWindow");
  }

  /** A complaint after its final response, reopenable for 30 days from now. */
  private ComplaintScenario reopenable(String language) {
    Date until = Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(30)));
    return ComplaintScenario.startAt("reopenWindow", Variables.createVariables()
        .putValue(ProcessConstants.VAR_CUSTOMER_LANGUAGE, language)
        .putValue(ProcessConstants.VAR_REOPENABLE_UNTIL, until)
        .putValue(ProcessConstants.VAR_TRIAGE, new HashMap<>(Map.of("priority", 50, "firstResponseTime", "PT4H",
            "resolutionTime", "P5D"))), mailServer);
  }

  private String reopenToken(ComplaintScenario complaint) {
    Date until = Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(30)));
    return tokens.issueBeyond(LinkPurpose.REOPEN, complaint.reference(), until.toInstant());
  }

  private HttpResponse<String> post(String token, String reason) {
    return http.post("/customer/reopen", null, null, FORM,
        "token=" + token + "&reason=" + URLEncoder.encode(reason, StandardCharsets.UTF_8));
  }

  private Object variable(ComplaintScenario complaint, String name) {
    return processEngine.getRuntimeService().getVariable(complaint.instance.getId(), name);
  }
}
