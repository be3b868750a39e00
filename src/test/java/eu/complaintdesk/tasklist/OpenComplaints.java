package eu.complaintdesk.tasklist;

import static eu.complaintdesk.ProcessConstants.PROCESS_COMPLAINT_HANDLING;
import static eu.complaintdesk.ProcessConstants.TASK_APPROVE_OFFER;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_TIER;
import static eu.complaintdesk.ProcessConstants.VAR_SEVERITY;

import eu.complaintdesk.complaint.ComplaintScenario;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Many open complaints, fast: a few hundred complaints started and run by the engine itself (the
 * templates), then copied with set-based SQL, row for row, into every runtime and history table the
 * task lists read or the engine touches when a task of theirs is completed. Each copy gets new ids
 * (the last four hex digits of every id of the template replaced by the copy's number, so that ids
 * keep their length and their references stay consistent), a business key of its own, and the
 * template's everything else: its task with candidate group, priority and due date, the
 * authorizations the engine granted on it, its variables, its timers and message subscriptions.
 *
 * <p>Why not the engine for all of them: a start runs the intake rules, the triage decision, the
 * acknowledgement job and full history, about 20 to 50 per second on this machine; 100,000 would
 * take most of an hour. The copies take about a minute and are what the engine would have written
 * for the same intake (the one difference: all copies of a template share its reference variable
 * and dates; their tasks are created and due 7 seconds apart per copy). Left out of the history, which no task list reads: activity instances, variables,
 * decisions, job runs and the operation log (the engine's updates of a missing history row change
 * nothing and fail nothing). The copies skip the foreign-key triggers (session_replication_role):
 * their references are the templates', consistent by construction, and checking 3 million rows one
 * by one took a quarter of an hour.
 */
final class OpenComplaints {

  /**
   * The tables copied, in the order their foreign keys need, each with the condition that picks a
   * template's rows ({@code T} = the templates).
   */
  private static final List<Map.Entry<String, String>> TABLES = List.of(
      Map.entry("ACT_GE_BYTEARRAY", "ID_ in (select BYTEARRAY_ID_ from ACT_RU_VARIABLE where PROC_INST_ID_ in (select ID_ from T))"),
      Map.entry("ACT_RU_EXECUTION", "PROC_INST_ID_ in (select ID_ from T)"),
      Map.entry("ACT_RU_TASK", "PROC_INST_ID_ in (select ID_ from T)"),
      Map.entry("ACT_RU_IDENTITYLINK", "TASK_ID_ in (select ID_ from ACT_RU_TASK where PROC_INST_ID_ in (select ID_ from T))"),
      Map.entry("ACT_RU_VARIABLE", "PROC_INST_ID_ in (select ID_ from T)"),
      Map.entry("ACT_RU_JOB", "PROCESS_INSTANCE_ID_ in (select ID_ from T)"),
      Map.entry("ACT_RU_EVENT_SUBSCR", "PROC_INST_ID_ in (select ID_ from T)"),
      Map.entry("ACT_RU_AUTHORIZATION", "RESOURCE_ID_ in (select ID_ from ACT_RU_TASK where PROC_INST_ID_ in (select ID_ from T))"),
      Map.entry("ACT_HI_PROCINST", "PROC_INST_ID_ in (select ID_ from T)"),
      Map.entry("ACT_HI_TASKINST", "PROC_INST_ID_ in (select ID_ from T)"),
      Map.entry("ACT_HI_IDENTITYLINK", "ROOT_PROC_INST_ID_ in (select ID_ from T)"));

  /** Columns that hold an id of a template's own row (or end in one, as activity instance ids do). */
  private static final List<String> ID_COLUMNS = List.of("ID_", "PROC_INST_ID_", "ROOT_PROC_INST_ID_",
      "PARENT_ID_", "SUPER_EXEC_", "EXECUTION_ID_", "TASK_ID_", "PARENT_TASK_ID_", "BYTEARRAY_ID_",
      "VAR_SCOPE_", "ACT_INST_ID_", "PARENT_ACT_INST_ID_", "PROCESS_INSTANCE_ID_", "EXCEPTION_STACK_ID_",
      "SUPER_PROCESS_INSTANCE_ID_", "CALLED_PROC_INST_ID_", "RESOURCE_ID_");

  private final ProcessEngine engine;
  private final DataSource dataSource;

