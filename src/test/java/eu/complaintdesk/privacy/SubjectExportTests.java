package eu.complaintdesk.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import eu.complaintdesk.ProcessConstants;
import eu.complaintdesk.TestFiles;
import eu.complaintdesk.complaint.ComplaintScenario;
import eu.complaintdesk.inbox.MailedComplaints;
import jakarta.mail.internet.MimeMessage;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A subject's export over real HTTP, as a data-protection officer downloads it: a customer's
 * complaint that came by mail with two files and got its acknowledgement, and an earlier one of
 * hers taken by phone and withdrawn, both found by her address whatever its case, and nobody
 * else's; the archive holds exactly export.json and her files, byte for byte.
 */
@ComplaintDeskTest
class SubjectExportTests {

  @Autowired
  HttpTestClient officer;
  @Autowired
  ProcessEngine engine;
  @Autowired
  GreenMail mailServer;
  @Autowired
  ApplicationContext context;

  private String domain;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
    domain = "export-" + UUID.randomUUID() + ".example.org";
  }

  @AfterEach
  void endTheComplaints() {
    engine.getRuntimeService().createProcessInstanceQuery()
        .variableValueLike(ProcessConstants.VAR_CUSTOMER_EMAIL, "%@" + domain).list()
        .forEach(complaint -> engine.getRuntimeService().deleteProcessInstance(complaint.getId(), "test over"));
  }

  @Test
  void everyComplaintOfTheAddress_withItsDataMailsAndFiles_inOneArchive() throws Exception {
    // Given Jana's complaint by phone, her address in capitals there, which she withdrew
    ComplaintScenario byPhone = ComplaintScenario.start(ComplaintScenario.intake("Jana.Novak@" + domain), mailServer)
        .runAsyncJobs();
    engine.getRuntimeService().createMessageCorrelation(ProcessConstants.MESSAGE_COMPLAINT_WITHDRAWN)
        .processInstanceBusinessKey(byPhone.reference())
        .setVariable(ProcessConstants.VAR_WITHDRAWAL_REASON, "Sorted out with the technician.").correlate();
    byPhone.runAsyncJobs();
    // and her mail with a receipt and a photo, which opened a complaint that was acknowledged
    String address = "jana.novak@" + domain;
    byte[] receipt = TestFiles.pdf("Receipt 4711");
    byte[] photo = TestFiles.png(3);
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("receipt.pdf", receipt);
    files.put("kettle.png", photo);
    MimeMessage mail = new MailedComplaints(context, mailServer).write(address, "Jana Novak", "Leaking kettle",
        "The kettle I bought leaks after two days. Call me on +386 40 123 456.", files);
    ProcessInstance byMail = engine.getRuntimeService().createProcessInstanceQuery()
        .variableValueEquals(ProcessConstants.VAR_CUSTOMER_EMAIL, address).singleResult();
    var jobs = engine.getManagementService();
    jobs.executeJob(jobs.createJobQuery().processInstanceId(byMail.getId()).activityId("sendAcknowledgementEmail")
        .singleResult().getId());
    // and somebody else's complaint
    ComplaintScenario.start(ComplaintScenario.intake("marko@" + domain), mailServer);
    Instant before = Instant.now();

    // When dora, the data-protection officer, exports everything of her address, written otherwise
    Archive archive = Archive.of(officer.getBytes("/api/privacy/export?email=JANA.Novak@" + domain, "dora", "dora"));

    // Then the archive holds her files, byte for byte, and export.json
    String folder = "complaints/" + byMail.getBusinessKey() + "/files/";
    assertThat(archive.entries().keySet()).containsExactly(folder + "receipt.pdf", folder + "kettle.png",
        "export.json");
    assertThat(archive.entries().get(folder + "receipt.pdf")).isEqualTo(receipt);
    assertThat(archive.entries().get(folder + "kettle.png")).isEqualTo(photo);

    // And export.json says who asked when for what, and holds both her complaints, the oldest first
    JsonNode export = archive.json();
    assertThat(export.path("requestedBy").asText()).isEqualTo("dora");
    assertThat(Instant.parse(export.path("requestedAt").asText())).isBetween(before.minusSeconds(1), Instant.now());
    assertThat(export.path("request").toString()).isEqualTo("{\"email\":\"JANA.Novak@" + domain + "\"}");
    assertThat(export.path("complaints")).hasSize(2);
    assertThat(references(export)).containsExactly(byPhone.reference(), byMail.getBusinessKey());

    JsonNode phone = export.path("complaints").get(0);
    assertThat(phone.path("state").asText()).isEqualTo("COMPLETED");
    assertThat(phone.path("endedAt").isNull()).isFalse();
    assertThat(variables(phone)).containsEntry(ProcessConstants.VAR_CUSTOMER_EMAIL, "Jana.Novak@" + domain)
        .containsEntry(ProcessConstants.VAR_CUSTOMER_NAME, "Jana Novak")
        .containsEntry(ProcessConstants.VAR_CUSTOMER_PHONE, "+386 1 234 5678")
        .containsEntry(ProcessConstants.VAR_SUMMARY, "The technician did not come on the agreed day.")
        .containsEntry(ProcessConstants.VAR_WITHDRAWAL_REASON, "Sorted out with the technician.");
    assertThat(phone.path("communication").findValuesAsText("kind")).containsExactly("withdrawal-confirmation",
        "acknowledgement");
    assertThat(phone.path("files")).isEmpty();
    assertThat(phone.path("inboundMails")).isEmpty();

    JsonNode email = export.path("complaints").get(1);
    assertThat(email.path("processInstanceId").asText()).isEqualTo(byMail.getId());
    assertThat(email.path("state").asText()).isEqualTo("ACTIVE");
    assertThat(email.path("endedAt").isNull()).isTrue();
    assertThat(variables(email)).containsEntry(ProcessConstants.VAR_CUSTOMER_EMAIL, address)
        .containsEntry(ProcessConstants.VAR_CUSTOMER_NAME, "Jana Novak")
        .containsEntry(ProcessConstants.VAR_CHANNEL, "email")
        .containsEntry(ProcessConstants.VAR_CUSTOMER_LANGUAGE, "en")
        .containsEntry(ProcessConstants.VAR_SUMMARY,
            "Leaking kettle\n\nThe kettle I bought leaks after two days. Call me on +386 40 123 456.");
    assertThat(email.path("variables")).anySatisfy(variable -> {
      assertThat(variable.path("name").asText()).isEqualTo(ProcessConstants.VAR_CUSTOMER_EMAIL);
      assertThat(variable.path("type").asText()).isEqualTo("string");
      assertThat(variable.path("activityInstanceId").isNull()).isTrue();
    });

    // her mail and our acknowledgement, in the communication log and on the timeline
    assertThat(email.path("communication")).hasSize(2);
    JsonNode acknowledgement = email.path("communication").get(0);
    assertThat(acknowledgement.path("direction").asText()).isEqualTo("SENT");
    assertThat(acknowledgement.path("kind").asText()).isEqualTo("acknowledgement");
    assertThat(acknowledgement.path("counterpart").asText()).isEqualTo(address);
    JsonNode received = email.path("communication").get(1);
    assertThat(received.path("direction").asText()).isEqualTo("RECEIVED");
    assertThat(received.path("kind").asText()).isEqualTo("complaintByMail");
    assertThat(received.path("counterpart").asText()).isEqualTo(address);
    assertThat(received.path("subject").asText()).isEqualTo("Leaking kettle");
    assertThat(received.path("messageId").asText()).isEqualTo(mail.getMessageID());
    assertThat(email.path("timeline").path("reference").asText()).isEqualTo(byMail.getBusinessKey());
    assertThat(email.path("timeline").path("communication")).hasSize(2);
    assertThat(email.path("timeline").path("steps").findValuesAsText("activityId"))
        .contains("registerComplaint", "sendAcknowledgementEmail");

    // what the inbox recorded of her mail
    assertThat(email.path("inboundMails")).singleElement().satisfies(inbound -> {
      assertThat(inbound.path("messageId").asText()).isEqualTo(mail.getMessageID());
      assertThat(inbound.path("sender").asText()).isEqualTo(address);
      assertThat(inbound.path("subject").asText()).isEqualTo("Leaking kettle");
      assertThat(inbound.path("outcome").asText()).isEqualTo("newComplaint");
      assertThat(inbound.path("reference").asText()).isEqualTo(byMail.getBusinessKey());
    });

    // and the list of her files, each with its place in the archive, size and checksum
    assertThat(email.path("files")).hasSize(2);
    assertFile(email.path("files").get(0), folder + "receipt.pdf", "receipt.pdf", "application/pdf", receipt);
    assertFile(email.path("files").get(1), folder + "kettle.png", "kettle.png", "image/png", photo);

    // And each complaint's access log names the export
    for (String reference : references(export)) {
      assertThat(officer.get("/api/privacy/complaints/" + reference + "/access-log", "dora", "dora").body())
          .contains("\"userId\":\"dora\",\"what\":\"export\",\"reference\":\"" + reference + "\"");
    }
  }

  @Test
  void oneComplaint_byItsReference() throws Exception {
    ComplaintScenario first = ComplaintScenario.start(ComplaintScenario.intake("petra@" + domain), mailServer);
    ComplaintScenario.start(ComplaintScenario.intake("petra@" + domain), mailServer);

    Archive archive = Archive.of(officer.getBytes("/api/privacy/export?reference=" + first.reference(), "dora",
        "dora"));

    assertThat(archive.entries().keySet()).containsExactly("export.json");
    JsonNode export = archive.json();
    assertThat(export.path("request").toString()).isEqualTo("{\"reference\":\"" + first.reference() + "\"}");
    assertThat(references(export)).containsExactly(first.reference());
    assertThat(variables(export.path("complaints").get(0)))
        .containsEntry(ProcessConstants.VAR_CUSTOMER_EMAIL, "petra@" + domain);
  }

  @Test
  void anAddressWeHoldNothingOf_isAnArchiveWithoutComplaints() throws Exception {
    Archive archive = Archive.of(officer.getBytes("/api/privacy/export?email=nobody@" + domain, "dora", "dora"));

    assertThat(archive.entries().keySet()).containsExactly("export.json");
    assertThat(archive.json().path("complaints").isArray()).isTrue();
    assertThat(archive.json().path("complaints")).isEmpty();
  }

  private static void assertFile(JsonNode file, String path, String name, String type, byte[] content)
      throws Exception {
    assertThat(file.path("path").asText()).isEqualTo(path);
    assertThat(file.path("name").asText()).isEqualTo(name);
    assertThat(file.path("type").asText()).isEqualTo(type);
    assertThat(file.path("description").asText()).isEqualTo("Sent by the customer by e-mail");
    assertThat(file.path("size").asLong()).isEqualTo(content.length);
    assertThat(file.path("sha256").asText())
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
    assertThat(file.path("createdAt").isNull()).isFalse();
  }

  private static List<String> references(JsonNode export) {
    List<String> references = new ArrayList<>();
    export.path("complaints").forEach(complaint -> references.add(complaint.path("reference").asText()));
    return references;
  }

  /** The complaint's own variables (not a step's), by name. */
  private static Map<String, String> variables(JsonNode complaint) {
    Map<String, String> values = new LinkedHashMap<>();
    complaint.path("variables").forEach(variable -> {
      if (variable.path("activityInstanceId").isNull() || variable.path("activityInstanceId").isMissingNode()) {
        values.put(variable.path("name").asText(), variable.path("value").asText());
      }
    });
    return values;
  }
}
