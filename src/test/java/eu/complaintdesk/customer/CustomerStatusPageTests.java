package eu.complaintdesk.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import eu.complaintdesk.ProcessConstants;
import eu.complaintdesk.complaint.ComplaintScenario;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The status page over real HTTP, with tokens as the mails carry them: where the complaint stands
 * in the customer's language and words, the dates as the mails write them, nothing personal, and
 * every broken link its refusal page.
 */
@ComplaintDeskTest
class CustomerStatusPageTests {

  private static final ZoneId DESK = ZoneId.of("Europe/Ljubljana");

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
    ClockUtil.setCurrentTime(at("2026-03-09T10:00"));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void anOpenComplaint_showsTheStepInWords_andTheDatesAsTheMailsWroteThem() {
    // Given a complaint an agent is listening to, with a promise made for 12 March
    ComplaintScenario complaint = ComplaintScenario.startAt("listenToCustomer", dates("en")
        .putValue("promise1Due", "2026-03-12"), mailServer);

    // When the customer opens the status link, twice (a status link is not used up)
    http.get(statusPath(complaint));
    HttpResponse<String> page = http.get(statusPath(complaint));

    // Then the page says where it stands, in words, without any personal data
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<html lang=\"en\"", "Where your complaint " + complaint.reference() + " stands",
        "We are working on your complaint.", "We are looking into what happened.",
        "Our first response: by Monday, 9 March 2026 at 13:00", "A solution: by Friday, 20 March 2026 at 12:15",
        "What we promised you: by Thursday, 12 March 2026", "Our final response: by Monday, 4 May 2026 at 17:00");
    assertThat(page.body()).doesNotContain("Jana Novak", "@example.org", "+386", "listenToCustomer",
        "Listen to the customer");
  }

  @Test
  void aComplaintWaitingForInformation_saysWhatWeWaitFor_inSlovenian() {
    // Given a Slovenian complaint whose resolution deadline paused for our question
    ComplaintScenario complaint = ComplaintScenario.startAt("awaitInformation", dates("sl")
        .putValue(ProcessConstants.VAR_RESOLUTION_TIME_LEFT, "PT20H"), mailServer);

    HttpResponse<String> page = http.get(statusPath(complaint));

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<html lang=\"sl\"", "Čakamo na Vaš odgovor.",
        "Po e-pošti smo Vas prosili za nekaj informacij.", "Rok za rešitev miruje",
        "Rok za naš prvi odgovor: ponedeljek, 9. marec 2026 ob 13:00");
  }

  @Test
  void aClosedComplaint_isClosed_inBulgarian() {
    // Given a Bulgarian complaint answered in full, its survey going on
    ComplaintScenario complaint = ComplaintScenario.startAt("awaitFeedback", dates("bg"), mailServer);

    HttpResponse<String> page = http.get(statusPath(complaint));

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<html lang=\"bg\"", "Вашата жалба е приключена.")
        .doesNotContain("Нашият първи отговор");
  }

  @Test
  void aWithdrawnComplaint_saysSo() {
    ComplaintScenario complaint = ComplaintScenario.startAt("listenToCustomer", dates("en"), mailServer);
    processEngine.getRuntimeService().createMessageCorrelation(ProcessConstants.MESSAGE_COMPLAINT_WITHDRAWN)
        .processInstanceBusinessKey(complaint.reference()).correlate();

    HttpResponse<String> page = http.get(statusPath(complaint));

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("You have withdrawn your complaint");
  }

  @Test
  void brokenStatusLinks_getTheirPageAndStatus() {
    ComplaintScenario complaint = ComplaintScenario.startAt("listenToCustomer", dates("en"), mailServer);
    String token = tokens.issue(LinkPurpose.STATUS, complaint.reference());
    char last = token.charAt(token.length() - 2);
    String tampered = token.substring(0, token.length() - 2) + (last == 'x' ? 'y' : 'x') + token.substring(token.length() - 1);

    assertRefusal("/customer/status?token=" + tampered, 403, "This link is not valid.");
    assertRefusal("/customer/status?token=" + tokens.issue(LinkPurpose.WITHDRAW, complaint.reference()), 403,
        "This link is meant for another page.");
    assertRefusal("/customer/status?token=garbage", 400, "This link is incomplete.");
    assertRefusal("/customer/status", 400, "This link is incomplete.");
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(31))));
    assertRefusal("/customer/status?token=" + token, 410, "This link has expired.");
  }

  private void assertRefusal(String path, int status, String text) {
    HttpResponse<String> response = http.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(status);
    assertThat(response.body()).contains(text).doesNotContain("Exception");
  }

  private String statusPath(ComplaintScenario complaint) {
    return "/customer/status?token=" + tokens.issue(LinkPurpose.STATUS, complaint.reference());
  }

  /** The deadlines of a complaint received on Monday 9 March 2026 at 9:00, in that language. */
  private static VariableMap dates(String language) {
    return Variables.createVariables()
        .putValue(ProcessConstants.VAR_CUSTOMER_LANGUAGE, language)
        .putValue(ProcessConstants.VAR_FIRST_RESPONSE_DUE, at("2026-03-09T13:00"))
        .putValue(ProcessConstants.VAR_RESOLUTION_DUE, at("2026-03-20T12:15"))
        .putValue(ProcessConstants.VAR_FINAL_RESPONSE_DUE, at("2026-05-04T17:00"));
  }

  private static Date at(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(DESK).toInstant());
  }
}
