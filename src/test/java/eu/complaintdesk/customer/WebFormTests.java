package eu.complaintdesk.customer;

import static eu.complaintdesk.customer.WebFormClient.complaint;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import eu.complaintdesk.HttpTestClient.FilePart;
import eu.complaintdesk.TestFiles;
import eu.complaintdesk.complaint.Attachments.Upload;
import eu.complaintdesk.complaint.ComplaintRefused;
import eu.complaintdesk.communication.ReceivedMail;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Attachment;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The public web form over real HTTP, as a visitor's browser uses it: the form in the visitor's
 * language, a complaint filed in each language and acknowledged by mail in it, and the confirmation
 * reached by a redirect, so that a reload files nothing twice; files sent with it are stored with
 * the complaint, in the transaction of its start.
 */
@ComplaintDeskTest
class WebFormTests {

  private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger();

  @Autowired
  ObjectProvider<HttpTestClient> browsers;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  ManagementService managementService;
  @Autowired
  GreenMail mailServer;
  @Autowired
  TaskService taskService;
  @Autowired
  WebFormStart starts;
  @Autowired
  JdbcTemplate jdbc;

  WebFormClient visitor;

  @BeforeEach
  void newVisitor() {
    visitor = new WebFormClient(browsers.getObject(), "198.51.100." + NEXT_ADDRESS.incrementAndGet());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"en, Submit a complaint, Thank you for your complaint",
      "sl, Oddaja pritožbe, Hvala za Vašo pritožbo",
      "bg, Подаване на жалба, Благодарим Ви за жалбата"})
  void aComplaintFiledInEachLanguage_isRegistered_andAcknowledgedInThatLanguage(String language, String title,
      String thanks) {
    // Given the form in the visitor's language
    String domain = "web-" + UUID.randomUUID() + ".example.org";
    HttpResponse<String> form = visitor.open("/complaints/new?lang=" + language);
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("<html lang=\"" + language + "\"", title);

    // When a complaint is submitted
    HttpResponse<String> submitted = visitor.submit(language, complaint("jana@" + domain));

    // Then the answer is a redirect to the confirmation, which names the reference
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(303);
    String location = submitted.headers().firstValue("Location").orElseThrow();
    assertThat(location).matches(".*/complaints/submitted\\?reference=CMP-\\d{4}-\\d{6}&lang=" + language);
    String reference = location.replaceAll(".*reference=([^&]+).*", "$1");
    HttpResponse<String> confirmation = visitor.get(location.replaceFirst("^https?://[^/]+", ""));
    assertThat(confirmation.statusCode()).isEqualTo(200);
    assertThat(confirmation.body()).contains("<html lang=\"" + language + "\"", thanks, reference);

    // And the complaint holds what was typed, the web channel, the assumed severity and tier, and the consent
    ProcessInstance complaint = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
        .singleResult();
    Map<String, Object> variables = runtimeService.getVariables(complaint.getId());
    assertThat(variables).containsEntry("customerName", "Jana Novak").containsEntry("customerEmail", "jana@" + domain)
        .containsEntry("customerPhone", "+386 1 234 5678").containsEntry("accountNumber", "SI56-1234")
        .containsEntry("complaintType", "product").containsEntry("desiredOutcome", "A new kettle")
        .containsEntry("customerLanguage", language).containsEntry("channel", "web")
        .containsEntry("severity", "medium").containsEntry("customerTier", "standard")
        .containsEntry("privacyConsent", true);
    assertThat(variables.get("privacyConsentAt")).isInstanceOf(Date.class);
    assertThat((String) variables.get("privacyPolicy")).startsWith("http").endsWith("/complaints/privacy");

    // And the acknowledgement reaches the customer in the form's language
    managementService.executeJob(managementService.createJobQuery().processInstanceId(complaint.getId())
        .activityId("sendAcknowledgementEmail").singleResult().getId());
    var mails = mailServer.getReceivedMessagesForDomain(domain);
    assertThat(mails).hasSize(1);
    ReceivedMail mail = ReceivedMail.of(mails[0]);
    assertThat(mail.subject()).contains(reference);
    assertThat(mail.contentLanguage()).isEqualTo(language);
  }

  @Test
  void reloadingTheConfirmation_filesNothingTwice_andAnotherSessionSeesNoConfirmation() {
    // Given a complaint filed and its confirmation shown
    String email = "jana@web-" + UUID.randomUUID() + ".example.org";
    visitor.open("/complaints/new");
    String location = visitor.submit("en", complaint(email)).headers().firstValue("Location").orElseThrow()
        .replaceFirst("^https?://[^/]+", "");

    // When the visitor reloads the confirmation
    HttpResponse<String> first = visitor.get(location);
    HttpResponse<String> reload = visitor.get(location);

    // Then it shows again, and there is still one complaint
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(reload.statusCode()).isEqualTo(200);
    assertThat(reload.body()).isEqualTo(first.body());
    assertThat(runtimeService.createProcessInstanceQuery().variableValueEquals("customerEmail", email).count())
        .isEqualTo(1);

    // And another browser, given only the address, learns nothing
    HttpResponse<String> stranger = new WebFormClient(browsers.getObject(), "198.51.100.250").get(location);
    assertThat(stranger.statusCode()).isEqualTo(404);
    assertThat(stranger.body()).contains("We cannot show this confirmation").doesNotContain(email);
  }

  @ParameterizedTest(name = "{0} gives {1}")
  @CsvSource({"'sl-SI,sl;q=0.9,en;q=0.8', sl", "'de-DE,bg;q=0.5', bg", "'de-DE,de', en", "'*', en",
      "'garbage;;q=x', en"})
  void withoutLang_theBrowsersLanguageIsUsed_elseEnglish(String acceptLanguage, String language) {
    HttpResponse<String> form = visitor.open("/complaints/new", "Accept-Language", acceptLanguage);

    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("<html lang=\"" + language + "\"");
  }

  @Test
  void theFormLinksEachLanguage_andThePrivacyNotice() {
    HttpResponse<String> form = visitor.open("/complaints/new?lang=bg", "Accept-Language", "sl");

    assertThat(form.body()).contains("<html lang=\"bg\"", "href=\"/complaints/new?lang=en\"",
        "href=\"/complaints/new?lang=sl\"", ">Slovenščina</a>", "<strong>Български</strong>",
        "href=\"/complaints/privacy?lang=bg\"");
    for (String language : CustomerTexts.LANGUAGES) {
      HttpResponse<String> notice = visitor.get("/complaints/privacy?lang=" + language);
      assertThat(notice.statusCode()).isEqualTo(200);
      assertThat(notice.body()).contains("<html lang=\"" + language + "\"", "complaints@complaint-desk.local");
    }
  }

  @Test
  void aComplaintWithAPdfAndAPhoto_isRegistered_withItsFilesAsTheirContentSays() throws IOException {
    // Given the form in Slovenian
    String email = "jana@files-" + UUID.randomUUID() + ".example.org";
    visitor.open("/complaints/new?lang=sl");
    assertThat(visitor.get("/complaints/new?lang=sl").body()).contains("enctype=\"multipart/form-data\"",
        "type=\"file\" id=\"files\" name=\"files\" multiple");

    // When a complaint is sent with a receipt and a photo (the browser declares whatever it likes)
    byte[] pdf = TestFiles.pdf("Racun 2026-0042");
    byte[] png = TestFiles.png(5);
    Map<String, String> fields = complaint(email);
    fields.put("summary", "Čajnik, ki sem ga kupila, se je po dveh dneh pokvaril.");
    HttpResponse<String> submitted = visitor.submit("sl", fields, List.of(
        new FilePart("files", "račun.pdf", "application/octet-stream", pdf),
        new FilePart("files", "C:\\Users\\jana\\čajnik.png", "image/png", png)));

    // Then it is registered as usual, the text read as UTF-8
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(303);
    ProcessInstance complaint = runtimeService.createProcessInstanceQuery().variableValueEquals("customerEmail", email)
        .singleResult();
    assertThat(runtimeService.getVariable(complaint.getId(), "summary"))
        .isEqualTo("Čajnik, ki sem ga kupila, se je po dveh dneh pokvaril.");

    // And both files are with it, under their cleaned names and the types of their content, byte for byte
    List<Attachment> attachments = taskService.getProcessInstanceAttachments(complaint.getId());
    assertThat(attachments).extracting(Attachment::getName, Attachment::getType, Attachment::getDescription)
        .containsExactlyInAnyOrder(Tuple.tuple("račun.pdf", "application/pdf", WebFormStart.DESCRIPTION),
            Tuple.tuple("čajnik.png", "image/png", WebFormStart.DESCRIPTION));
    for (Attachment attachment : attachments) {
      try (InputStream content = taskService.getAttachmentContent(attachment.getId())) {
        assertThat(content.readAllBytes()).isEqualTo(attachment.getName().endsWith(".pdf") ? pdf : png);
      }
    }
  }

  @Test
  void aStoreThatFails_leavesNoComplaint_andARefusedStartStoresNothing() {
    // Given files that pass the check, the second of which cannot be read once it is stored
    String email = "jana@rollback-" + UUID.randomUUID() + ".example.org";
    String name = "rollback-" + UUID.randomUUID() + ".png";
    byte[] png = TestFiles.png(9);
    Upload good = new Upload(name, png.length, () -> new ByteArrayInputStream(png));
    Upload failing = new Upload("second.png", png.length, new FailsAfter(2, png));
    Map<String, Object> variables = WebComplaint.variables(Map.of("name", "Jana Novak", "email", email, "type",
        "product", "summary", "The kettle I bought broke after two days."), true, "en", "https://example.org/privacy");

    // When the complaint starts and the store fails on the second file
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> starts.start(variables, List.of(good, failing)))
        .hasMessageContaining("second.png");

    // Then neither the complaint nor the first file, stored before the failure, is left
    assertThat(runtimeService.createProcessInstanceQuery().variableValueEquals("customerEmail", email).count())
        .isZero();
    assertThat(attachmentsNamed(name)).isZero();

    // And a start the intake refuses stores nothing
    variables.remove("customerEmail");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> starts.start(variables,
        List.of(new Upload(name, png.length, () -> new ByteArrayInputStream(png)))))
        .isInstanceOf(ComplaintRefused.class);
    assertThat(attachmentsNamed(name)).isZero();
  }

  private long attachmentsNamed(String name) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_ATTACHMENT WHERE NAME_ = ?", Long.class, name);
  }

  /** Content that reads {@code reads} times, then fails: a file that vanishes while it is stored. */
  private static final class FailsAfter implements InputStreamSource {
    private final byte[] content;
    private int reads;

    FailsAfter(int reads, byte[] content) {
      this.reads = reads;
      this.content = content;
    }

    @Override
    public InputStream getInputStream() throws IOException {
      if (reads-- <= 0) {
        throw new IOException("the upload's temporary file is gone");
      }
      return new ByteArrayInputStream(content);
    }
  }
}
