package eu.complaintdesk.privacy;

import static eu.complaintdesk.WebappAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import eu.complaintdesk.ProcessConstants;
import eu.complaintdesk.complaint.ComplaintScenario;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who looked at what, over real HTTP: an agent's Customer tab in Tasklist, a manager's audit
 * timeline in Cockpit and its printable page, the agent's look at the customer's mail in the demo
 * mailbox and the officer's export each leave one row with user and time, newest first; a refused
 * read leaves none. Only the data-protection officer reads the log.
 */
@ComplaintDeskTest
class AccessLogTests {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern MAIL_LINK = Pattern.compile("href=\"/mailbox/(\\d+)\">([^<]*)</a>");

  @Autowired
  HttpTestClient agent;
  @Autowired
  HttpTestClient manager;
  @Autowired
  HttpTestClient analyst;
  @Autowired
  HttpTestClient officer;
  @Autowired
  ProcessEngine engine;
  @Autowired
  GreenMail mailServer;

  private ComplaintScenario complaint;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
    complaint = ComplaintScenario.startAt("sendAcknowledgementEmail", Variables.createVariables()
        .putValue(ProcessConstants.VAR_CUSTOMER_EMAIL, "jana@access-" + UUID.randomUUID() + ".example.org"),
        mailServer).runAsyncJobs();
  }

  @AfterEach
  void discard() {
    if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(complaint.instance.getId())
        .count() > 0) {
      engine.getRuntimeService().deleteProcessInstance(complaint.instance.getId(), "test over");
    }
  }

  @Test
  void eachReadOfTheComplaint_isLoggedWithUserAndTime_newestFirst() throws Exception {
    Instant before = Instant.now().minusSeconds(1);
    String reference = complaint.reference();
    String taskId = complaint.task(ProcessConstants.ACTIVITY_LISTEN_TO_CUSTOMER).getId();

    // Given anna opens the task's Customer tab in Tasklist
    assertThat(agent.webappLogin("tasklist", "anna", "anna").statusCode()).isEqualTo(200);
    assertThat(agent.get("/staff/tasks/" + taskId + "/customer").statusCode()).isEqualTo(200);
    // and alex, who may not see the task, is refused it: no read
    assertThat(analyst.webappLogin("cockpit", "alex", "alex").statusCode()).isEqualTo(200);
    assertThat(analyst.get("/staff/tasks/" + taskId + "/customer").statusCode()).isEqualTo(403);
    // and mary reads its audit timeline in Cockpit, then prints it
    assertThat(manager.webappLogin("cockpit", "mary", "mary").statusCode()).isEqualTo(200);
    assertThat(manager.get("/staff/complaints/" + reference + "/timeline").statusCode()).isEqualTo(200);
    assertThat(manager.get("/staff/complaints/" + reference + "/timeline.html").statusCode()).isEqualTo(200);
    // and anna opens the acknowledgement the customer got in the demo mailbox
    assertThat(agent.get("/mailbox/" + mailNumber(reference), "anna", "anna").statusCode()).isEqualTo(200);
    // and dora exports the complaint
    assertThat(officer.getBytes("/api/privacy/export?reference=" + reference, "dora", "dora").statusCode())
        .isEqualTo(200);

    // When dora reads who looked at it
    HttpResponse<String> response = officer.get("/api/privacy/complaints/" + reference + "/access-log", "dora",
        "dora");

    // Then each read is there, newest first, with who and when
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value)
        .contains("no-store"));
    JsonNode log = JSON.readTree(response.body());
    List<String> reads = new ArrayList<>();
    log.forEach(read -> reads.add(read.path("userId").asText() + " " + read.path("what").asText()));
    assertThat(reads).containsExactly("dora export", "anna mailbox", "mary timeline-page", "mary timeline",
        "anna customer-tab");
    Instant after = Instant.now();
    log.forEach(read -> {
      assertThat(read.path("reference").asText()).isEqualTo(reference);
      assertThat(Instant.parse(read.path("at").asText())).isBetween(before, after);
    });
  }

  @Test
  void onlyTheOfficer_readsTheLog() throws Exception {
    String path = "/api/privacy/complaints/" + complaint.reference() + "/access-log";

    assertProblem(officer.get(path), 401, "Send the user and password of a data-protection officer");
    assertProblem(officer.get(path, "mary", "mary"), 403, "for the group privacy");
    assertProblem(officer.get(path, "demo", "demo"), 403, "for the group privacy");
    assertProblem(officer.get("/api/privacy/complaints/CMP-12/access-log", "dora", "dora"), 400,
        "'CMP-12' is not a complaint reference");
    assertProblem(officer.get("/api/privacy/complaints/CMP-1999-000000/access-log", "dora", "dora"), 404,
        "There is no complaint CMP-1999-000000.");
    // A complaint nobody has read yet has an empty log
    HttpResponse<String> none = officer.get(path, "dora", "dora");
    assertThat(none.statusCode()).isEqualTo(200);
    assertThat(none.body()).isEqualTo("[]");
  }

  /** The number of the complaint's acknowledgement in the demo mailbox's list. */
  private String mailNumber(String reference) {
    Matcher link = MAIL_LINK.matcher(agent.get("/mailbox", "anna", "anna").body());
    while (link.find()) {
      if (link.group(2).contains(reference)) {
        return link.group(1);
      }
    }
    throw new AssertionError("No mail about " + reference + " in the mailbox");
  }
}