  OpenComplaints(ProcessEngine engine, DataSource dataSource) {
    this.engine = engine;
    this.dataSource = dataSource;
  }

  /**
   * Starts {@code count} complaints through the engine, as the intake does, of every severity and
   * tier (so priorities and due dates spread as triage spreads them), and sends their
   * acknowledgements, so each waits at the agents' <em>Listen to the customer</em>; every
   * {@code managersEvery}-th waits at the managers' <em>Approve the offer</em> instead, a task
   * agents must never see. Returns the process instance ids.
   */
  List<String> startTemplates(int count, int managersEvery) {
    String[] severities = {"low", "medium", "high", "critical"};
    String[] tiers = {"standard", "gold", "platinum"};
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      var intake = ComplaintScenario.intake("template-" + i + "@example.org")
          .putValue(VAR_SEVERITY, severities[i % severities.length])
          .putValue(VAR_CUSTOMER_TIER, tiers[(i / severities.length) % tiers.length]);
      if (managersEvery > 0 && i % managersEvery == managersEvery - 1) {
        ids.add(ComplaintScenario.startAt(TASK_APPROVE_OFFER, Variables.createVariables(), null).instance.getId());
        continue;
      }
      String id = engine.getRuntimeService().startProcessInstanceByKey(PROCESS_COMPLAINT_HANDLING, intake).getId();
      runMessageJobs(id);
      ids.add(id);
    }
    return ids;
  }

  private void runMessageJobs(String processInstanceId) {
    for (int i = 0; i < 5; i++) {
      List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId)
          .messages().executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }

  /**
   * Copies each template {@code copies} times, in one transaction per table; returns the number of
   * open complaints afterwards.
   */
  long copy(List<String> templates, int copies) throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
      connection.setAutoCommit(false);
      sql.execute("create temporary table T (ID_ varchar(64) primary key) on commit preserve rows");
      try (var insert = connection.prepareStatement("insert into T values (?)")) {
        for (String id : templates) {
          insert.setString(1, id);
          insert.addBatch();
        }
        insert.executeBatch();
      }
      String templateSuffix = templates.get(0).substring(templates.get(0).length() - 4);
      sql.execute("create temporary table N (N_ integer primary key, HEX_ varchar(4)) on commit preserve rows");
      sql.execute("insert into N select n, lpad(to_hex(n), 4, '0') from generate_series(1, " + (copies + 1) + ") n"
          + " where lpad(to_hex(n), 4, '0') <> '" + templateSuffix + "' order by n limit " + copies);
      connection.commit();
      sql.execute("set session_replication_role = replica");
      for (var table : TABLES) {
        sql.executeUpdate(copyStatement(connection, table.getKey(), table.getValue()));
        connection.commit();
      }
      sql.execute("set session_replication_role = default");
      sql.execute("drop table T");
      sql.execute("drop table N");
      connection.commit();
      try (var count = sql.executeQuery("select count(*) from ACT_RU_EXECUTION where ID_ = PROC_INST_ID_")) {
        count.next();
        return count.getLong(1);
      }
    }
  }

  private static String copyStatement(Connection connection, String table, String templateRows) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (var rs = connection.getMetaData().getColumns(null, null, table.toLowerCase(), null)) {
      while (rs.next()) {
        columns.add(rs.getString("COLUMN_NAME").toUpperCase());
      }
    }
    List<String> values = columns.stream().map(column -> {
      if (table.equals("ACT_RU_TASK") && (column.equals("DUE_DATE_") || column.equals("CREATE_TIME_"))) {
        // Spread as real tasks are: no two copies due at the same second.
        return "R." + column + " + N.N_ * interval '7 seconds'";
      }
      if (column.equals("BUSINESS_KEY_")) {
        return "case when R.BUSINESS_KEY_ is null then null else R.BUSINESS_KEY_ || '-' || N.N_ end";
      }
      if (ID_COLUMNS.contains(column)) {
        // Same length, so that no id outgrows its column; every id of ours ends in a UUID's node.
        return "case when R." + column + " is null or R." + column + " = '*' then R." + column
            + " else left(R." + column + ", length(R." + column + ") - 4) || N.HEX_ end";
      }
      return "R." + column;
    }).toList();
    return "insert into " + table + " (" + String.join(", ", columns) + ") select " + String.join(", ", values)
        + " from " + table + " R cross join N where R." + templateRows;
  }
}
