package eu.complaintdesk.quality;

import static eu.complaintdesk.ProcessConstants.ACTIVITY_FIRST_RESPONSE_BREACHED;
import static eu.complaintdesk.ProcessConstants.ACTIVITY_FIRST_RESPONSE_WARNING;
import static eu.complaintdesk.ProcessConstants.ACTIVITY_LISTEN_TO_CUSTOMER;
import static eu.complaintdesk.ProcessConstants.VAR_FIRST_RESPONSE_DUE;
import static eu.complaintdesk.ProcessConstants.VAR_FIRST_RESPONSE_WARNING_AT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import eu.complaintdesk.complaint.ComplaintScenario;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The figures at {@code /actuator/prometheus} as a manager's Prometheus reads them, after real
 * complaints moved: two complaints at "Listen to the customer", the first-response warning of both
 * (the engine clock moved to it), the first warning's notice sent, the second's failing twice against
 * the stopped mail server, the second time as an incident; then the first one's deadline passes. Other tests in the shared application leave their
 * complaints and mails behind, so each figure is asserted as what these complaints added, exactly.
 */
@ComplaintDeskTest
class MetricsTests {

  private static final String WARN = "warnAboutFirstResponseDeadline";

  @Autowired
  HttpTestClient http;
  @Autowired
  ProcessEngine engine;
  @Autowired
  GreenMail mailServer;
  @Autowired
  OpenWork openWork;

  @BeforeEach
  void engine() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void clock() {
    ClockUtil.reset();
  }

  @Test
  void twoComplaints_aWarningEach_oneNoticeFailing_showExactlyInTheFigures() {
    // Given the figures as they are, and two complaints at the first step, warned in an hour
    Scrape before = settledScrape();
    Date warningAt = Date.from(Instant.now().plus(Duration.ofHours(1)));
    Date dueAt = Date.from(Instant.now().plus(Duration.ofHours(2)));
    ComplaintScenario sent = startWarnedAt(warningAt, dueAt);
    ComplaintScenario failing = startWarnedAt(warningAt, dueAt);

    // When the warnings fire, the first notice goes out, and the second fails at a stopped mail server
    sent.fireTimer(ACTIVITY_FIRST_RESPONSE_WARNING, warningAt).run(WARN);
    failing.fireTimer(ACTIVITY_FIRST_RESPONSE_WARNING, warningAt);
    Job notice = engine.getManagementService().createJobQuery().processInstanceId(failing.instance.getId())
        .activityId(WARN).singleResult();
    mailServer.stop();
    try {
      // (the first failure sets the diagram's 5 retries; an operator's 1 makes the next the last)
      assertThatThrownBy(() -> engine.getManagementService().executeJob(notice.getId()))
          .hasMessageContaining("Mail server connection failed");
      engine.getManagementService().setJobRetries(notice.getId(), 1);
      assertThatThrownBy(() -> engine.getManagementService().executeJob(notice.getId()))
          .hasMessageContaining("Mail server connection failed");

      // Then the health shows the mail server down, to a manager
      var health = http.get("/actuator/health", "mary", "mary");
      assertThat(health.statusCode()).as(health.body()).isEqualTo(503);
      assertThat(health.body()).contains("\"mail\":{\"status\":\"DOWN\"", "\"db\":{\"status\":\"UP\"");
      // and the probe for load balancers, without the mail server, still UP to anyone
      var probe = http.get("/actuator/health/probe");
      assertThat(probe.statusCode()).as(probe.body()).isEqualTo(200);
      assertThat(probe.body()).isEqualTo("{\"status\":\"UP\"}");
    } finally {
      mailServer.start();
    }
    // and the first complaint's first-response deadline passes too
    sent.fireTimer(ACTIVITY_FIRST_RESPONSE_BREACHED, dueAt);

    // Then the figures say exactly what happened, once the open work is counted again (every 5 s)
    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
      Scrape after = scrape("mary");
      assertThat(added(before, after, "complaintdesk_open_complaints", "activity_id", ACTIVITY_LISTEN_TO_CUSTOMER,
          "activity_name", "Listen to the customer")).as("open at Listen to the customer").isEqualTo(2);
      assertThat(added(before, after, "complaintdesk_open_complaints", "activity_id", WARN,
          "activity_name", "Warn about the first-response deadline")).as("open at the failed notice").isEqualTo(1);
      assertThat(added(before, after, "complaintdesk_open_incidents", "activity_id", WARN,
          "activity_name", "Warn about the first-response deadline", "incident_type", "failedJob"))
          .as("incidents").isEqualTo(1);
    });
    Scrape after = scrape("metrics");
    assertThat(added(before, after, "complaintdesk_sla_events_total", "deadline", "first-response",
        "level", "warning", "event", ACTIVITY_FIRST_RESPONSE_WARNING)).as("warnings").isEqualTo(2);
    assertThat(added(before, after, "complaintdesk_sla_events_total", "deadline", "first-response",
        "level", "breach", "event", ACTIVITY_FIRST_RESPONSE_BREACHED)).as("breaches").isEqualTo(1);
    assertThat(added(before, after, "complaintdesk_sla_events_total")).as("all SLA events").isEqualTo(3);
    assertThat(added(before, after, "complaintdesk_mails_total", "kind", "staff-notice", "outcome", "sent"))
        .as("notices sent").isEqualTo(1);
    assertThat(added(before, after, "complaintdesk_mails_total", "kind", "staff-notice", "outcome", "failed"))
        .as("notices failed").isEqualTo(2);
    assertThat(added(before, after, "complaintdesk_mails_total", "kind", "acknowledgement")).isZero();
    assertThat(after.describes("complaintdesk_open_complaints", "gauge")).isTrue();
    assertThat(after.describes("complaintdesk_sla_events_total", "counter")).isTrue();

    // And the mail server is back in the health
    assertThat(http.get("/actuator/health", "mary", "mary").body()).contains("\"mail\":{\"status\":\"UP\"");
    sent.task(ACTIVITY_LISTEN_TO_CUSTOMER);
    engine.getRuntimeService().deleteProcessInstance(sent.instance.getId(), "test over");
    engine.getRuntimeService().deleteProcessInstance(failing.instance.getId(), "test over");
  }

  private ComplaintScenario startWarnedAt(Date warningAt, Date dueAt) {
    return ComplaintScenario.startAt(ACTIVITY_LISTEN_TO_CUSTOMER, Variables.createVariables()
        .putValue(VAR_FIRST_RESPONSE_WARNING_AT, warningAt).putValue(VAR_FIRST_RESPONSE_DUE, dueAt), mailServer);
  }

  /** A scrape of the figures as they are now: the open work counted afresh first. */
  private Scrape settledScrape() {
    openWork.refresh();
    return scrape("mary");
  }

  private Scrape scrape(String user) {
    var response = http.get("/actuator/prometheus", user, user);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
        assertThat(type).startsWith("text/plain"));
    return new Scrape(response.body());
  }

  private static double added(Scrape before, Scrape after, String metric, String... labels) {
    return after.value(metric, labels) - before.value(metric, labels);
  }
}
