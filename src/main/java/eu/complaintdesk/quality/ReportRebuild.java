package eu.complaintdesk.quality;

import static eu.complaintdesk.ProcessConstants.PROCESS_COMPLAINT_HANDLING;
import static eu.complaintdesk.quality.ReportTable.TABLE;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives complaints that predate the reporting table their rows, at start-up: it replays each one's
 * history (variable updates, activities that ended, tasks completed, in time order) through the same
 * {@link ReportEvents} that keeps rows current, one engine command per complaint, so a rebuilt row
 * means exactly what a kept one means. Complaints that have a row are left alone; after the first
 * start there is nothing to do but one query. Needs history level full (the variable updates).
 */
@Component
class ReportRebuild {

  private static final Logger LOG = LoggerFactory.getLogger(ReportRebuild.class);

  private final JdbcTemplate jdbc;
  private final ProcessEngine engine;
  private final ReportRowsPlugin plugin;

  ReportRebuild(DataSource dataSource, ProcessEngine engine, ReportRowsPlugin plugin) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.engine = engine;
    this.plugin = plugin;
  }

  @EventListener(ApplicationReadyEvent.class)
  void rebuildMissingRows() {
    List<String> missing = jdbc.queryForList("SELECT p.ID_ FROM ACT_HI_PROCINST p WHERE p.PROC_DEF_KEY_ = ?"
        + " AND NOT EXISTS (SELECT 1 FROM " + TABLE + " r WHERE r.process_instance_id = p.ID_)", String.class,
        PROCESS_COMPLAINT_HANDLING);
    missing.forEach(this::rebuild);
    if (!missing.isEmpty()) {
      LOG.info("Report rows rebuilt from the history for {} complaints", missing.size());
    }
  }

  /** Replays one complaint's history into its row, in one transaction. */
  void rebuild(String processInstanceId) {
    List<HistoryEvent> events = new ArrayList<>();
    events.addAll(jdbc.query("SELECT * FROM ACT_HI_DETAIL WHERE PROC_INST_ID_ = ? AND TYPE_ = 'VariableUpdate'",
        (rs, n) -> variable(rs), processInstanceId));
    events.addAll(jdbc.query("SELECT * FROM ACT_HI_ACTINST WHERE PROC_INST_ID_ = ? AND END_TIME_ IS NOT NULL",
        (rs, n) -> activity(rs), processInstanceId));
    events.addAll(jdbc.query("SELECT * FROM ACT_HI_TASKINST WHERE PROC_INST_ID_ = ? AND END_TIME_ IS NOT NULL"
        + " AND DELETE_REASON_ = 'completed'", (rs, n) -> task(rs), processInstanceId));
    events.sort(Comparator.comparing(ReportRebuild::time).thenComparing(ReportRebuild::kind));
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(context -> {
          events.forEach(plugin.events()::handleEvent);
          return null;
        });
  }

  private static HistoryEvent variable(ResultSet rs) throws SQLException {
    HistoricVariableUpdateEventEntity event = new HistoricVariableUpdateEventEntity();
    common(event, rs, HistoryEventTypes.VARIABLE_INSTANCE_UPDATE);
    event.setVariableName(rs.getString("NAME_"));
    event.setSerializerName(rs.getString("VAR_TYPE_"));
    event.setTextValue(rs.getString("TEXT_"));
    long longValue = rs.getLong("LONG_");
    event.setLongValue(rs.wasNull() ? null : longValue);
    double doubleValue = rs.getDouble("DOUBLE_");
    event.setDoubleValue(rs.wasNull() ? null : doubleValue);
    event.setTimestamp(rs.getTimestamp("TIME_"));
    return event;
  }

  private static HistoryEvent activity(ResultSet rs) throws SQLException {
    HistoricActivityInstanceEventEntity event = new HistoricActivityInstanceEventEntity();
    common(event, rs, HistoryEventTypes.ACTIVITY_INSTANCE_END);
    event.setId(rs.getString("ID_"));
    event.setActivityId(rs.getString("ACT_ID_"));
    event.setParentActivityInstanceId(rs.getString("PARENT_ACT_INST_ID_"));
    event.setActivityInstanceState(rs.getInt("ACT_INST_STATE_"));
    event.setStartTime(rs.getTimestamp("START_TIME_"));
    event.setEndTime(rs.getTimestamp("END_TIME_"));
    return event;
  }

  private static HistoryEvent task(ResultSet rs) throws SQLException {
    HistoricTaskInstanceEventEntity event = new HistoricTaskInstanceEventEntity();
    common(event, rs, HistoryEventTypes.TASK_INSTANCE_COMPLETE);
    event.setTaskDefinitionKey(rs.getString("TASK_DEF_KEY_"));
    event.setAssignee(rs.getString("ASSIGNEE_"));
    event.setEndTime(rs.getTimestamp("END_TIME_"));
    return event;
  }

  private static void common(HistoryEvent event, ResultSet rs, HistoryEventTypes type) throws SQLException {
    event.setEventType(type.getEventName());
    event.setProcessInstanceId(rs.getString("PROC_INST_ID_"));
    event.setProcessDefinitionId(rs.getString("PROC_DEF_ID_"));
  }

  private static Date time(HistoryEvent event) {
    if (event instanceof HistoricVariableUpdateEventEntity variable) {
      return variable.getTimestamp();
    }
    return event instanceof HistoricActivityInstanceEventEntity activity ? activity.getEndTime()
        : ((HistoricTaskInstanceEventEntity) event).getEndTime();
  }

  /** Within one moment: the variables a step wrote, then the task, then the step's end. */
  private static int kind(HistoryEvent event) {
    return event instanceof HistoricVariableUpdateEventEntity ? 0 : event instanceof HistoricTaskInstanceEventEntity ? 1 : 2;
  }
}
