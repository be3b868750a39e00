package eu.complaintdesk.quality;

import static eu.complaintdesk.ProcessConstants.*;

import eu.complaintdesk.complaint.FinalResponse;
import eu.complaintdesk.deadline.BusinessCalendar;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * Reads the engine's history events of complaints into changes of their report rows: the variables
 * that feed a column, the steps that mean something when they end (see {@link ReportTable}), and who
 * completed the agents' tasks and the quality review. It runs next to the engine's own history
 * handler, inside the command, and only gathers: {@link ReportRows} writes when the command flushes.
 */
class ReportEvents implements HistoryEventHandler {

  static final String OPEN = "open";
  static final String CLOSED = "closed";
  static final String WITHDRAWN = "withdrawn";

  private static final Set<String> CLOSING_MAILS = Set.of(ACTIVITY_SEND_FINAL_RESPONSE_EMAIL,
      ACTIVITY_SEND_SUMMARY_RESOLUTION_EMAIL, ACTIVITY_SEND_CLOSING_EMAIL);

  private final ReportSteps steps;
  private final BusinessCalendar calendar;
  private final FinalResponse finalResponse;

  ReportEvents(ReportSteps steps, BusinessCalendar calendar, FinalResponse finalResponse) {
    this.steps = steps;
    this.calendar = calendar;
    this.finalResponse = finalResponse;
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (event.getProcessInstanceId() == null || !steps.isComplaint(event.getProcessDefinitionId())) {
      return;
    }
    if (event instanceof HistoricVariableUpdateEventEntity variable && isWrite(event)) {
      variable(variable);
    } else if (event instanceof HistoricActivityInstanceEventEntity activity
        && HistoryEventTypes.ACTIVITY_INSTANCE_END.getEventName().equals(event.getEventType()) && !activity.isCanceled()) {
      activityEnded(activity);
    } else if (event instanceof HistoricTaskInstanceEventEntity task
        && HistoryEventTypes.TASK_INSTANCE_COMPLETE.getEventName().equals(event.getEventType())) {
      taskCompleted(task);
    }
  }

  private static boolean isWrite(HistoryEvent event) {
    return HistoryEventTypes.VARIABLE_INSTANCE_CREATE.getEventName().equals(event.getEventType())
        || HistoryEventTypes.VARIABLE_INSTANCE_UPDATE.getEventName().equals(event.getEventType());
  }

  private void variable(HistoricVariableUpdateEventEntity event) {
    String name = event.getVariableName();
    ReportRowChange row = rows().of(event.getProcessInstanceId());
    Object value = VariableValue.of(event);
    String column = ReportColumns.forVariable(name);
    if (column != null) {
      row.set(column, value instanceof Number number && ReportColumns.isScore(name) ? number.intValue() : value);
    } else if (VAR_COMPLAINT_REFERENCE.equals(name) && value instanceof String reference) {
      row.reference = reference;
      row.set("reference", reference);
    } else if (VAR_RECEIVED_AT.equals(name) && value instanceof Date received) {
      row.receivedAt = received.toInstant();
      row.set("received_at", received.toInstant());
    } else if (VAR_FEEDBACK_SCORE.equals(name) && value instanceof Number score) {
      row.set("feedback_score", score.intValue());
      row.set("feedback_at", event.getTimestamp().toInstant());
    } else if (VAR_CHOICE_ROUND.equals(name) && value instanceof Number round) {
      row.set("offer_rounds", round.intValue());
    } else if (VAR_JUDGED_OFFER.equals(name)) {
      row.offerJudged = true;
    } else if (VAR_CHOSEN_OPTION.equals(name)) {
      row.optionChosen = true;
    }
  }

