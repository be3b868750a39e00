package eu.complaintdesk.tasklist;

import static eu.complaintdesk.WebappAssertions.assertPluginServed;
import static eu.complaintdesk.WebappAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import eu.complaintdesk.ProcessConstants;
import eu.complaintdesk.complaint.ComplaintScenario;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Customer tab's endpoint over real HTTP, logged in to the webapps as Tasklist logs in: an agent
 * reads the log and the attachments of a complaint whose task is in the agents' group; a user who
 * may not see that task gets 403, nobody logged in 401, each as a problem document.
 */
@ComplaintDeskTest
class CustomerTabTests {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String PDF = "%PDF-1.4\n% a receipt\n%%EOF\n";

  @Autowired
  HttpTestClient agent;
  @Autowired
  HttpTestClient analyst;
  @Autowired
  HttpTestClient anonymous;
  @Autowired
  ProcessEngine engine;
  @Autowired
  GreenMail mailServer;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
  }

  @Test
  void anAgent_seesTheLogAndTheAttachments_ofAComplaintOfTheirGroup() throws Exception {
    // Given a complaint at the agents' first task, its acknowledgement sent and a receipt attached
    String email = "jana@tab-" + UUID.randomUUID() + ".example.org";
    ComplaintScenario complaint = acknowledged(engine, mailServer, email);
    Attachment receipt = attach(engine, complaint, "receipt.pdf", "The receipt");
    String taskId = complaint.task(ProcessConstants.ACTIVITY_LISTEN_TO_CUSTOMER).getId();

    // When anna, an agent, opens the tab of that task
    assertThat(agent.webappLogin("tasklist", "anna", "anna").statusCode()).isEqualTo(200);
    HttpResponse<String> response = agent.get("/staff/tasks/" + taskId + "/customer");

    // Then she reads the mail that went out and the attachment, and what the complaint waits for
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value)
        .contains("no-store"));
    JsonNode tab = JSON.readTree(response.body());
    assertThat(tab.path("reference").asText()).isEqualTo(complaint.reference());
    assertThat(tab.path("log")).singleElement().satisfies(entry -> {
      assertThat(entry.path("kind").asText()).isEqualTo("acknowledgement");
      assertThat(entry.path("direction").asText()).isEqualTo("SENT");
      assertThat(entry.path("counterpart").asText()).isEqualTo(email);
      assertThat(entry.path("messageId").asText()).isEqualTo(
          "<" + complaint.reference() + ".acknowledgement.1@complaint-desk.local>");
    });
    assertThat(tab.path("waitingFor").toString()).isEqualTo("[\"ComplaintWithdrawn\"]");
    JsonNode attachment = tab.path("attachments").get(0);
    assertThat(attachment.path("name").asText()).isEqualTo("receipt.pdf");
    assertThat(attachment.path("type").asText()).isEqualTo("application/pdf");

    // And the download link gives the file, as a download
    HttpResponse<String> download = agent.get(attachment.path("download").asText());
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(PDF);
    assertThat(download.headers().firstValue("Content-Type")).contains("application/pdf");
    assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(value -> assertThat(value)
        .startsWith("attachment;").contains("receipt.pdf"));
    assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(attachment.path("id").asText()).isEqualTo(receipt.getId());
  }

  @Test
  void aUserWhoMayNotSeeTheTask_gets403_nobodyLoggedIn401_andAnUnknownTask404() throws Exception {
    ComplaintScenario complaint = acknowledged(engine, mailServer, "jana@tab-" + UUID.randomUUID() + ".example.org");
    String taskId = complaint.task(ProcessConstants.ACTIVITY_LISTEN_TO_CUSTOMER).getId();
    Attachment receipt = attach(engine, complaint, "receipt.pdf", null);

    // alex, an analyst, is logged in to Cockpit but sees no complaint task
    assertThat(analyst.webappLogin("cockpit", "alex", "alex").statusCode()).isEqualTo(200);
    assertProblem(analyst.get("/staff/tasks/" + taskId + "/customer"), 403, "alex may not see task " + taskId);
    assertProblem(analyst.get("/staff/tasks/" + taskId + "/attachments/" + receipt.getId()), 403, "may not see");

    // Nobody logged in
    assertProblem(anonymous.get("/staff/tasks/" + taskId + "/customer"), 401, "Log in to Tasklist first");

    // No such task
    assertThat(agent.webappLogin("tasklist", "anna", "anna").statusCode()).isEqualTo(200);
    assertProblem(agent.get("/staff/tasks/no-such-task/customer"), 404, "There is no open task no-such-task");
  }

  @Test
  void anAttachmentOfAnotherComplaint_isNotServedFromThisTask() throws Exception {
    ComplaintScenario mine = acknowledged(engine, mailServer, "jana@tab-" + UUID.randomUUID() + ".example.org");
    ComplaintScenario other = acknowledged(engine, mailServer, "marko@tab-" + UUID.randomUUID() + ".example.org");
    Attachment theirs = attach(engine, other, "their-receipt.pdf", null);
    String taskId = mine.task(ProcessConstants.ACTIVITY_LISTEN_TO_CUSTOMER).getId();

    assertThat(agent.webappLogin("tasklist", "anna", "anna").statusCode()).isEqualTo(200);
    assertProblem(agent.get("/staff/tasks/" + taskId + "/attachments/" + theirs.getId()), 404, "has no attachment");
  }

  @Test
  void tasklistLoadsTheTab_fromTheApplication() {
    assertPluginServed(anonymous, "tasklist", CustomerTabPlugin.ID, "tasklist.task.detail");
  }

  /** A complaint at its first agent task, whose acknowledgement went out to {@code email}. */
  static ComplaintScenario acknowledged(ProcessEngine engine, GreenMail mailServer, String email) {
    ComplaintScenario complaint = ComplaintScenario.startAt("sendAcknowledgementEmail", Variables.createVariables()
        .putValue(ProcessConstants.VAR_CUSTOMER_EMAIL, email), mailServer);
    complaint.runAsyncJobs();
    return complaint;
  }

  /** Attaches a file to the complaint as the customer pages store one. */
  static Attachment attach(ProcessEngine engine, ComplaintScenario complaint, String name, String description) {
    return engine.getTaskService().createAttachment("application/pdf", null, complaint.instance.getId(), name,
        description, new ByteArrayInputStream(PDF.getBytes(StandardCharsets.US_ASCII)));
  }
}
