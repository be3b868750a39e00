package eu.complaintdesk.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import eu.complaintdesk.ProcessConstants;
import eu.complaintdesk.complaint.ComplaintScenario;
import eu.complaintdesk.quality.Scrape;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What each mail did, in {@code complaintdesk_inbound_mails_total} as a manager's Prometheus reads
 * it: one poll of six real mails, each outcome counted once, a mail whose effect was rolled back
 * (a new complaint with a file we refuse) counted as quarantined and not as a new complaint. The
 * shared application's other tests read mails too, so each figure is what these mails added.
 */
@ComplaintDeskTest
class InboxMetricsTests {

  static final String SENDERS = "inbox-metrics.example";
  private static final String METRIC = "complaintdesk_inbound_mails_total";

  @Autowired
  GreenMail server;
  @Autowired
  InboxPoller poller;
  @Autowired
  HttpTestClient http;
  @Autowired
  RuntimeService runtimeService;

  private ComplaintsMailbox mailbox;
  private final String run = UUID.randomUUID().toString();

  @BeforeEach
  void emptyMailbox() {
    mailbox = new ComplaintsMailbox(server);
    mailbox.empty();
  }

  @AfterEach
  void endWhatTheMailsStarted() {
    ComplaintsMailbox.endWhatMailsStarted(runtimeService, SENDERS);
  }

  @Test
  void eachMail_countsOnce_byWhatItDid_afterItsTransactionCommitted() throws Exception {
    // Given the figures as they are, and a complaint that waits for the customer's choice
    String customer = "choosing-" + run + "@" + SENDERS;
    ComplaintScenario choosing = ComplaintScenario.startAt("discussSolutions", Variables.createVariables()
        .putValue(ProcessConstants.VAR_CUSTOMER_EMAIL, customer)
        .putValue("option1Type", "refund").putValue("option1Amount", 50.0)
        .putValue("option1Description", "A refund of 50 EUR."), server);
    Scrape before = scrape();

    // When the inbox reads two new complaints, an auto-reply, an unclear choice, a mail about a
    // complaint we do not know, and a new complaint whose file we refuse
    mailbox.deliver(TestMails.text("new1-" + run + "@" + SENDERS, "Broken kettle", "My kettle broke.", "UTF-8", null));
    mailbox.deliver(TestMails.text("new2-" + run + "@" + SENDERS, "Pokvarjen grelnik",
        "Spoštovani, moj grelnik vode ne deluje več.", "windows-1250", null));
    var away = TestMails.text("away-" + run + "@" + SENDERS, "Out of office", "I am away.", "UTF-8", null);
    away.setHeader("Auto-Submitted", "auto-replied");
    away.saveChanges();
    mailbox.deliver(away);
    mailbox.deliver(TestMails.text(customer, "Re: " + choosing.reference(), "Hmm, I cannot decide.", "UTF-8",
        "<" + choosing.reference() + ".solution-options.1@" + InboundRepliesTests.OUR_DOMAIN + ">"));
    mailbox.deliver(TestMails.text("stranger-" + run + "@" + SENDERS, "Re: CMP-1999-999999", "Any news?", "UTF-8",
        "<CMP-1999-999999.acknowledgement.1@" + InboundRepliesTests.OUR_DOMAIN + ">"));
    mailbox.deliver(TestMails.withFiles("refused-" + run + "@" + SENDERS, "My invoice", "Here it is.", null,
        Map.of("invoice.pdf", "not a PDF at all".getBytes(StandardCharsets.UTF_8))));
    int dealtWith = poller.poll();

    // Then each outcome was counted exactly once, and the refused complaint only as quarantined
    Scrape after = scrape();
    assertThat(dealtWith).isEqualTo(6);
    assertThat(added(before, after, "outcome", "newComplaint")).as("new complaints").isEqualTo(2);
    assertThat(added(before, after, "outcome", "automatic")).as("automatic").isEqualTo(1);
    assertThat(added(before, after, "outcome", "toAgent:" + ProcessConstants.MAIL_REASON_UNCLEAR))
        .as("unclear, to an agent").isEqualTo(1);
    assertThat(added(before, after, "outcome", "quarantined")).as("quarantined").isEqualTo(2);
    assertThat(added(before, after)).as("all mails").isEqualTo(6);
    assertThat(after.describes(METRIC, "counter")).isTrue();
    assertThat(mailbox.subjects("Quarantine")).containsExactlyInAnyOrder("Re: CMP-1999-999999", "My invoice");

    // And reading the emptied mailbox again counts nothing
    poller.poll();
    assertThat(added(before, scrape())).isEqualTo(6);
  }

  private Scrape scrape() {
    var response = http.get("/actuator/prometheus", "metrics", "metrics");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return new Scrape(response.body());
  }

  private static double added(Scrape before, Scrape after, String... labels) {
    return after.value(METRIC, labels) - before.value(METRIC, labels);
  }
}
