package eu.complaintdesk.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import eu.complaintdesk.ProcessConstants;
import eu.complaintdesk.communication.ReceivedMail;
import eu.complaintdesk.complaint.ComplaintScenario;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * End to end as a customer does it, for the status and reopen links: a mail arrives, the customer
 * follows a link in it, and the page shows where the complaint stands, or reopens it.
 */
@ComplaintDeskTest
class MailStatusAndReopenLinksTests {

  private static final String FORM = "application/x-www-form-urlencoded";

  @Autowired
  HttpTestClient http;
  @Autowired
  ProcessEngine processEngine;
  @Autowired
  ManagementService managementService;
  @Autowired
  GreenMail mailServer;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(processEngine);
  }

  @Test
  void theStatusLinkInTheFooter_showsWhereTheComplaintStands() {
    // Given the acknowledgement went out to a Bulgarian customer
    String domain = "links-" + UUID.randomUUID() + ".example.org";
    ComplaintScenario complaint = ComplaintScenario.startAt("sendAcknowledgementEmail", Variables.createVariables()
        .putValue(ProcessConstants.VAR_CUSTOMER_EMAIL, "jana@" + domain)
        .putValue(ProcessConstants.VAR_CUSTOMER_LANGUAGE, "bg"), mailServer);
    DueJobs.run(managementService, complaint.instance);
    ReceivedMail mail = theMailTo(domain);

    // When the customer follows the status link of the mail's footer, in its text and its HTML
    String link = pathOf("/customer/status", mail.text());
    assertThat(mail.html()).contains(link);
    HttpResponse<String> page = http.get(link);

    // Then the page says, in Bulgarian, that we are working on it and what happens now
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<html lang=\"bg\"", complaint.reference(), "Работим по Вашата жалба.",
        "Проверяваме какво се е случило.");
  }

  @Test
  void theReopenLinkInTheFinalResponse_reopensTheComplaint_whichEndsAgain_andLaterIsPolitelyTooLate() {
    // Given the final response went out to a Slovenian customer on Monday 16 March 2026
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-16T09:00:00Z")));
    try {
      String domain = "links-" + UUID.randomUUID() + ".example.org";
      ComplaintScenario complaint = ComplaintScenario.startAt("sendFinalResponseEmail", Variables.createVariables()
          .putValue(ProcessConstants.VAR_CUSTOMER_EMAIL, "jana@" + domain)
          .putValue(ProcessConstants.VAR_CUSTOMER_LANGUAGE, "sl")
          .putValue(ProcessConstants.VAR_COMPLAINT_OUTCOME, "partlyUpheld")
          .putValue(ProcessConstants.VAR_FINDINGS, "Obisk ni bil vpisan v razpored.")
          .putValue(ProcessConstants.VAR_REDRESS, "Brezplačen obisk.")
          .putValue(ProcessConstants.VAR_TRIAGE, new HashMap<>(Map.of("priority", 50, "firstResponseTime", "PT4H",
              "resolutionTime", "P5D"))), mailServer);
      DueJobs.run(managementService, complaint.instance);
      ReceivedMail finalResponse = finalResponses(domain, 1)[0];
      assertThat(finalResponse.text()).contains("(rok: sreda, 15. april 2026 ob 23:59)");

      // When the customer follows its reopen link and sends the reason
      String link = pathOf("/customer/reopen", finalResponse.text());
      assertThat(http.get(link).body()).contains("<html lang=\"sl\"", "Ponovno odprtje pritožbe");
      HttpResponse<String> sent = http.post("/customer/reopen", null, null, FORM, link.substring(link.indexOf('?') + 1)
          + "&reason=" + URLEncoder.encode("Obisk spet ni bil opravljen.", StandardCharsets.UTF_8));

      // Then it is reopened, back at the agents, and carried to a new final response
      assertThat(sent.statusCode()).isEqualTo(200);
      assertThat(sent.body()).contains("smo ponovno odprli");
      assertThat(complaint.instance).isWaitingAt("reviewReopenedComplaint");
      complete(complaint, "reviewReopenedComplaint", Map.of("reopenNotes", "A second visit, confirmed by phone."));
      complete(complaint, "offerSolution", Map.of("option1Type", "replacement", "option1Amount", 0.0,
          "option1Description", "A second visit this week."));
      DueJobs.run(managementService, complaint.instance);
      processEngine.getRuntimeService().createMessageCorrelation(ProcessConstants.MESSAGE_SOLUTION_CHOSEN)
          .processInstanceBusinessKey(complaint.reference()).setVariable("chosenOption", "option1").correlate();
      complete(complaint, "makePromise", Map.of("promise1Description", "The visit.", "promise1Due", "2026-03-18"));
      DueJobs.run(managementService, complaint.instance);
      complete(complaint, "keepPromise", Map.of("promiseKept", true));
      complete(complaint, "recordOutcome", Map.of("complaintOutcome", "upheld", "rootCause", "serviceFailure",
          "findings", "Second visit done.", "redress", "The visit.", "customerFeelingAtEnd", "satisfied"));
      DueJobs.run(managementService, complaint.instance);
      assertThat(complaint.instance).hasPassed("reopenRequested", "reviewReopenedComplaint")
          .isWaitingAt("reopenWindow");

      // and once the new period is over, the reopen link of the new resolution mail says politely that it is too late
      ReceivedMail second = finalResponses(domain, 2)[1];
      String late = pathOf("/customer/reopen", second.text());
      ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-04-17T09:00:00Z")));
      managementService.executeJob(managementService.createJobQuery().processInstanceId(complaint.instance.getId())
          .activityId("reopenPeriodOver").singleResult().getId());
      HttpResponse<String> tooLate = http.get(late);
      assertThat(tooLate.statusCode()).isEqualTo(200);
      assertThat(tooLate.body()).contains("ni več mogoče ponovno odpreti", complaint.reference());
    } finally {
      ClockUtil.reset();
    }
  }

  private void complete(ComplaintScenario complaint, String taskKey, Map<String, Object> variables) {
    processEngine.getTaskService().complete(complaint.task(taskKey).getId(), variables);
  }

  /**
   * The mails with a reopen link (final responses, summary resolutions) that the domain received, once
   * there are that many, in the order they came.
   */
  private ReceivedMail[] finalResponses(String domain, int count) {
    await().atMost(Duration.ofSeconds(10)).until(() -> finalResponses(domain).length == count);
    return finalResponses(domain);
  }

  private ReceivedMail[] finalResponses(String domain) {
    return java.util.Arrays.stream(mailServer.getReceivedMessagesForDomain(domain)).map(ReceivedMail::of)
        .filter(mail -> mail.text().contains("/customer/reopen?token=")).toArray(ReceivedMail[]::new);
  }

  /** The path and query of the first link to that page in a mail's text. */
  private static String pathOf(String page, String text) {
    Matcher link = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(page) + "\\?token=[A-Za-z0-9_.\\-]+)").matcher(text);
    assertThat(link.find()).as("%s link in %s", page, text).isTrue();
    return link.group(1);
  }

  private ReceivedMail theMailTo(String domain) {
    await().atMost(Duration.ofSeconds(10)).until(() -> mailServer.getReceivedMessagesForDomain(domain).length == 1);
    return ReceivedMail.of(mailServer.getReceivedMessagesForDomain(domain)[0]);
  }
}
