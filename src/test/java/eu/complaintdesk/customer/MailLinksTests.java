package eu.complaintdesk.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import eu.complaintdesk.HttpTestClient.FilePart;
import eu.complaintdesk.ProcessConstants;
import eu.complaintdesk.TestFiles;
import eu.complaintdesk.communication.ReceivedMail;
import eu.complaintdesk.complaint.ComplaintScenario;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * End to end as a customer does it: a mail arrives, the customer clicks a link in it, answers on
 * the page, and the process goes on as the answer says; the agents' part is done as Tasklist would.
 */
@ComplaintDeskTest
class MailLinksTests {

  private static final String FORM = "application/x-www-form-urlencoded";
  private static final String TOKEN = "token=([A-Za-z0-9_.\\-]+)";

  @Autowired
  HttpTestClient http;
  @Autowired
  ProcessEngine processEngine;
  @Autowired
  ManagementService managementService;
  @Autowired
  TaskService taskService;
  @Autowired
  GreenMail mailServer;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(processEngine);
  }

  @ParameterizedTest(name = "in {0}")
  @CsvSource({"en, Which day did the technician fail to come?, Option 2: Discount coupon",
      "sl, Katerega dne tehnika ni bilo?, Možnost 2: Kupon za popust",
      "bg, В кой ден техникът не дойде?, Вариант 2: Ваучер за отстъпка"})
  void aCustomerAnswersEveryQuestionThroughTheLinksInTheMails_untilTheComplaintIsClosed(String language,
      String question, String couponOption) throws IOException {
    // Given a complaint whose agent asks the customer a question
    String domain = "links-" + UUID.randomUUID() + ".example.org";
    ComplaintScenario complaint = ComplaintScenario.startAt("gatherInformation", Variables.createVariables()
        .putValue(ProcessConstants.VAR_CUSTOMER_EMAIL, "jana@" + domain)
        .putValue(ProcessConstants.VAR_CUSTOMER_LANGUAGE, language), mailServer);
    complete(complaint, "gatherInformation", "informationComplete", "askCustomer", "informationRequest", question);

    // When the customer follows the link in the request, and sends the answer with a receipt and a photo
    String informationLink = link(mail(domain, 1), "/customer/information");
    HttpResponse<String> page = http.get(informationLink);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<html lang=\"" + language + "\"", question);
    byte[] pdf = TestFiles.pdf("Receipt " + complaint.reference());
    byte[] png = TestFiles.png(language.hashCode());
    HttpResponse<String> answered = http.postMultipart("/customer/information", null, null,
        Map.of("token", token(informationLink), "reply", "Monday, 9 March."),
        List.of(new FilePart("files", "receipt.pdf", "application/pdf", pdf),
            new FilePart("files", "door.png", "image/png", png)));
    assertThat(answered.statusCode()).isEqualTo(200);

    // Then the answer and its files are with the complaint, as their content says
    assertThat(complaint.instance).hasPassed("informationReceived").isWaitingAt("gatherInformation");
    List<Attachment> attachments = taskService.getProcessInstanceAttachments(complaint.instance.getId());
    assertThat(attachments).extracting(Attachment::getName, Attachment::getType).containsExactlyInAnyOrder(
        tuple("receipt.pdf", "application/pdf"), tuple("door.png", "image/png"));
    for (Attachment attachment : attachments) {
      try (InputStream content = taskService.getAttachmentContent(attachment.getId())) {
        assertThat(content.readAllBytes()).isEqualTo(attachment.getType().equals("image/png") ? png : pdf);
      }
    }

    // When the agent offers a refund and a coupon, the customer chooses the coupon from the options mail
    complete(complaint, "gatherInformation", "informationComplete", "complete");
    complete(complaint, "recordComplaint", "details", "Missed visit.");
    complete(complaint, "showEmpathy", "customerFeeling", "frustrated");
    complete(complaint, "offerSolution", "option1Type", "refund", "option1Amount", 40.0, "option1Description",
        "The call-out fee back.", "addOption2", true, "option2Type", "discountCoupon", "option2Amount", 20.0,
        "option2Description", "A coupon for your next visit.");
    String choiceLink = link(mail(domain, 3), "/customer/choice");
    assertThat(http.get(choiceLink).body()).contains(couponOption);
    assertThat(http.post("/customer/choice", null, null, FORM, "token=" + token(choiceLink) + "&choice=option2")
        .statusCode()).isEqualTo(200);
    assertThat(complaint.instance).hasPassed("customerChoseSolution").isWaitingAt("makePromise");

    // And after the promise is kept, answers the survey with the score link
    complete(complaint, "makePromise", "promise1Description", "A 20 EUR coupon by mail.",
        "promise1Due", LocalDate.now(ZoneId.of("Europe/Ljubljana")).plusDays(7).toString());
    complete(complaint, "keepPromise", "promiseKept", true);
    complete(complaint, "recordOutcome", "complaintOutcome", "upheld", "rootCause", "serviceFailure",
        "findings", "The visit was never booked.", "redress", "A 20 EUR coupon.");
    ReceivedMail survey = mail(domain, 6);
    String score5 = scoreLink(survey.html(), 5);
    assertThat(survey.text()).contains(score5);
    assertThat(http.get(score5).statusCode()).isEqualTo(200);
    assertThat(http.post("/customer/feedback", null, null, FORM, "token=" + token(score5) + "&score=5&comment="
        + URLEncoder.encode("Thank you!", StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);

    // Then the complaint is closed (reopenable for the reopen period), with the files still on record
    assertThat(complaint.instance).isWaitingAt("reopenWindow").hasPassed("customerChoseSolution", "complaintClosed")
        .hasNotPassed("recoverCustomer", "customerDeclinedOptions");
    assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(complaint.instance.getId()).variableName("feedbackScore").singleResult().getValue())
        .isEqualTo(5);
    assertThat(taskService.getProcessInstanceAttachments(complaint.instance.getId())).hasSize(2);
  }

  @ParameterizedTest(name = "score {0} in {1}")
  @CsvSource({"1, en, recoverCustomer", "4, bg, ", "2, sl, recoverCustomer"})
  void theScoreClickedInTheSurveyMail_reachesTheProcess(int score, String language, String nextTask) {
    // Given the survey mail went out to the customer
    String domain = "links-" + UUID.randomUUID() + ".example.org";
    ComplaintScenario complaint = ComplaintScenario.startAt("sendSurveyEmail", Variables.createVariables()
        .putValue(ProcessConstants.VAR_CUSTOMER_EMAIL, "jana@" + domain)
        .putValue(ProcessConstants.VAR_CUSTOMER_LANGUAGE, language), mailServer);
    DueJobs.run(managementService, complaint.instance);
    assertThat(complaint.instance).isWaitingAt("awaitFeedback");
    ReceivedMail mail = mail(domain, 1);

    // When the customer follows the score's link in the mail, and confirms on the page
    String link = scoreLink(mail.html(), score);
    assertThat(mail.text()).contains(link);
    HttpResponse<String> page = http.get(link);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<html lang=\"" + language + "\"");
    HttpResponse<String> sent = http.post("/customer/feedback", null, null, FORM, "token=" + token(link) + "&score=" + score);

    // Then the process goes on as the score says
    assertThat(sent.statusCode()).isEqualTo(200);
    if (nextTask != null) {
      assertThat(complaint.instance).isWaitingAt(nextTask);
    } else {
      assertThat(complaint.instance).isEnded().hasPassed("complaintClosed").hasNotPassed("recoverCustomer");
    }
  }

  @ParameterizedTest(name = "in {0}")
  @ValueSource(strings = {"en", "sl", "bg"})
  void theWithdrawLinkInTheAcknowledgement_withdrawsTheComplaint(String language) {
    // Given the acknowledgement went out
    String domain = "links-" + UUID.randomUUID() + ".example.org";
    ComplaintScenario complaint = ComplaintScenario.startAt("sendAcknowledgementEmail", Variables.createVariables()
        .putValue(ProcessConstants.VAR_CUSTOMER_EMAIL, "jana@" + domain)
        .putValue(ProcessConstants.VAR_CUSTOMER_LANGUAGE, language), mailServer);
    DueJobs.run(managementService, complaint.instance);
    ReceivedMail mail = mail(domain, 1);

    // When the customer follows its withdraw link and confirms with a reason
    String link = link(mail, "/customer/withdraw");
    if (language.equals("sl")) {
      assertThat(mail.text()).contains("jo lahko umaknete tukaj");
    }
    HttpResponse<String> page = http.get(link);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<html lang=\"" + language + "\"");
    HttpResponse<String> sent = http.post("/customer/withdraw", null, null, FORM, "token=" + token(link)
        + "&reason=" + URLEncoder.encode("Uredil sem sam.", StandardCharsets.UTF_8));

    // Then the complaint is withdrawn
    assertThat(sent.statusCode()).isEqualTo(200);
    assertThat(complaint.instance).hasPassed("complaintWithdrawn");
  }

  /** Completes the complaint's open task as Tasklist would, then runs what follows (mails). */
  private void complete(ComplaintScenario complaint, String taskKey, Object... nameValuePairs) {
    Map<String, Object> variables = Variables.createVariables();
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      variables.put((String) nameValuePairs[i], nameValuePairs[i + 1]);
    }
    taskService.complete(complaint.task(taskKey).getId(), variables);
    DueJobs.run(managementService, complaint.instance);
  }

  /** The newest of the mails to the domain, once there are {@code count} of them. */
  private ReceivedMail mail(String domain, int count) {
    await().atMost(Duration.ofSeconds(10)).until(() -> mailServer.getReceivedMessagesForDomain(domain).length >= count);
    var mails = mailServer.getReceivedMessagesForDomain(domain);
    assertThat(mails).as("mails to %s", domain).hasSize(count);
    return ReceivedMail.of(mails[count - 1]);
  }

  /** The path and query of the first link to {@code path} in the mail, the same in its text and HTML. */
  private static String link(ReceivedMail mail, String path) {
    Matcher text = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(path) + "\\?[^\\s]*" + TOKEN + ")")
        .matcher(mail.text());
    assertThat(text.find()).as("link to %s in %s", path, mail.text()).isTrue();
    assertThat(mail.html().replace("&amp;", "&")).contains(text.group(1));
    return text.group(1);
  }

  private static String token(String link) {
    Matcher token = Pattern.compile(TOKEN).matcher(link);
    assertThat(token.find()).isTrue();
    return token.group(1);
  }

  /** The path of the score's link, as the mail's HTML has it (attribute-escaped). */
  private static String scoreLink(String html, int score) {
    Matcher link = Pattern.compile("href=\"https?://[^/\"]+(/customer/feedback\\?score=" + score
        + "&amp;" + TOKEN + ")\"").matcher(html);
    assertThat(link.find()).as("score link %d in %s", score, html).isTrue();
    return link.group(1).replace("&amp;", "&");
  }
}
