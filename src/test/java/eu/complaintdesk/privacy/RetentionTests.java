package eu.complaintdesk.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.ProcessConstants;
import eu.complaintdesk.communication.CommunicationLog;
import eu.complaintdesk.complaint.ComplaintScenario;
import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The retention period against the real database and engine: the history time to live of every
 * definition is the setting, and an ended complaint is kept whole for the period and then goes from
 * the engine's history (variables and their earlier values, steps, tasks, decisions, attachments)
 * and from our tables, by the engine's history cleanup and our daily cleanup.
 */
@ComplaintDeskTest
class RetentionTests {

  /** {@code P3Y}, the default, in the engine's whole days. */
  private static final int THREE_YEARS = 1096;

  @Autowired
  RepositoryService repositoryService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  HistoryService historyService;
  @Autowired
  ManagementService managementService;
  @Autowired
  TaskService taskService;
  @Autowired
  RetentionCleanup retentionCleanup;
  @Autowired
  CommunicationLog communicationLog;
  @Autowired
  GreenMail mailServer;
  @Autowired
  DataSource dataSource;
  @Autowired
  PersonalDataAccess accessLog;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void thePeriodInWholeDays_isNeverShorterThanThePeriod() {
    assertThat(Retention.days(Period.ofYears(3))).isEqualTo(THREE_YEARS);
    assertThat(Retention.days(Period.ofYears(1))).isEqualTo(366);
    assertThat(Retention.days(Period.ofDays(30))).isEqualTo(30);
    assertThat(Retention.days(Period.parse("P1Y6M"))).isEqualTo(547);
    assertThatThrownBy(() -> Retention.days(Period.ZERO)).hasMessageContaining("must be positive");
  }

