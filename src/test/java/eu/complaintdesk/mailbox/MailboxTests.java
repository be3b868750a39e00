package eu.complaintdesk.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import jakarta.mail.internet.InternetAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * The demo mailbox over real HTTP, as a newcomer's browser uses it: the customer's mail arrives
 * there, only staff read it, and nothing inside a mail runs script on our origin. It logs in as the
 * demo users (agent anna, analyst alex, integration shop): users of its own would change the
 * groups other tests of the shared context count.
 */
@ComplaintDeskTest
class MailboxTests {

  private static final Pattern MAIL_LINK = Pattern.compile("href=\"/mailbox/(\\d+)\">([^<]*)</a>");

  @Autowired
  HttpTestClient http;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  ManagementService managementService;
  @Autowired
  JavaMailSender mailSender;

  @Test
  void aComplaintsAcknowledgement_isListedNewestFirst_andReadableAsTextAndHtml() throws Exception {
    // Given a complaint filed through the API, and its acknowledgement sent
    String email = "jana@mailbox-" + UUID.randomUUID() + ".example.org";
    String reference = fileComplaint(email);
    sendAnyMail("someone@example.org", "A later mail", "<p>older</p>");

    // When an agent opens the mailbox
    HttpResponse<String> list = http.get("/mailbox", "anna", "anna");

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
    HttpResponse<String> mail = http.get("/mailbox/" + number, "anna", "anna");
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
    HttpResponse<String> mail = http.get("/mailbox/" + number, "anna", "anna");

    // Then its HTML sits escaped in a sandbox that allows no script, under a policy without scripts
    assertThat(mail.body()).doesNotContain("<script>").contains("&lt;script&gt;alert(document.cookie)")
        .contains("sandbox=\"allow-popups allow-popups-to-escape-sandbox\"")
        .doesNotContain("allow-scripts", "allow-same-origin");
    assertThat(mail.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
        assertThat(policy).contains("default-src 'none'").doesNotContain("script-src"));
  }

  @Test
  void aNoticeToStaff_isMarkedAsSuch() {
    // Given a mail to a colleague's address in Admin (the demo agent's)
    sendAnyMail("anna@complaint-desk.local", "Deadline close", "<p>Hurry</p>");

    // When the mailbox lists it, then its row says it is a staff notice
    String list = http.get("/mailbox", "anna", "anna").body();
    String row = list.substring(list.indexOf("anna@complaint-desk.local"), list.indexOf("Deadline close"));
    assertThat(row).contains("staff notice");
  }

  @Test
  void aRecipientsName_readsAsTheCustomerWroteIt_notAsItsEncodedHeader() {
    // Given a mail to a Slovenian customer whose name needs more than ASCII
    String address = "spela@mailbox-" + UUID.randomUUID() + ".example.si";
    mailSender.send(message -> {
      MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
      helper.setFrom("complaints@complaint-desk.local");
      helper.setTo(new InternetAddress(address, "Špela Žagar", StandardCharsets.UTF_8.name()));
      helper.setSubject("Vaša pritožba");
      helper.setText("besedilo", "<p>besedilo</p>");
    });

    // When the mailbox lists it, then the name is the one she knows, not =?UTF-8?Q?=C5=A0pela...
    String list = http.get("/mailbox", "anna", "anna").body();
    assertThat(list).contains("Špela Žagar &lt;" + address + "&gt;").doesNotContain("=?UTF-8?");
  }

  @Test
  void onlyStaffGetIn() {
    HttpResponse<String> anonymous = http.get("/mailbox");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
        header -> assertThat(header).startsWith("Basic "));
    assertThat(http.get("/mailbox", "shop", "shop").statusCode()).isEqualTo(403);
    assertThat(http.get("/mailbox/1", "alex", "alex").statusCode()).isEqualTo(403);
    assertThat(http.get("/mailbox/999999", "anna", "anna").statusCode()).isEqualTo(404);
    // A user nobody has: a wrong password would lock a real one for a while
    assertThat(http.get("/mailbox", "nobody", "wrong").statusCode()).isEqualTo(401);
  }

  private String fileComplaint(String email) throws Exception {
    return AcknowledgedComplaints.file(http, runtimeService, managementService, email);
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
    Matcher link = MAIL_LINK.matcher(http.get("/mailbox", "anna", "anna").body());
    while (link.find()) {
      if (link.group(2).equals(subject)) {
        return link.group(1);
      }
    }
    throw new AssertionError("No mail '" + subject + "' in the mailbox");
  }
}
