package eu.complaintdesk.customer;

import static eu.complaintdesk.customer.ApiClients.apiUser;
import static eu.complaintdesk.customer.ApiClients.complaint;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import eu.complaintdesk.communication.ReceivedMail;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An integration submits complaints over HTTP as a shop would: a valid one is registered and the
 * customer acknowledged by mail; the registered complaint says it came through the API.
 */
@ComplaintDeskTest
class ComplaintApiTests {

  static final String COMPLAINTS = "/api/complaints";
  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  HttpTestClient http;
  @Autowired
  IdentityService identityService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  HistoryService historyService;
  @Autowired
  ManagementService managementService;
  @Autowired
  GreenMail mailServer;

  String client;

  @BeforeEach
  void createApiUser() {
    client = apiUser(identityService, "shoptests", true);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"en", "sl", "bg"})
  void aValidComplaintInEachLanguage_isRegistered_andAcknowledgedByMail(String language) throws Exception {
    // Given a complaint from the shop
    String domain = "api-" + UUID.randomUUID() + ".example.org";

    // When it is posted
    HttpResponse<String> response = http.postJson(COMPLAINTS, client, client, complaint("jana@" + domain, language));

    // Then it is registered, with its reference and where to find it
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    String reference = JSON.readTree(response.body()).path("reference").asText();
    assertThat(reference).matches("CMP-\\d{4}-\\d{6}");
    assertThat(response.headers().firstValue("Location")).hasValue("/api/complaints/" + reference);
    ProcessInstance complaint = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
        .singleResult();
    assertThat(runtimeService.getVariables(complaint.getId())).containsEntry("channel", "api")
        .containsEntry("customerLanguage", language).containsEntry("accountNumber", "SI56-1234")
        .containsEntry("desiredOutcome", "A new kettle").containsEntry("intakeClient", client);

    // And the acknowledgement reaches the customer (its language is the mail templates' business)
    runAcknowledgement(complaint.getId());
    var mails = mailServer.getReceivedMessagesForDomain(domain);
    assertThat(mails).hasSize(1);
    assertThat(mails[0].getSubject()).contains(reference);
  }

  @Test
  void htmlAndScript_areKeptAsText_andNeverReachAMailAsMarkup() throws Exception {
    String domain = "api-" + UUID.randomUUID() + ".example.org";
    String body = complaint("jana@" + domain, "en").replace("Jana Novak", "<b>Jana</b> <script>alert(1)</script>");

    HttpResponse<String> response = http.postJson(COMPLAINTS, client, client, body);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    String reference = JSON.readTree(response.body()).path("reference").asText();
    ProcessInstance complaint = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
        .singleResult();
    assertThat(runtimeService.getVariable(complaint.getId(), "customerName"))
        .isEqualTo("<b>Jana</b> <script>alert(1)</script>");
    runAcknowledgement(complaint.getId());
    ReceivedMail mail = ReceivedMail.of(mailServer.getReceivedMessagesForDomain(domain)[0]);
    assertThat(mail.html()).doesNotContain("<script>", "<b>Jana").contains("&lt;script&gt;");
  }

  @Test
  void withoutALanguage_theCustomerIsWrittenToInEnglish() throws Exception {
    HttpResponse<String> response = http.postJson(COMPLAINTS, client, client,
        complaint("jana@" + UUID.randomUUID() + ".example.org", null));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    String reference = JSON.readTree(response.body()).path("reference").asText();
    assertThat(runtimeService.createVariableInstanceQuery().variableName("customerLanguage")
        .processInstanceIdIn(instance(reference)).singleResult().getValue()).isEqualTo("en");
  }

  private String instance(String reference) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult().getId();
  }

  private void runAcknowledgement(String instanceId) {
    managementService.executeJob(managementService.createJobQuery().processInstanceId(instanceId)
        .activityId("sendAcknowledgementEmail").singleResult().getId());
  }

  static JsonNode problem(HttpResponse<String> response) throws Exception {
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body()).doesNotContain("at org.", "at eu.", "Exception");
    return JSON.readTree(response.body());
  }
}
