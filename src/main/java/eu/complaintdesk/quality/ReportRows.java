package eu.complaintdesk.quality;

import static eu.complaintdesk.ProcessConstants.ACTIVITY_PROMISE_DUE;
import static eu.complaintdesk.ProcessConstants.VAR_CHOSEN_OPTION;
import static eu.complaintdesk.quality.ReportTable.TABLE;

import eu.complaintdesk.complaint.JudgedOffers;
import eu.complaintdesk.complaint.SolutionOption;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The report rows one engine command changes, as a session of that command: {@link ReportEvents}
 * gathers the changes while the command runs, and {@link #flush()} writes them when the engine
 * flushes its own sessions, in the engine's transaction (the JdbcTemplate joins it, as
 * {@code communication/CommunicationLog} does). A command that fails flushes nothing, and a rolled
 * back transaction takes our writes with it: the row never shows what did not happen.
 */
class ReportRows implements Session {

  private static final String TEAM = "(SELECT MIN(g.ID_) FROM ACT_ID_GROUP g JOIN ACT_ID_MEMBERSHIP m"
      + " ON m.GROUP_ID_ = g.ID_ WHERE m.USER_ID_ = ? AND g.TYPE_ = 'team')";

  private static final Logger LOG = LoggerFactory.getLogger(ReportRows.class);

  private final JdbcTemplate jdbc;
  private final JudgedOffers judgedOffers;
  private final Map<String, ReportRowChange> changes = new LinkedHashMap<>();

  ReportRows(JdbcTemplate jdbc, JudgedOffers judgedOffers) {
    this.jdbc = jdbc;
    this.judgedOffers = judgedOffers;
  }

  ReportRowChange of(String processInstanceId) {
    return changes.computeIfAbsent(processInstanceId, ReportRowChange::new);
  }

  @Override
  public void flush() {
    for (ReportRowChange change : changes.values()) {
      if (!change.isEmpty()) {
        write(change);
      }
    }
    changes.clear();
  }

  @Override
  public void close() {
    changes.clear();
  }

  private void write(ReportRowChange change) {
    OffsetDateTime now = timestamp(ClockUtil.getCurrentTime().toInstant());
    if (change.reference != null) {
      Instant received = change.receivedAt != null ? change.receivedAt : ClockUtil.getCurrentTime().toInstant();
      jdbc.update("INSERT INTO " + TABLE + " (process_instance_id, reference, received_at, status, updated_at)"
          + " SELECT ?, ?, ?, 'open', ? WHERE NOT EXISTS (SELECT 1 FROM " + TABLE + " WHERE process_instance_id = ?)",
          change.processInstanceId, change.reference, timestamp(received), now, change.processInstanceId);
    }
    checkPromises(change);
    readOffer(change);
    StringBuilder sql = new StringBuilder("UPDATE " + TABLE + " SET updated_at = ?");
    List<Object> args = new ArrayList<>(List.of(now));
    change.set.forEach((column, value) -> {
      sql.append(", ").append(column).append(" = ?");
      args.add(value instanceof Instant instant ? timestamp(instant) : value);
    });
    change.setOnce.forEach((column, value) -> {
      sql.append(", ").append(column).append(" = COALESCE(").append(column).append(", ?)");
      args.add(value instanceof Instant instant ? timestamp(instant) : value);
    });
    change.add.forEach((column, count) -> {
      sql.append(", ").append(column).append(" = ").append(column).append(" + ?");
      args.add(count);
    });
    if (change.agent != null) {
      sql.append(", agent = ?, team = ").append(TEAM);
      args.add(change.agent);
      args.add(change.agent);
    }
    sql.append(" WHERE process_instance_id = ?");
    args.add(change.processInstanceId);
    jdbc.update(sql.toString(), args.toArray());
  }

  /**
   * A promise is broken the first time its day passes, and kept on time when it is kept without
   * ever having been broken: both ask the history of that one promise (the instance of "Keep every
   * promise") before this event, by the index on process instance and activity.
   */
  private void checkPromises(ReportRowChange change) {
    for (ReportRowChange.PromiseCheck check : change.promiseChecks) {
      Integer broken = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_ACTINST WHERE PROC_INST_ID_ = ?"
          + " AND ACT_ID_ = ? AND PARENT_ACT_INST_ID_ = ? AND START_TIME_ < ?", Integer.class,
          change.processInstanceId, ACTIVITY_PROMISE_DUE, check.promiseInstanceId(), check.at());
      if (broken != null && broken == 0) {
        change.add(check.kept() ? "promises_kept_on_time" : "promises_broken");
      }
    }
  }

  /**
   * The offer as the authority check judged it (not the form's variables), read from the running
   * complaint once the command has set both the record and its seal: a new offer counts its options
   * and has no choice yet; a choice names the chosen option's remedy and amount.
   */
  private void readOffer(ReportRowChange change) {
    if (!change.offerJudged && !change.optionChosen) {
      return;
    }
    ExecutionEntity complaint = Context.getCommandContext().getExecutionManager()
        .findExecutionById(change.processInstanceId);
    Map<String, Object> ended = complaint == null ? lastValues(change.processInstanceId) : null;
    List<SolutionOption> options;
    try {
      options = complaint != null ? judgedOffers.options(complaint) : JudgedOffers.recordedOptions(ended);
    } catch (RuntimeException changedOffer) {
      // A record changed after the check: the options mail refuses it (an incident); the row keeps
      // the last offer that was sound rather than failing the command that wrote the change.
      LOG.warn("Complaint {}: the report keeps its last offer: {}", change.processInstanceId, changedOffer.getMessage());
      return;
    }
    if (change.offerJudged) {
      change.set("options_offered", options.size());
      change.set("chosen_option_type", null);
      change.set("compensation_amount", null);
    }
    if (change.optionChosen) {
      Object chosen = complaint != null ? complaint.getVariable(VAR_CHOSEN_OPTION) : ended.get(VAR_CHOSEN_OPTION);
      options.stream().filter(option -> option.key().equals(chosen)).findFirst().ifPresent(option -> {
        change.set("chosen_option_type", option.type());
        change.set("compensation_amount", option.amount());
      });
    }
  }

  /** The last values of an ended complaint's variables (a rebuild from the history). */
  private static Map<String, Object> lastValues(String processInstanceId) {
    Map<String, Object> values = new HashMap<>();
    Context.getProcessEngineConfiguration().getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).disableCustomObjectDeserialization().list()
        .forEach(variable -> values.put(variable.getName(), variable.getValue()));
    return values;
  }

  private static OffsetDateTime timestamp(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
