package eu.complaintdesk.customer;

import static eu.complaintdesk.customer.WebFormClient.FORM;
import static eu.complaintdesk.customer.WebFormClient.complaint;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import eu.complaintdesk.HttpTestClient.FilePart;
import eu.complaintdesk.TestFiles;
import eu.complaintdesk.communication.ReceivedMail;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every kind of bad input on the web form, over real HTTP: each problem next to its field in the
 * visitor's language with what was typed kept (400), markup shown as text, and a page with the
 * right status for a forged or foreign submission. Nothing refused starts a complaint. Files are
 * checked with the fields, and multipart submissions are held to the same token and rate limit.
 */
@ComplaintDeskTest
class WebFormRefusalTests {

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
  WebFormProperties properties;

  WebFormClient visitor;
  String email;

  @BeforeEach
  void newVisitor() {
    visitor = new WebFormClient(browsers.getObject(), "203.0.113." + NEXT_ADDRESS.incrementAndGet());
    email = "jana@refused-" + UUID.randomUUID() + ".example.org";
    visitor.open("/complaints/new");
  }

  @Test
  void anEmptyForm_namesEachRequiredField_inTheVisitorsLanguage() {
    HttpResponse<String> page = visitor.submit("sl", Map.of());

    assertRefused(page);
    assertThat(page.body()).contains("<html lang=\"sl\"", "Vaša pritožba še ni oddana.",
        "id=\"error-name\">Vpišite svoje ime in priimek.",
        "id=\"error-email\">Vpišite svoj e-naslov, da Vam lahko odgovorimo.",
        "id=\"error-type\">Izberite, na kaj se nanaša Vaša pritožba.",
        "id=\"error-summary\">Opišite, kaj se je zgodilo.",
        "id=\"error-consent\">Vašo pritožbo lahko obravnavamo le, če se strinjate");
    assertThat(page.body()).doesNotContain("error-phone", "error-accountNumber", "error-desiredOutcome");
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"email, jana-at-example, This is not an e-mail address we can write to.",
      "phone, call me, Please give a phone number of 6 to 40 characters",
      "accountNumber, 12, An account or order number has 4 to 34 letters",
      "type, everything, Please choose one of the options in the list.",
      "summary, Broken, Please describe what happened in 10 to 4,000 characters.",
      "name, J, 'Please write your name on one line, with 2 to 200 characters.'"})
  void aBadValue_isShownNextToItsField_andKept(String field, String value, String message) {
    Map<String, String> fields = complaint(email);
    fields.put(field, value);

    HttpResponse<String> page = visitor.submit("en", fields);

    assertRefused(page);
    assertThat(page.body()).contains("id=\"error-" + field + "\">" + message);
    // what was typed is kept: the bad value, and the others
    assertThat(page.body()).contains(switch (field) {
      case "type" -> "<option value=\"\">"; // a select shows no value it does not offer
      case "summary" -> ">Broken</textarea>";
      default -> "value=\"" + value + "\"";
    });
    assertThat(page.body()).contains(field.equals("name") ? "value=\"SI56-1234\"" : "value=\"Jana Novak\"");
  }

  @Test
  void oversizedText_isRefused_andTheTextKept() {
    Map<String, String> fields = complaint(email);
    fields.put("summary", "Ж".repeat(4001));
    fields.put("desiredOutcome", "x".repeat(5000));

    HttpResponse<String> page = visitor.submit("bg", fields);

    assertRefused(page);
    assertThat(page.body()).contains("id=\"error-summary\">Моля, опишете какво се случи с 10 до 4000 знака.",
        "id=\"error-desiredOutcome\">Моля, използвайте най-много 4000 знака.", "Ж".repeat(4001));
  }

  @Test
  void withoutConsent_nothingIsFiled_andTheRestIsKept() {
    Map<String, String> fields = complaint(email);
    fields.remove("consent");

    HttpResponse<String> page = visitor.submit("en", fields);

    assertRefused(page);
    assertThat(page.body()).contains("id=\"error-consent\">We can only handle your complaint if you agree",
        "value=\"" + email + "\"", "The kettle I bought broke after two days.</textarea>");
    assertThat(page.body()).doesNotContain("checked");
  }

  @Test
  void markupTyped_isShownAsText_onThePage_andInTheMail() {
    String markup = "<b>Jana</b><script>alert(1)</script>";
    Map<String, String> fields = complaint("not an address");
    fields.put("name", markup);
    fields.put("summary", "It broke. " + markup);

    HttpResponse<String> page = visitor.submit("en", fields);
    assertRefused(page);
    assertThat(page.body()).doesNotContain("<script>alert", "<b>Jana")
        .contains("value=\"&lt;b&gt;Jana&lt;/b&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"",
            "It broke. &lt;b&gt;Jana&lt;/b&gt;&lt;script&gt;alert(1)&lt;/script&gt;</textarea>");

    fields.put("email", email);
    HttpResponse<String> filed = visitor.submit("en", fields);
    assertThat(filed.statusCode()).isEqualTo(303);
    String instance = runtimeService.createProcessInstanceQuery().variableValueEquals("customerEmail", email)
        .singleResult().getId();
    assertThat(runtimeService.getVariable(instance, "customerName")).isEqualTo(markup);
    managementService.executeJob(managementService.createJobQuery().processInstanceId(instance)
        .activityId("sendAcknowledgementEmail").singleResult().getId());
    ReceivedMail mail = ReceivedMail.of(mailServer.getReceivedMessagesForDomain(email.substring(5))[0]);
    assertThat(mail.html()).doesNotContain("<script>", "<b>Jana").contains("&lt;script&gt;");
  }

  @ParameterizedTest(name = "content type [{0}]")
  @CsvSource({"application/json, '{\"name\": \"Jana\"}'", "text/plain, name=Jana", "none, name=Jana"})
  void aBodyThatIsNoForm_getsA415Page(String contentType, String body) {
    HttpResponse<String> page = visitor.post(contentType.equals("none") ? null : contentType, body);

    assertThat(page.statusCode()).isEqualTo(415);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(page.body()).contains("The form arrived in a format we cannot read.");
  }

  @Test
  void withoutOrWithAWrongToken_theSubmissionIsRefusedWith403() {
    String fields = WebFormClient.encode(complaint(email));
    HttpResponse<String> none = visitor.post(FORM, fields);
    HttpResponse<String> wrong = visitor.post(FORM, fields + "&csrf=guessed");
    WebFormClient stranger = new WebFormClient(browsers.getObject(), "203.0.113.250");
    HttpResponse<String> noSession = stranger.post(FORM, fields + "&csrf=" + tokenOf(visitor));

    for (HttpResponse<String> page : new HttpResponse[] {none, wrong, noSession}) {
      assertThat(page.statusCode()).isEqualTo(403);
      assertThat(page.body()).contains("This form has expired or was not sent from our page.");
    }
    assertThat(runtimeService.createProcessInstanceQuery().variableValueEquals("customerEmail", email).count())
        .isZero();
  }

  @Test
  void filesWeDoNotTake_areShownAtTheFileField_inTheVisitorsLanguage_withWhatWasTyped() {
    byte[] png = TestFiles.png(4);
    assertFilesRefused(Collections.nCopies(6, new FilePart("files", "slika.png", "image/png", png)),
        "Моля, изберете най-много 5 файла.");
    assertFilesRefused(List.of(new FilePart("files", "golyama.png", "image/png", TestFiles.largePng(11))),
        "Файлът golyama.png е по-голям от 10 MB.");
    assertFilesRefused(List.of(new FilePart("files", "smetka.pdf", "application/pdf", TestFiles.text("Само текст."))),
        "Не можем да приемем файла smetka.pdf, тъй като не е снимка или документ във формат PDF.");
    assertFilesRefused(List.of(new FilePart("files", "snimka.jpg", "image/jpeg", TestFiles.windowsProgram())),
        "Не можем да приемем файла snimka.jpg");
  }

  @Test
  void aBadFieldAndABadFile_areBothShown_andNothingIsStarted() {
    Map<String, String> fields = complaint(email);
    fields.put("phone", "call me");

    HttpResponse<String> page = visitor.submit("en", fields, List.of(
        new FilePart("files", "invoice.pdf", "application/pdf", TestFiles.text("plain text"))));

    assertRefused(page);
    assertThat(page.body()).contains("id=\"error-phone\">Please give a phone number",
        "id=\"error-files\"", "We cannot accept the file invoice.pdf", "please choose your files again");
  }

  @Test
  void aRequestBeyondTheUploadLimits_getsThe413Page() {
    HttpResponse<String> page = visitor.submit("en", complaint(email), List.of(
        new FilePart("files", "huge.png", "image/png", TestFiles.largePng(25))));

    assertThat(page.statusCode()).isEqualTo(413);
    assertThat(page.body()).contains("The files are too large", "at most 5 files of up to 10 MB each");
    assertThat(runtimeService.createProcessInstanceQuery().variableValueEquals("customerEmail", email).count())
        .isZero();
  }

  @Test
  void aMultipartSubmission_withoutOrWithAWrongToken_isRefusedWith403() {
    List<FilePart> photo = List.of(new FilePart("files", "door.png", "image/png", TestFiles.png(6)));
    Map<String, String> fields = complaint(email);
    HttpResponse<String> none = visitor.postFiles(fields, photo);
    fields.put("csrf", "guessed");
    HttpResponse<String> wrong = visitor.postFiles(fields, photo);

    for (HttpResponse<String> page : List.of(none, wrong)) {
      assertThat(page.statusCode()).isEqualTo(403);
      assertThat(page.body()).contains("This form has expired or was not sent from our page.");
    }
    assertThat(runtimeService.createProcessInstanceQuery().variableValueEquals("customerEmail", email).count())
        .isZero();
  }

  @Test
  void multipartSubmissions_countAgainstTheRateLimit() {
    WebFormClient client = new WebFormClient(browsers.getObject(), "203.0.113.251");
    client.open("/complaints/new");
    List<FilePart> photo = List.of(new FilePart("files", "door.png", "image/png", TestFiles.png(8)));
    for (int i = 0; i < properties.webForm().submissions(); i++) {
      assertThat(client.submit("en", Map.of(), photo).statusCode()).isEqualTo(400);
    }

    HttpResponse<String> limited = client.submit("en", complaint(email), photo);

    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).isPresent();
    assertThat(runtimeService.createProcessInstanceQuery().variableValueEquals("customerEmail", email).count())
        .isZero();
  }

  private void assertFilesRefused(List<FilePart> files, String problem) {
    HttpResponse<String> page = visitor.submit("bg", complaint(email), files);
    assertRefused(page);
    assertThat(page.body()).as(problem).contains("<html lang=\"bg\"", "id=\"error-files\"", problem,
        "id=\"files-again\"", "value=\"Jana Novak\"", "The kettle I bought broke after two days.</textarea>",
        "checked");
  }

  private String tokenOf(WebFormClient client) {
    String body = client.open("/complaints/new").body();
    return body.replaceAll("(?s).*name=\"csrf\" value=\"([^\"]+)\".*", "$1");
  }

  private void assertRefused(HttpResponse<String> page) {
    assertThat(page.statusCode()).as(page.body()).isEqualTo(400);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(runtimeService.createProcessInstanceQuery().variableValueEquals("customerEmail", email).count())
        .isZero();
  }
}
