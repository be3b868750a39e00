package eu.complaintdesk.customer;

import static org.assertj.core.api.Assertions.assertThat;
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
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The information page over real HTTP and multipart, with real files: what the customer sends
 * reaches the process with its attachments; whatever is wrong is shown next to its field, in the
 * customer's language, and changes nothing; a link answers only the request it came with.
 */
@ComplaintDeskTest
class InformationPageTests {

  @Autowired
  HttpTestClient http;
  @Autowired
  LinkTokens tokens;
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

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @ParameterizedTest(name = "in {0}")
  @CsvSource({"en, We asked you:, We have received your answer.",
      "sl, Vprašali smo Vas:, Vaš odgovor smo prejeli.",
      "bg, Попитахме Ви:, Получихме Вашия отговор."})
  void anAnswerWithAPdfAndAPhoto_reachesTheProcess_withItsAttachments(String language, String asked, String received)
      throws IOException {
    // Given a complaint that asked the customer a question
    ComplaintScenario complaint = askedForInformation(language, "Which day did the technician <b>fail</b> to come?");
    String token = tokens.issue(LinkPurpose.INFORMATION, complaint.reference(), 1);

    // When the customer opens the page, the question is shown in the language, escaped
    HttpResponse<String> page = http.get("/customer/information?token=" + token);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<html lang=\"" + language + "\"", asked,
        "Which day did the technician &lt;b&gt;fail&lt;/b&gt; to come?", "enctype=\"multipart/form-data\"");

    // And answers with a receipt and a photo
    byte[] pdf = TestFiles.pdf("Receipt 2026-0042");
    byte[] png = TestFiles.png(7);
    HttpResponse<String> sent = send(token, "On Monday 9 March.", List.of(
        new FilePart("files", "receipt.pdf", "application/pdf", pdf),
        new FilePart("files", "C:\\Users\\jana\\door.png", "image/png", png)));

