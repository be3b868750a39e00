package eu.complaintdesk.quality;

import static eu.complaintdesk.complaint.ComplaintScenario.at;
import static eu.complaintdesk.complaint.ComplaintScenario.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.complaint.ComplaintScenario;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows of complaints that predate the reporting table, rebuilt from the history at start-up: a
 * complaint whose row is gone gets back the very row the events kept (all but {@code updated_at}),
 * while it runs and after it has ended.
 */
@ComplaintDeskTest
class ReportRebuildTests {

  @Autowired
  ProcessEngine processEngine;
  @Autowired
  GreenMail mailServer;
  @Autowired
  DataSource dataSource;
  @Autowired
  ReportRebuild rebuild;

  @BeforeEach
  void engine() {
    BpmnAwareTests.init(processEngine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aComplaintWithoutARow_getsTheRowItsHistoryGives_runningAndEnded() {
    // Given a complaint received Tuesday 10 March 2026 at 9:00, with a broken promise, resolved
    // with a final response and a low score, reviewed: most columns set
    clockAt("2026-03-10T09:00");
    ComplaintScenario complaint = ComplaintScenario.startAt("offerSolution", Variables.createVariables(), mailServer);
    as("anna", complaint, "offerSolution", "option1Type", "refund", "option1Amount", 30.0,
        "option1Description", "30 EUR back.");
    complaint.run("sendSolutionOptionsEmail");
    as("peter", complaint, "discussSolutions", "chosenOption", "option1");
    as("peter", complaint, "makePromise", "promise1Description", "The refund.", "promise1Due", "2026-03-11",
        "addPromise2", true, "promise2Description", "A call.", "promise2Due", "2026-03-12");
    complaint.run("sendPromiseConfirmationEmail");
    // the refund's day passes (the call's timer waits for the 12th)
    clockAt("2026-03-11T17:00");
    processEngine.getManagementService().executeJob(processEngine.getManagementService().createJobQuery()
        .processInstanceId(complaint.instance.getId()).activityId("promiseDue").duedateLowerThan(at("2026-03-11T17:01"))
        .singleResult().getId());
    Task call = processEngine.getTaskService().createTaskQuery().processInstanceId(complaint.instance.getId())
        .taskDefinitionKey("keepPromise").singleResult();
    processEngine.getTaskService().claim(call.getId(), "peter");
    processEngine.getTaskService().complete(call.getId(), Variables.createVariables().putValue("promiseKept", true));
    as("mary", complaint, "resolveBrokenPromise", "brokenPromiseAction", "Apologised.", "newPromiseDue", "2026-03-16");
    complaint.run("sendNewPromiseDateEmail");
    clockAt("2026-03-16T10:00");
    as("peter", complaint, "keepPromise", "promiseKept", true);
    as("peter", complaint, "recordOutcome", ReportRowsTests.outcome("notUpheld"));
    complaint.run("sendFinalResponseEmail").run("sendSurveyEmail")
        .customerSends("CustomerFeedbackReceived", "feedbackScore", 1);
    as("mary", complaint, "recoverCustomer", "recoveryAction", "Called again.");
    as("mary", complaint, "reviewQuality", ComplaintScenario.qualityReview(2));
    Map<String, Object> kept = row(complaint);
    assertThat(kept).containsEntry("promises_broken", 1).containsEntry("promises_kept_on_time", 1)
        .containsEntry("options_offered", 1).containsEntry("agent", "peter").containsEntry("reviewer", "mary");

    // When its row is lost and the rows are rebuilt, Then it is the same row
    assertThat(rebuiltAfterLosing(complaint)).isEqualTo(kept);

    // And when it has ended (the reopen period is over), the same again
    complaint.fireTimer("reopenPeriodOver", complaint.timerDue("reopenPeriodOver"));
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(complaint.instance.getId()).count()).isZero();
    assertThat(rebuiltAfterLosing(complaint)).isEqualTo(kept);
  }

  private Map<String, Object> rebuiltAfterLosing(ComplaintScenario complaint) {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    jdbc.update("DELETE FROM " + ReportTable.TABLE + " WHERE process_instance_id = ?", complaint.instance.getId());
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + ReportTable.TABLE + " WHERE process_instance_id = ?",
        Integer.class, complaint.instance.getId())).isZero();
    rebuild.rebuildMissingRows();
    return row(complaint);
  }

  private static void as(String user, ComplaintScenario complaint, String taskKey, Object... nameValuePairs) {
    BpmnAwareTests.taskService().claim(complaint.task(taskKey).getId(), user);
    complaint.complete(taskKey, nameValuePairs);
  }

  /** The row without updated_at, which says when it was written. */
  private Map<String, Object> row(ComplaintScenario complaint) {
    Map<String, Object> row = new JdbcTemplate(dataSource).queryForMap(
        "SELECT * FROM " + ReportTable.TABLE + " WHERE process_instance_id = ?", complaint.instance.getId());
    row.remove("updated_at");
    return row;
  }
}
