package eu.complaintdesk.mailbox;

import static eu.complaintdesk.ProcessConstants.GROUP_AGENTS;
import static eu.complaintdesk.ProcessConstants.GROUP_ANALYSTS;
import static eu.complaintdesk.ProcessConstants.GROUP_INTAKE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * The demo mailbox over real HTTP, as a newcomer's browser uses it: the customer's mail arrives
 * there, only staff read it, and nothing inside a mail runs script on our origin.
 */
@ComplaintDeskTest
class MailboxTests {

  private static final Pattern MAIL_LINK = Pattern.compile("href=\"/mailbox/(\\d+)\">([^<]*)</a>");

  @Autowired
  HttpTestClient http;
  @Autowired
  IdentityService identityService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  ManagementService managementService;
  @Autowired
  JavaMailSender mailSender;

  @BeforeEach
  void createUsers() {
    user("mailboxagent", GROUP_AGENTS);
    user("mailboxguess", GROUP_AGENTS);
    user("mailboxanalyst", GROUP_ANALYSTS);
    user("mailboxshop", GROUP_INTAKE);
  }

  @Test
  void aComplaintsAcknowledgement_isListedNewestFirst_andReadableAsTextAndHtml() throws Exception {
    // Given a complaint filed through the API, and its acknowledgement sent
    String email = "jana@mailbox-" + UUID.randomUUID() + ".example.org";
    String reference = fileComplaint(email);
    sendAnyMail("someone@example.org", "A later mail", "<p>older</p>");

    // When an agent opens the mailbox
    HttpResponse<String> list = http.get("/mailbox", "mailboxagent", "mailboxagent");

    // Then the acknowledgement is there, with its subject, recipient and language, the newest
    // mail first
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains(email, "<td>en</td>");
    Matcher first = MAIL_LINK.matcher(list.body());
    assertThat(first.find()).isTrue();
    assertThat(first.group(2)).isEqualTo("A later mail");
    Matcher acknowledgement = MAIL_LINK.matcher(list.body());
    String number = null;
    while (acknowledgement.find()) {
      if (acknowledgement.group(2).contains(reference)) {
        number = acknowledgement.group(1);
      }
    }
    assertThat(number).as("the acknowledgement in the list").isNotNull();

    // And its own page shows the headers, the plain text and the HTML as the customer got them
    HttpResponse<String> mail = http.get("/mailbox/" + number, "mailboxagent", "mailboxagent");
    assertThat(mail.statusCode()).isEqualTo(200);
    assertThat(mail.body()).contains(reference, email, "Message-ID", "Content-Language", "<pre>", "<iframe",
        "srcdoc=\"&lt;base target=&quot;_blank&quot;&gt;");
  }

  @Test
  void aMailsScript_cannotRunOnOurOrigin() {
    // Given a mail whose HTML holds a script
    sendAnyMail("eve@example.org", "Scripted", "<p>Hi</p><script>alert(document.cookie)</script>");
    String number = numberOf("Scripted");

    // When it is opened
    HttpResponse<String> mail = http.get("/mailbox/" + number, "mailboxagent", "mailboxagent");

    // Then its HTML sits escaped in a sandbox that allows no script, under a policy without scripts
    assertThat(mail.body()).doesNotContain("<script>").contains("&lt;script&gt;alert(document.cookie)")
        .contains("sandbox=\"allow-popups allow-popups-to-escape-sandbox\"")
        .doesNotContain("allow-scripts", "allow-same-origin");
    assertThat(mail.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
        assertThat(policy).contains("default-src 'none'").doesNotContain("script-src"));
  }

  @Test
  void aNoticeToStaff_isMarkedAsSuch() {
    // Given a colleague's address in Admin, and a mail to it
    User colleague = identityService.createUserQuery().userId("mailboxagent").singleResult();
    colleague.setEmail("mailboxagent@complaint-desk.local");
    identityService.saveUser(colleague);
    sendAnyMail("mailboxagent@complaint-desk.local", "Deadline close", "<p>Hurry</p>");

    // When the mailbox lists it, then its row says it is a staff notice
    String list = http.get("/mailbox", "mailboxagent", "mailboxagent").body();
    String row = list.substring(list.indexOf("mailboxagent@complaint-desk.local"), list.indexOf("Deadline close"));
    assertThat(row).contains("staff notice");
  }

  @Test
  void onlyStaffGetIn() {
    HttpResponse<String> anonymous = http.get("/mailbox");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
        header -> assertThat(header).startsWith("Basic "));
    assertThat(http.get("/mailbox", "mailboxshop", "mailboxshop").statusCode()).isEqualTo(403);
    assertThat(http.get("/mailbox/1", "mailboxanalyst", "mailboxanalyst").statusCode()).isEqualTo(403);
    assertThat(http.get("/mailbox/999999", "mailboxagent", "mailboxagent").statusCode()).isEqualTo(404);
    // Last and with a user of its own: the engine locks a user for a while after a wrong password
    assertThat(http.get("/mailbox", "mailboxguess", "wrong").statusCode()).isEqualTo(401);
  }

  private String fileComplaint(String email) throws Exception {
    HttpResponse<String> response = http.postJson("/api/complaints", "mailboxshop", "mailboxshop", """
        {"name": "Jana Novak", "email": "%s", "language": "en", "type": "product", "severity": "high",
         "customerTier": "standard", "summary": "The kettle broke after two days."}
        """.formatted(email));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    String reference = new ObjectMapper().readTree(response.body()).path("reference").asText();
    String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
        .singleResult().getId();
    managementService.executeJob(managementService.createJobQuery().processInstanceId(instance)
        .activityId("sendAcknowledgementEmail").singleResult().getId());
    return reference;
  }

  private void sendAnyMail(String to, String subject, String html) {
    mailSender.send(message -> {
      MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
      helper.setFrom("complaints@complaint-desk.local");
      helper.setTo(to);
      helper.setSubject(subject);
      helper.setText("text of " + subject, html);
    });
  }

  private String numberOf(String subject) {
    Matcher link = MAIL_LINK.matcher(http.get("/mailbox", "mailboxagent", "mailboxagent").body());
    while (link.find()) {
      if (link.group(2).equals(subject)) {
        return link.group(1);
      }
    }
    throw new AssertionError("No mail '" + subject + "' in the mailbox");
  }

  private void user(String id, String group) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setPassword(id);
      identityService.saveUser(user);
      identityService.createMembership(id, group);
    }
  }
}
