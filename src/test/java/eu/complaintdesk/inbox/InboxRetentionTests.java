package eu.complaintdesk.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.complaint.ComplaintScenario;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The inbox's part of the retention period on the embedded IMAP server and the real database: the
 * mails filed before the cutoff go from the processed and quarantine folders, later ones stay; the
 * inbox's record of a mail stays while its complaint's history does.
 */
@ComplaintDeskTest
class InboxRetentionTests {

  @Autowired
  InboxRetention retention;
  @Autowired
  GreenMail server;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  DataSource dataSource;

  private ComplaintsMailbox mailbox;

  @BeforeEach
  void emptyMailbox() {
    mailbox = new ComplaintsMailbox(server);
    mailbox.empty();
  }

  @AfterEach
  void cleanUp() {
    mailbox.empty();
  }

  @Test
  void mailsAndRecords_olderThanThePeriod_go_theOthersStay() throws Exception {
    Instant now = Instant.now();
    Instant cutoff = now.atOffset(ZoneOffset.UTC).minusYears(3).toInstant();
    // Given filed mails from before the cutoff and after it
    mailbox.file("Processed", TestMails.text("old@example.org", "Old reply", "Thanks", "UTF-8", null),
        Date.from(cutoff.minus(Duration.ofDays(2))));
    mailbox.file("Processed", TestMails.text("new@example.org", "Recent reply", "Thanks", "UTF-8", null),
        Date.from(cutoff.plus(Duration.ofDays(2))));
    mailbox.file("Quarantine", TestMails.text("spam@example.org", "Old spam", "Buy", "UTF-8", null),
        Date.from(cutoff.minus(Duration.ofDays(400))));
    // and the inbox's records: of no complaint, old and recent; of a complaint that is gone; of one that is there
    String reference = ComplaintScenario.start(ComplaintScenario.intake("kept-" + UUID.randomUUID() + "@example.org"),
        server).reference();
    String oldLoose = record(null, cutoff.minus(Duration.ofDays(1)));
    String recentLoose = record(null, cutoff.plus(Duration.ofDays(1)));
    String ofGoneComplaint = record("CMP-2019-000001", now);
    String ofKeptComplaint = record(reference, cutoff.minus(Duration.ofDays(30)));

    // When the retention cleans the inbox
    InboxRetention.Cleaned cleaned = retention.clean(cutoff);

    // Then the old mails and the records without a complaint to follow are gone
    assertThat(mailbox.subjects("Processed")).containsExactly("Recent reply");
    assertThat(mailbox.subjects("Quarantine")).isEmpty();
    assertThat(cleaned.storedMails()).isEqualTo(2);
    assertThat(records(List.of(oldLoose, recentLoose, ofGoneComplaint, ofKeptComplaint)))
        .containsExactlyInAnyOrder(recentLoose, ofKeptComplaint);
    runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).list()
        .forEach(complaint -> runtimeService.deleteProcessInstance(complaint.getId(), "test over"));
  }

  private String record(String reference, Instant processedAt) {
    String key = "retention-" + UUID.randomUUID();
    new JdbcTemplate(dataSource).update("INSERT INTO inbox_mail (mail_key, outcome, reference, processed_at)"
        + " VALUES (?, ?, ?, ?)", key, "toAgent:unclear", reference, Timestamp.from(processedAt));
    return key;
  }

  private List<String> records(List<String> keys) {
    return new JdbcTemplate(dataSource).queryForList("SELECT mail_key FROM inbox_mail WHERE mail_key IN ("
        + String.join(",", keys.stream().map(key -> "?").toList()) + ")", String.class, keys.toArray());
  }
}