  @Test
  void everyProcessAndDecision_keepsItsHistoryForThePeriod() {
    for (String key : new String[] {ProcessConstants.PROCESS_COMPLAINT_HANDLING,
        ProcessConstants.PROCESS_QUARANTINED_MAIL, ProcessConstants.PROCESS_RECORD_CUSTOMER_CALL}) {
      assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
          .singleResult().getHistoryTimeToLive()).as(key).isEqualTo(THREE_YEARS);
    }
    for (String key : new String[] {ProcessConstants.DECISION_TRIAGE,
        ProcessConstants.DECISION_COMPENSATION_AUTHORITY}) {
      assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(key).latestVersion()
          .singleResult().getHistoryTimeToLive()).as(key).isEqualTo(THREE_YEARS);
    }
  }

  @Test
  void anEndedComplaint_isKeptForThePeriod_thenGoesFromTheHistoryAndOurTables() {
    // Given a complaint with an attachment, a mail sent, a mail received by the inbox, a decision and a read,
    // withdrawn (and so ended) today
    ComplaintScenario complaint = ComplaintScenario.start(
        ComplaintScenario.intake("retention-" + UUID.randomUUID() + "@example.org"), mailServer).runAsyncJobs();
    String id = complaint.instance.getId();
    String reference = complaint.reference();
    String attachment = taskService.createAttachment("image/png", null, id, "photo.png", "the broken kettle",
        new ByteArrayInputStream(new byte[] {1, 2, 3})).getId();
    String content = jdbc().queryForObject("SELECT CONTENT_ID_ FROM ACT_HI_ATTACHMENT WHERE ID_ = ?", String.class,
        attachment);
    String mailKey = "retention-" + UUID.randomUUID();
    jdbc().update("INSERT INTO inbox_mail (mail_key, outcome, reference, processed_at) VALUES (?, ?, ?, ?)", mailKey,
        "CustomerFeedbackReceived", reference, Timestamp.from(Instant.now()));
    accessLog.read("mary", PersonalDataAccess.TIMELINE, reference);
    runtimeService.createMessageCorrelation(ProcessConstants.MESSAGE_COMPLAINT_WITHDRAWN)
        .processInstanceBusinessKey(reference)
        .setVariable(ProcessConstants.VAR_WITHDRAWAL_REASON, "Sorted it out myself.").correlate();
    complaint.runAsyncJobs();
    HistoricProcessInstance ended = historyService.createHistoricProcessInstanceQuery().processInstanceId(id)
        .singleResult();
    assertThat(ended.getEndTime()).as("ended").isNotNull();
    assertThat(ended.getRemovalTime()).isEqualTo(plusDays(ended.getEndTime(), THREE_YEARS));
    assertThat(recordOf(id, reference, mailKey, attachment, content)).allSatisfy((what, rows) ->
        assertThat(rows).as(what).isPositive());

    // When the cleanups run a day before the period is over, everything stays
    cleanUpAt(plusDays(ended.getEndTime(), THREE_YEARS - 1));
    assertThat(recordOf(id, reference, mailKey, attachment, content)).allSatisfy((what, rows) ->
        assertThat(rows).as(what).isPositive());

    // When they run the day after, nothing of the complaint is left
    cleanUpAt(plusDays(ended.getEndTime(), THREE_YEARS + 1));
    assertThat(recordOf(id, reference, mailKey, attachment, content)).allSatisfy((what, rows) ->
        assertThat(rows).as(what).isZero());
  }

  /** The engine's history cleanup (as its window would run it, until it finds nothing), then ours. */
  private void cleanUpAt(Date when) {
    ClockUtil.setCurrentTime(when);
    // Earlier tests' ended complaints share the database: the cleanup deletes in batches, table by
    // table, so it runs until a run removes nothing more from any of the history's tables.
    String before = null;
    for (int run = 0; run < 500 && !historyRows().equals(before); run++) {
      before = historyRows();
      Job job = historyService.cleanUpHistoryAsync(true);
      managementService.executeJob(job.getId());
    }
    retentionCleanup.clean();
  }

  /** How many rows the history's tables hold in all, as one text to compare. */
  private String historyRows() {
    return jdbc().queryForObject("SELECT (SELECT COUNT(*) FROM ACT_HI_PROCINST) || ',' || (SELECT COUNT(*) FROM"
        + " ACT_HI_VARINST) || ',' || (SELECT COUNT(*) FROM ACT_HI_DETAIL) || ',' || (SELECT COUNT(*) FROM ACT_HI_ACTINST)"
        + " || ',' || (SELECT COUNT(*) FROM ACT_HI_TASKINST) || ',' || (SELECT COUNT(*) FROM ACT_HI_DECINST) || ','"
        + " || (SELECT COUNT(*) FROM ACT_HI_ATTACHMENT) || ',' || (SELECT COUNT(*) FROM ACT_GE_BYTEARRAY)", String.class);
  }

  /** Rows of the complaint in each place that holds it. */
  private Map<String, Long> recordOf(String id, String reference, String mailKey, String attachment,
      String content) {
    Map<String, Long> rows = new HashMap<>(Map.of(
        "process instance", historyService.createHistoricProcessInstanceQuery().processInstanceId(id).count(),
        "variables", historyService.createHistoricVariableInstanceQuery().processInstanceId(id).count(),
        "earlier values", historyService.createHistoricDetailQuery().processInstanceId(id).count(),
        "steps", historyService.createHistoricActivityInstanceQuery().processInstanceId(id).count(),
        "tasks", historyService.createHistoricTaskInstanceQuery().processInstanceId(id).count(),
        "decisions", historyService.createHistoricDecisionInstanceQuery().processInstanceId(id).count(),
        "attachment", count("SELECT COUNT(*) FROM ACT_HI_ATTACHMENT WHERE ID_ = ?", attachment),
        "attachment content", count("SELECT COUNT(*) FROM ACT_GE_BYTEARRAY WHERE ID_ = ?", content),
        "communication log", (long) communicationLog.entriesFor(reference).size(),
        "inbox record", count("SELECT COUNT(*) FROM inbox_mail WHERE mail_key = ?", mailKey)));
    rows.put("access log", (long) accessLog.of(reference).size());
    return rows;
  }

  private long count(String sql, String value) {
    Long rows = jdbc().queryForObject(sql, Long.class, value);
    return rows == null ? 0 : rows;
  }

  private JdbcTemplate jdbc() {
    return new JdbcTemplate(dataSource);
  }

  private static Date plusDays(Date date, int days) {
    return Date.from(date.toInstant().plus(Duration.ofDays(days)));
  }
}
