package eu.complaintdesk.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import eu.complaintdesk.ProcessConstants;
import eu.complaintdesk.mailbox.AcknowledgedComplaints;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo mailbox's Reply button over real HTTP: the customer's reply goes over SMTP into the
 * complaints mailbox, quoting the original like a mail program, and the inbox takes it to the
 * complaint with the quoted history left out. Only the mailbox's own page can post a reply.
 */
@ComplaintDeskTest
class MailboxReplyTests {

  private static final Pattern MAIL_LINK = Pattern.compile("href=\"/mailbox/(\\d+)\">([^<]*)</a>");
  private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([0-9a-f]+)\"");

  @Autowired
  HttpTestClient http;
  @Autowired
  GreenMail server;
  @Autowired
  InboxPoller poller;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  ManagementService managementService;
  @Autowired
  TaskService taskService;

  private String reference;

  @BeforeEach
  void emptyMailbox() {
    new ComplaintsMailbox(server).empty();
  }

  @AfterEach
  void discard() {
    runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).list()
        .forEach(complaint -> runtimeService.deleteProcessInstance(complaint.getId(), "test over"));
  }

  @Test
  void theCustomersReply_fromTheMailbox_reachesTheComplaint_withoutTheQuotedMail() throws Exception {
    // Given the acknowledgement of a complaint in the mailbox
    String email = "jana-" + UUID.randomUUID() + "@mailbox-reply.example";
    reference = fileComplaint(email);
    String number = numberOf(reference);
    String page = http.get("/mailbox/" + number, "anna", "anna").body();
    assertThat(page).contains("Reply as the customer", "action=\"/mailbox/" + number + "/reply\"");
    Matcher token = TOKEN.matcher(page);
    assertThat(token.find()).isTrue();

    // When the newcomer replies as the customer
    HttpResponse<String> sent = http.post("/mailbox/" + number + "/reply", "anna", "anna",
        "application/x-www-form-urlencoded", "token=" + token.group(1) + "&messageId=" + messageIdOf(page) + "&text="
            + URLEncoder.encode("I also have a photo of the receipt.", StandardCharsets.UTF_8));

    // Then the reply went into the complaints mailbox as a mail program writes it
    assertThat(sent.statusCode()).isEqualTo(302);
    assertThat(new ComplaintsMailbox(server).subjects("INBOX")).singleElement()
        .satisfies(subject -> assertThat(subject).startsWith("Re: ").contains(reference));

    // And the inbox gives the agent the customer's new words only
    poller.poll();
    String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
        .singleResult().getId();
    Task read = taskService.createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(ProcessConstants.TASK_READ_CUSTOMER_MESSAGE).singleResult();
    assertThat(taskService.getVariable(read.getId(), "messageText")).isEqualTo("I also have a photo of the receipt.");
    assertThat((String) taskService.getVariable(read.getId(), "messageFrom")).contains(email);
  }

  @Test
  void aReplyWithoutTheFormsToken_isRefused_andNothingIsSent() throws Exception {
    reference = fileComplaint("jana-" + UUID.randomUUID() + "@mailbox-reply.example");
    String number = numberOf(reference);

    HttpResponse<String> forged = http.post("/mailbox/" + number + "/reply", "anna", "anna",
        "application/x-www-form-urlencoded", "token=0000&text=Option+2");
    HttpResponse<String> empty = http.post("/mailbox/" + number + "/reply", "anna", "anna",
        "application/x-www-form-urlencoded", "token=" + tokenOf(number) + "&messageId=" + messageIdOf(http.get(
            "/mailbox/" + number, "anna", "anna").body()) + "&text=+");
    HttpResponse<String> otherMail = http.post("/mailbox/" + number + "/reply", "anna", "anna",
        "application/x-www-form-urlencoded", "token=" + tokenOf(number) + "&messageId=%3Cother%40x%3E&text=Hi");

    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(otherMail.statusCode()).isEqualTo(409);
    assertThat(new ComplaintsMailbox(server).subjects("INBOX")).isEmpty();
  }

  private static String messageIdOf(String page) {
    Matcher id = Pattern.compile("name=\"messageId\" value=\"([^\"]+)\"").matcher(page);
    assertThat(id.find()).isTrue();
    return URLEncoder.encode(id.group(1).replace("&lt;", "<").replace("&gt;", ">"), StandardCharsets.UTF_8);
  }

  private String tokenOf(String number) {
    Matcher token = TOKEN.matcher(http.get("/mailbox/" + number, "anna", "anna").body());
    assertThat(token.find()).isTrue();
    return token.group(1);
  }

  private String fileComplaint(String email) throws Exception {
    return AcknowledgedComplaints.file(http, runtimeService, managementService, email);
  }

  private String numberOf(String subjectPart) {
    Matcher link = MAIL_LINK.matcher(http.get("/mailbox", "anna", "anna").body());
    while (link.find()) {
      if (link.group(2).contains(subjectPart)) {
        return link.group(1);
      }
    }
    throw new AssertionError("No mail about " + subjectPart + " in the mailbox");
  }
}