  private void activityEnded(HistoricActivityInstanceEventEntity event) {
    String id = event.getActivityId();
    ReportRowChange row = rows().of(event.getProcessInstanceId());
    Instant at = event.getEndTime().toInstant();
    SlaEvent.of(id).ifPresent(sla -> {
      if ("warning".equals(sla.level)) {
        row.add("warnings");
      } else {
        row.set(sla.deadline.replace('-', '_') + "_breached", true);
      }
    });
    if (steps.isEscalation(id)) {
      row.add("escalations");
    } else if (ACTIVITY_LISTEN_TO_CUSTOMER.equals(id)) {
      row.setOnce.put("first_response_at", at);
      row.setOnce.put("first_response_hours", hours(received(event), at));
    } else if (CLOSING_MAILS.contains(id)) {
      closed(event, row, at);
    } else if (ACTIVITY_SEND_REFERRAL_RIGHTS_EMAIL.equals(id)) {
      row.set("referral_rights_given", true);
    } else if (ACTIVITY_SEND_SURVEY_EMAIL.equals(id)) {
      row.set("survey_sent", true);
    } else if (ACTIVITY_PROMISE_STARTED.equals(id)) {
      row.add("promises_made");
    } else if (ACTIVITY_PROMISE_KEPT.equals(id) || ACTIVITY_PROMISE_DUE.equals(id)) {
      row.promiseChecks.add(new ReportRowChange.PromiseCheck(ACTIVITY_PROMISE_KEPT.equals(id),
          event.getParentActivityInstanceId(), event.getStartTime()));
    } else if (ACTIVITY_REOPEN_COMPLAINT.equals(id)) {
      row.add("reopen_count");
      row.set("status", OPEN);
      row.set("closed_at", null);
      row.set("resolution_hours", null);
      row.set("closure_bucket", null);
    } else if (ACTIVITY_COMPLAINT_WITHDRAWN.equals(id)) {
      row.set("status", WITHDRAWN);
      row.set("withdrawn_at", at);
    }
  }

  /**
   * Closed: business hours since receipt, and the regulators' bucket: within the summary resolution
   * time, within the final-response limit the diagram set ({@code finalResponseDue}; a reopening
   * sets a new one), or later. The final response gives the referral rights unless fully upheld.
   */
  private void closed(HistoricActivityInstanceEventEntity event, ReportRowChange row, Instant at) {
    Instant received = received(event);
    Date limit = (Date) variable(event, VAR_FINAL_RESPONSE_DUE);
    row.set("status", CLOSED);
    row.set("closed_at", at);
    row.set("resolution_hours", hours(received, at));
    row.set("closure_bucket", finalResponse.isWithinSummaryResolution(received, at) ? "within3BusinessDays"
        : limit == null ? null : at.isAfter(limit.toInstant()) ? "later" : "within8Weeks");
    if (ACTIVITY_SEND_FINAL_RESPONSE_EMAIL.equals(event.getActivityId())
        && !OUTCOME_UPHELD.equals(variable(event, VAR_COMPLAINT_OUTCOME))) {
      row.set("referral_rights_given", true);
    }
  }

  private void taskCompleted(HistoricTaskInstanceEventEntity event) {
    String user = event.getAssignee() != null ? event.getAssignee()
        : Context.getCommandContext().getAuthenticatedUserId();
    if (user == null) {
      return;
    }
    ReportRowChange row = rows().of(event.getProcessInstanceId());
    if (TASK_REVIEW_QUALITY.equals(event.getTaskDefinitionKey())) {
      row.set("reviewer", user);
      row.set("reviewed_at", event.getEndTime().toInstant());
    } else if (steps.isAgentsTask(event.getTaskDefinitionKey())) {
      row.agent = user;
    }
  }

  private Instant received(HistoricActivityInstanceEventEntity event) {
    Object received = variable(event, VAR_RECEIVED_AT);
    return received instanceof Date date ? date.toInstant() : event.getStartTime().toInstant();
  }

  /** Business hours, to the hundredth. */
  private Double hours(Instant from, Instant to) {
    return Math.round(calendar.businessTimeBetween(from, to).toSeconds() / 36.0) / 100.0;
  }

  /**
   * A variable of the running complaint; of an ended one (a rebuild from the history,
   * {@link ReportRebuild}) its last value, which is the value at its last closing.
   */
  private static Object variable(HistoryEvent event, String name) {
    ExecutionEntity complaint = Context.getCommandContext().getExecutionManager()
        .findExecutionById(event.getProcessInstanceId());
    if (complaint != null) {
      return complaint.getVariable(name);
    }
    HistoricVariableInstance last = Context.getProcessEngineConfiguration().getHistoryService()
        .createHistoricVariableInstanceQuery().processInstanceId(event.getProcessInstanceId()).variableName(name)
        .disableCustomObjectDeserialization().list().stream().findFirst().orElse(null);
    return last == null ? null : last.getValue();
  }

  private static ReportRows rows() {
    return Context.getCommandContext().getSession(ReportRows.class);
  }
}
