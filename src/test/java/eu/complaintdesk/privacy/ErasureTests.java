package eu.complaintdesk.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import eu.complaintdesk.ProcessConstants;
import eu.complaintdesk.complaint.ComplaintScenario;
import eu.complaintdesk.quality.ReportTable;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The right to be forgotten, proved as a data-protection officer would check it: after the
 * erasure, a search of every text and binary column of every table of the database (the engine's
 * runtime and history, ours) finds none of the person's name, e-mail address, phone, account and
 * a phrase of their complaint, the mailbox holds none of their mails, and the statistical record
 * (the reporting row of the quality figures) is what it was.
 */
@ComplaintDeskTest
class ErasureTests {

  @Autowired
  Erasures erasures;
  @Autowired
  HistoryService historyService;
  @Autowired
  TaskService taskService;
  @Autowired
  GreenMail mailServer;
  @Autowired
  DataSource dataSource;
  @Autowired
  HttpTestClient http;
  @Value("${complaint-desk.inbox.port}")
  int imapPort;

  @Test
  void afterTheErasure_noTableHoldsThePersonsData_andTheFiguresStay() throws Exception {
    // Given a complaint of a person whose data is everywhere: the start, a correction, a comment, a
    // file, the mails sent, a mail received (its record and its copy in the mailbox)
    String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    String letters = unique.replaceAll("[0-9]", "").toLowerCase(Locale.ROOT) + "qz";
    String name = "Radoslava Erazm" + letters;
    String email = "radoslava." + unique + "@example.org";
    String phone = "+359 2 " + Math.abs(unique.hashCode() % 9_000_000 + 1_000_000);
    String account = "BG80-" + unique.toUpperCase(Locale.ROOT);
    String phrase = "the blue kettle " + letters + " melted";
    ComplaintScenario complaint = ComplaintScenario.start(ComplaintScenario.intake(email)
        .putValue(ProcessConstants.VAR_CUSTOMER_NAME, name)
        .putValue(ProcessConstants.VAR_CUSTOMER_PHONE, phone)
        .putValue(ProcessConstants.VAR_SUMMARY, "On Monday " + phrase + " on the stove."), mailServer).runAsyncJobs();
    String id = complaint.instance.getId();
    String reference = complaint.reference();
    Task listen = complaint.task(ProcessConstants.ACTIVITY_LISTEN_TO_CUSTOMER);
    taskService.createComment(listen.getId(), id, "Called " + name + " on " + phone + ": " + phrase);
    taskService.createAttachment("image/png", null, id, name + ".png", "photo: " + phrase,
        new ByteArrayInputStream(phrase.getBytes(StandardCharsets.UTF_8)));
    taskService.complete(listen.getId(), Map.of(ProcessConstants.VAR_CUSTOMER_ACCOUNT, account,
        ProcessConstants.VAR_CUSTOMER_NAME, name + " Petrova"));
    new JdbcTemplate(dataSource).update("INSERT INTO inbox_mail (mail_key, message_id, sender, subject, outcome,"
        + " reference, processed_at) VALUES (?, ?, ?, ?, ?, ?, ?)", "erasure-" + unique, "<" + unique + "@mail>",
        name + " <" + email + ">", "Re: " + phrase, "toAgent:unclear", reference, Timestamp.from(Instant.now()));
    fileInMailbox(email, "Re: " + reference + " " + phrase);
    // (the search finds each of them before: it can fail)
    for (String value : List.of(name, email, phone, account, phrase)) {
      assertThat(tablesHolding(value)).as("columns holding '%s' before the erasure", value).isNotEmpty();
    }
    assertThat(mailsFrom(email)).isOne();

    // When a data-protection officer asks for the erasure, by the address as the person writes it
    var requested = http.post("/api/privacy/erasures?email=" + email.toUpperCase(Locale.ROOT), "dora", "dora",
        "application/x-www-form-urlencoded", "");
    assertThat(requested.statusCode()).as(requested.body()).isEqualTo(202);
    var records = new com.fasterxml.jackson.databind.ObjectMapper().readTree(requested.body());
    assertThat(records).hasSize(1);
    assertThat(records.get(0).path("reference").asText()).isEqualTo(reference);
    assertThat(records.get(0).path("status").asText()).isEqualTo(Erasures.PENDING);
    assertThat(records.get(0).path("requestedBy").asText()).isEqualTo("dora");
    // the running complaint is withdrawn and the customer told, before anything is erased
    complaint.runAsyncJobs();
    assertThat(Arrays.stream(mailServer.getReceivedMessagesForDomain(email))
        .map(ErasureTests::subject)).anySatisfy(subject -> assertThat(subject).containsIgnoringCase("withdraw"));
    List<Map<String, Object>> reportBefore = reportRow(reference);
    assertThat(reportBefore).singleElement().satisfies(row -> assertThat(row).containsEntry("status", "withdrawn"));
    String figuresBefore = figures();
    assertThat(erasures.completePending()).isEqualTo(1);

    // Then nothing of the person is left in any table
    for (String value : List.of(name, email, phone, account, phrase)) {
      assertThat(tablesHolding(value)).as("columns holding '%s'", value).isEmpty();
    }
    // nor in the mailbox
    assertThat(mailsFrom(email)).isZero();
    // the erasure is on record without the erased data, and the history still reads
    var record = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
        http.get("/api/privacy/complaints/" + reference + "/erasures", "dora", "dora").body());
    assertThat(record).hasSize(1);
    assertThat(record.get(0).path("status").asText()).isEqualTo(Erasures.ERASED);
    assertThat(record.get(0).path("requestedBy").asText()).isEqualTo("dora");
    assertThat(record.get(0).path("erasedAt").asText()).isNotBlank();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(id).list())
        .extracting(HistoricVariableInstance::getName, HistoricVariableInstance::getValue)
        .contains(org.assertj.core.groups.Tuple.tuple(ProcessConstants.VAR_CUSTOMER_NAME, PersonalData.PLACEHOLDER),
            org.assertj.core.groups.Tuple.tuple(ProcessConstants.VAR_COMPLAINT_TYPE, "serviceQuality"));
    // and the statistical record is what it was: its row, and the dashboard's figures
    assertThat(reportRow(reference)).isEqualTo(reportBefore);
    assertThat(figures()).isEqualTo(figuresBefore);
  }

  /** The quality figures of the last 30 days by agent, as a manager reads them. */
  private String figures() {
    var response = http.get("/api/quality/figures?by=agent", "mary", "mary");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"received\"");
    return response.body();
  }

  /** Every text or binary column of every table of our schema that holds the value, ignoring case. */
  private List<String> tablesHolding(String value) throws SQLException {
    List<String> found = new ArrayList<>();
    String needle = value.toLowerCase(Locale.ROOT);
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      List<String[]> columns = new ArrayList<>();
      try (ResultSet rs = meta.getColumns(null, connection.getSchema(), "%", "%")) {
        while (rs.next()) {
          columns.add(new String[] {rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME"),
              Integer.toString(rs.getInt("DATA_TYPE"))});
        }
      }
      JdbcTemplate jdbc = new JdbcTemplate(dataSource);
      for (String[] column : columns) {
        String table = '"' + column[0] + '"';
        String name = '"' + column[1] + '"';
        int type = Integer.parseInt(column[2]);
        if (Set.of(Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.CLOB, Types.NVARCHAR).contains(type)) {
          Long hits = jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE LOWER(" + name + ") LIKE ?",
              Long.class, "%" + needle + "%");
          if (hits != null && hits > 0) {
            found.add(column[0] + "." + column[1]);
          }
        } else if (Set.of(Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB).contains(type)) {
          boolean hit = jdbc.query("SELECT " + name + " FROM " + table + " WHERE " + name + " IS NOT NULL",
              (rs, n) -> rs.getBytes(1)).stream().anyMatch(stored -> contains(stored, bytes)
                  || contains(stored, needle.getBytes(StandardCharsets.UTF_8)));
          if (hit) {
            found.add(column[0] + "." + column[1]);
          }
        }
      }
    }
    return found;
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    return new String(haystack, StandardCharsets.ISO_8859_1).contains(new String(needle, StandardCharsets.ISO_8859_1));
  }

  private List<Map<String, Object>> reportRow(String reference) {
    return new JdbcTemplate(dataSource).queryForList("SELECT * FROM " + ReportTable.TABLE + " WHERE reference = ?",
        reference);
  }

  /** A mail of the person, already read by the inbox and filed in the processed folder (over IMAP). */
  private void fileInMailbox(String from, String subject) throws Exception {
    try (Store store = imap()) {
      Folder processed = store.getFolder("Processed");
      if (!processed.exists()) {
        processed.create(Folder.HOLDS_MESSAGES);
      }
      MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()));
      mail.setFrom(new InternetAddress(from));
      mail.setSubject(subject, "UTF-8");
      mail.setText("Hello", "UTF-8");
      mail.setFlag(Flags.Flag.SEEN, true);
      processed.appendMessages(new Message[] {mail});
    }
  }

  private int mailsFrom(String from) throws Exception {
    try (Store store = imap()) {
      Folder processed = store.getFolder("Processed");
      processed.open(Folder.READ_ONLY);
      try {
        return processed.search(new jakarta.mail.search.FromStringTerm(from)).length;
      } finally {
        processed.close(false);
      }
    }
  }

  private Store imap() throws Exception {
    // A test of the shared context that restarted the server has made it forget its users.
    if (mailServer.getUserManager().getUserByEmail("complaints@complaint-desk.local") == null) {
      mailServer.setUser("complaints@complaint-desk.local", "complaints@complaint-desk.local", "complaints");
    }
    Store store = Session.getInstance(new Properties()).getStore("imap");
    store.connect("127.0.0.1", imapPort, "complaints@complaint-desk.local", "complaints");
    return store;
  }

  private static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      return "";
    }
  }
}
