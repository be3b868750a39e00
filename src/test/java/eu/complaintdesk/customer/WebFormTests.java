package eu.complaintdesk.customer;

import static eu.complaintdesk.customer.WebFormClient.complaint;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import eu.complaintdesk.communication.ReceivedMail;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public web form over real HTTP, as a visitor's browser uses it: the form in the visitor's
 * language, a complaint filed in each language and acknowledged by mail in it, and the confirmation
 * reached by a redirect, so that a reload files nothing twice.
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
}
