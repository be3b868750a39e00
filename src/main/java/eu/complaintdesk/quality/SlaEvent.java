package eu.complaintdesk.quality;

import static eu.complaintdesk.ProcessConstants.ACTIVITY_FINAL_RESPONSE_OVERDUE;
import static eu.complaintdesk.ProcessConstants.ACTIVITY_FIRST_RESPONSE_BREACHED;
import static eu.complaintdesk.ProcessConstants.ACTIVITY_FIRST_RESPONSE_WARNING;
import static eu.complaintdesk.ProcessConstants.ACTIVITY_HOLDING_REPLY_DUE;
import static eu.complaintdesk.ProcessConstants.ACTIVITY_RESOLUTION_DEADLINE;

import java.util.Arrays;
import java.util.Optional;

/**
 * The deadline timers of the diagram that managers count as SLA warnings and breaches: which
 * deadline each belongs to and whether it warns or says the deadline is missed. The timers' ids are
 * the diagram's; an analyst who renames one renames it in {@code ProcessConstants} too.
 */
enum SlaEvent {

  FIRST_RESPONSE_WARNING(ACTIVITY_FIRST_RESPONSE_WARNING, "first-response", "warning"),
  FIRST_RESPONSE_BREACH(ACTIVITY_FIRST_RESPONSE_BREACHED, "first-response", "breach"),
  RESOLUTION_BREACH(ACTIVITY_RESOLUTION_DEADLINE, "resolution", "breach"),
  /** The holding reply goes out before the final-response limit: the limit is near. */
  FINAL_RESPONSE_WARNING(ACTIVITY_HOLDING_REPLY_DUE, "final-response", "warning"),
  FINAL_RESPONSE_BREACH(ACTIVITY_FINAL_RESPONSE_OVERDUE, "final-response", "breach");

  final String activityId;
  final String deadline;
  final String level;

  SlaEvent(String activityId, String deadline, String level) {
    this.activityId = activityId;
    this.deadline = deadline;
    this.level = level;
  }

  /** The SLA event a boundary event of the diagram stands for, if any. */
  static Optional<SlaEvent> of(String activityId) {
    return Arrays.stream(values()).filter(event -> event.activityId.equals(activityId)).findFirst();
  }
}
