package eu.complaintdesk.quality;

import eu.complaintdesk.communication.CommunicationEntry;
import java.util.Date;
import java.util.List;

/**
 * A complaint's audit timeline, as managers and analysts read it in Cockpit and print it: every
 * step with who did it and when, every mail sent and answer received, the decisions with their
 * inputs, the promises and whether they were kept, and the escalations.
 *
 * @param steps         every step that started, in the order it started
 * @param communication the communication log, oldest first (a timeline reads forward)
 * @param escalations   the steps of {@code steps} that escalated the complaint
 */
public record Timeline(String reference, String processInstanceId, Date startedAt, Date endedAt, List<Step> steps,
    List<CommunicationEntry> communication, List<Decision> decisions, List<Promise> promises,
    List<Step> escalations) {

  /**
   * One step of the diagram that ran.
   *
   * @param assignee    whose task it was when it ended (user tasks)
   * @param completedBy who completed the task, from the engine's user operation log
   * @param canceled    ended without being done (a timer or a withdrawal interrupted it)
   */
  record Step(String activityId, String name, String type, Date startedAt, Date endedAt, String assignee,
      String completedBy, boolean canceled, boolean escalation) {
  }

  /** A rule the engine evaluated (triage, compensation authority), with what went in and came out. */
  record Decision(String key, String name, String activityId, Date evaluatedAt, List<Value> inputs,
      List<Value> outputs) {
  }

  /** A named value of a decision, as text. */
  record Value(String name, String value) {
  }

  /**
   * A promise made to the customer and its keeping.
   *
   * @param kept true once kept, false when its day passed first, null while it is still open
   */
  record Promise(String description, String due, Date startedAt, Date endedAt, Boolean kept) {
  }
}