    // Then the answer is in, the files are with the complaint, as their content says
    assertThat(sent.statusCode()).isEqualTo(200);
    assertThat(sent.body()).contains(received);
    assertThat(complaint.instance).hasPassed("informationReceived").isWaitingAt("gatherInformation");
    assertThat(processEngine.getRuntimeService().getVariable(complaint.instance.getId(),
        ProcessConstants.VAR_INFORMATION_REPLY)).isEqualTo("On Monday 9 March.");
    List<Attachment> attachments = attachments(complaint);
    assertThat(attachments).extracting(Attachment::getName, Attachment::getType)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("receipt.pdf", "application/pdf"),
            org.assertj.core.groups.Tuple.tuple("door.png", "image/png"));
    for (Attachment attachment : attachments) {
      try (InputStream content = taskService.getAttachmentContent(attachment.getId())) {
        assertThat(content.readAllBytes()).isEqualTo(attachment.getName().endsWith(".pdf") ? pdf : png);
      }
    }

    // And the link is used up
    HttpResponse<String> again = send(token, "Once more.", List.of());
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(attachments(complaint)).hasSize(2);
  }

  @Test
  void aMissingOrOversizedAnswer_isShownNextToItsField_withWhatWasTyped_andTheLinkStaysUsable() {
    ComplaintScenario complaint = askedForInformation("en", "Your order number, please.");
    String token = tokens.issue(LinkPurpose.INFORMATION, complaint.reference(), 1);

    HttpResponse<String> missing = send(token, "  ", List.of(new FilePart("files", "door.png", "image/png", TestFiles.png(1))));
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("id=\"reply-problem\"", "Please write your answer.",
        "please choose your files again", "Your order number, please.");

    String tooLong = "<script>alert('x')</script>" + "a".repeat(4000);
    HttpResponse<String> oversized = send(token, tooLong, List.of());
    assertThat(oversized.statusCode()).isEqualTo(400);
    assertThat(oversized.body()).contains("Your answer is 4,027 characters long, and we can take at most 4,000.",
        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;aaa").doesNotContain("<script>");

    assertNothingChanged(complaint);
    assertThat(send(token, "Order 4711.", List.of()).statusCode()).isEqualTo(200);
    assertThat(complaint.instance).hasPassed("informationReceived");
  }

  @Test
  void filesWeDoNotTake_areRefusedByName_andNothingIsStored() {
    ComplaintScenario complaint = askedForInformation("sl", "Pošljite fotografijo.");
    String token = tokens.issue(LinkPurpose.INFORMATION, complaint.reference(), 1);

    assertFileRefused(token, List.of(new FilePart("files", "racun.pdf", "application/pdf", TestFiles.text("Le besedilo."))),
        "Datoteke racun.pdf ne moremo sprejeti, ker ni fotografija ali dokument PDF.");
    assertFileRefused(token, List.of(new FilePart("files", "dopust.jpg", "image/jpeg", TestFiles.windowsProgram())),
        "Datoteke dopust.jpg ne moremo sprejeti");
    assertFileRefused(token, List.of(new FilePart("files", "velika.png", "image/png", TestFiles.largePng(11))),
        "Datoteka velika.png je večja od 10 MB.");
    assertFileRefused(token, List.of(new FilePart("files", "<img src=x onerror=alert(1)>.pdf", "application/pdf",
        TestFiles.text("<script>alert(1)</script>"))), "Datoteke &lt;img src=x onerror=alert(1)&gt;.pdf ne moremo sprejeti");
    assertFileRefused(token, Collections.nCopies(6, new FilePart("files", "slika.png", "image/png", TestFiles.png(2))),
        "Prosimo, izberite največ 5 datotek.");

    assertNothingChanged(complaint);
  }

  @Test
  void aRequestBeyondTheUploadLimits_getsAPageWith413() {
    ComplaintScenario complaint = askedForInformation("en", "A photo, please.");
    String token = tokens.issue(LinkPurpose.INFORMATION, complaint.reference(), 1);

    HttpResponse<String> response = send(token, "Here.", List.of(new FilePart("files", "huge.png", "image/png",
        TestFiles.largePng(25))));

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("The files are too large", "at most 5 files of up to 10 MB each");
    assertThat(complaint.instance).isWaitingAt("awaitInformation");
  }

  @Test
  void brokenLinks_getTheirPageAndStatus_andChangeNothing() {
    ComplaintScenario complaint = askedForInformation("en", "Your order number, please.");
    String token = tokens.issue(LinkPurpose.INFORMATION, complaint.reference(), 1);
    List<FilePart> photo = List.of(new FilePart("files", "door.png", "image/png", TestFiles.png(3)));

    assertThat(send(BrokenTokens.tampered(token), "Order 1.", photo).statusCode()).isEqualTo(403);
    assertThat(send(BrokenTokens.forged(LinkPurpose.INFORMATION, complaint.reference()), "Order 1.", photo).statusCode()).isEqualTo(403);
    assertThat(send(tokens.issue(LinkPurpose.CHOICE, complaint.reference()), "Order 1.", photo).statusCode())
        .isEqualTo(403);
    assertThat(http.get("/customer/information?token=" + BrokenTokens.tampered(token)).body())
        .contains("This link is not valid.");
    BrokenTokens.expireAll();
    HttpResponse<String> expired = send(token, "Order 1.", photo);
    assertThat(expired.statusCode()).isEqualTo(410);
    assertThat(expired.body()).contains("This link has expired.");

    assertNothingChanged(complaint);
  }

  @Test
  void aComplaintThatNoLongerWaits_saysSoPolitely_andStoresNothing() {
    ComplaintScenario complaint = askedForInformation("en", "Your order number, please.");
    String token = tokens.issue(LinkPurpose.INFORMATION, complaint.reference(), 1);
    processEngine.getRuntimeService().correlateMessage(ProcessConstants.MESSAGE_COMPLAINT_WITHDRAWN, complaint.reference());

    HttpResponse<String> late = send(token, "Order 1.", List.of(new FilePart("files", "door.png", "image/png", TestFiles.png(3))));

    assertThat(late.statusCode()).isEqualTo(200);
    assertThat(late.body()).contains("no longer waits for this answer");
    assertThat(http.get("/customer/information?token=" + token).body()).contains("no longer waits for this answer");
  }

  @Test
  void theLinksOfARequestAndItsReminder_answerThatRequestOnly_notALaterOne() {
    // Given a request for information and its reminder, each mailed with its own link
    ComplaintScenario complaint = askedForInformation("en", "Which day did it break?");
    String requested = informationToken(lastMailTo(complaint));
    managementService.executeJob(managementService.createJobQuery().processInstanceId(complaint.instance.getId())
        .activityId("informationReminderDue").singleResult().getId());
    DueJobs.run(managementService, complaint.instance);
    ReceivedMail reminderMail = lastMailTo(complaint);
    String reminded = informationToken(reminderMail);
    assertThat(reminderMail.text()).contains("Which day did it break?");
    assertThat(requested).isNotEqualTo(reminded);

    // Then both links open the question, as the reminder belongs to the same request
    assertThat(http.get("/customer/information?token=" + reminded).body()).contains("Which day did it break?");
    assertThat(http.get("/customer/information?token=" + requested).body()).contains("Which day did it break?");

    // When the customer answers through the request's link, and the agent then asks something else
    assertThat(send(requested, "On Monday.", List.of()).statusCode()).isEqualTo(200);
    taskService.complete(complaint.task("gatherInformation").getId(), Variables.createVariables()
        .putValue(ProcessConstants.VAR_INFORMATION_COMPLETE, "askCustomer")
        .putValue(ProcessConstants.VAR_INFORMATION_REQUEST, "A photo of the <label>, please."));
    DueJobs.run(managementService, complaint.instance);
    assertThat(complaint.instance).isWaitingAt("awaitInformation");
    String second = informationToken(lastMailTo(complaint));

    // Then the unused reminder link of the first request says so politely, and shows nothing of the new question
    HttpResponse<String> old = http.get("/customer/information?token=" + reminded);
    assertThat(old.statusCode()).isEqualTo(200);
    assertThat(old.body()).contains("This question has already been answered, or we have since replaced it")
        .doesNotContain("label", "<textarea");
    HttpResponse<String> oldAnswer = send(reminded, "Here is a photo.", List.of(new FilePart("files", "label.png",
        "image/png", TestFiles.png(4))));
    assertThat(oldAnswer.statusCode()).isEqualTo(200);
    assertThat(oldAnswer.body()).contains("This question has already been answered, or we have since replaced it");
    assertThat(complaint.instance).isWaitingAt("awaitInformation");
    assertThat(attachments(complaint)).isEmpty();

    // And the new request's link takes the answer
    assertThat(http.get("/customer/information?token=" + second).body()).contains("A photo of the &lt;label&gt;, please.");
    assertThat(send(second, "Here it is.", List.of(new FilePart("files", "label.png", "image/png", TestFiles.png(4))))
        .body()).contains("We have received your answer.");
    assertThat(processEngine.getRuntimeService().getVariable(complaint.instance.getId(),
        ProcessConstants.VAR_INFORMATION_REPLY)).isEqualTo("Here it is.");
    assertThat(attachments(complaint)).hasSize(1);
  }

  @Test
  void aLinkWithoutARequestNumber_answersARequestMailedBeforeRequestsWereNumbered() {
    // Given a complaint that waits for information asked before this version numbered requests
    ComplaintScenario complaint = askedForInformation("en", "Your order number, please.");
    processEngine.getRuntimeService().removeVariable(complaint.instance.getId(),
        ProcessConstants.VAR_INFORMATION_REQUEST_NUMBER);

    // Then the link it was mailed then (no number) still takes the answer, and a numbered one is refused
    assertThat(http.get("/customer/information?token=" + tokens.issue(LinkPurpose.INFORMATION, complaint.reference(), 1))
        .body()).contains("This question has already been answered, or we have since replaced it");
    assertThat(send(tokens.issue(LinkPurpose.INFORMATION, complaint.reference()), "Order 4711.", List.of()).body())
        .contains("We have received your answer.");
  }

  private ReceivedMail lastMailTo(ComplaintScenario complaint) {
    Object email = processEngine.getRuntimeService().getVariable(complaint.instance.getId(), ProcessConstants.VAR_CUSTOMER_EMAIL);
    return java.util.Arrays.stream(mailServer.getReceivedMessages()).map(ReceivedMail::of)
        .filter(mail -> mail.recipient().getAddress().equals(email)).reduce((first, last) -> last).orElseThrow();
  }

  private static String informationToken(ReceivedMail mail) {
    Matcher token = Pattern.compile("/customer/information\\?token=([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)").matcher(mail.text());
    assertThat(token.find()).as(mail.text()).isTrue();
    return token.group(1);
  }

  private void assertNothingChanged(ComplaintScenario complaint) {
    assertThat(complaint.instance).isWaitingAt("awaitInformation");
    assertThat(attachments(complaint)).isEmpty();
  }

  private void assertFileRefused(String token, List<FilePart> files, String problem) {
    HttpResponse<String> response = send(token, "Tukaj je.", files);
    assertThat(response.statusCode()).as(problem).isEqualTo(400);
    assertThat(response.body()).contains("id=\"file-problems\"", problem, "<textarea", ">Tukaj je.</textarea>")
        .doesNotContain("<img", "<script");
  }

  private HttpResponse<String> send(String token, String reply, List<FilePart> files) {
    return http.postMultipart("/customer/information", null, null, Map.of("token", token, "reply", reply), files);
  }

  private List<Attachment> attachments(ComplaintScenario complaint) {
    return taskService.getProcessInstanceAttachments(complaint.instance.getId());
  }

  private ComplaintScenario askedForInformation(String language, String question) {
    ComplaintScenario complaint = ComplaintScenario.startAt("sendInformationRequestEmail", Variables.createVariables()
        .putValue(ProcessConstants.VAR_CUSTOMER_LANGUAGE, language)
        .putValue(ProcessConstants.VAR_INFORMATION_COMPLETE, "askCustomer")
        .putValue(ProcessConstants.VAR_INFORMATION_REQUEST, question), mailServer);
    DueJobs.run(managementService, complaint.instance);
    assertThat(complaint.instance).isWaitingAt("awaitInformation");
    return complaint;
  }
}
