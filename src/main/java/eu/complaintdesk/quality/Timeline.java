package eu.complaintdesk.quality;

import eu.complaintdesk.communication.CommunicationEntry;
import java.util.Date;
import java.util.List;

/**
 * A complaint's audit timeline, as managers and analysts read it in Cockpit and print it: every
 * step with who did it and when and the form values it changed, every mail sent and answer
 * received, the decisions with their inputs, the promises and whether they were kept, the
 * escalations and the quality review's scores.
 *
 * @param steps         every step that started, in the order it started
 * @param communication the communication log, oldest first (a timeline reads forward)
 * @param escalations   the steps of {@code steps} that escalated the complaint
 * @param review        the quality review, once done; null otherwise
 */
record Timeline(String reference, String processInstanceId, Date startedAt, Date endedAt, List<Step> steps,
    List<CommunicationEntry> communication, List<Decision> decisions, List<Promise> promises,
    List<Step> escalations, Review review) {

  /**
   * One step of the diagram that ran.
   *
   * @param assignee          whose task it was when it ended (user tasks)
   * @param completedBy       who completed the task, from the engine's user operation log
   * @param canceled          ended without being done (a timer or a withdrawal interrupted it)
   * @param formValuesChanged what its completion changed in the complaint; null when nothing
   */
  record Step(String activityId, String name, String type, Date startedAt, Date endedAt, String assignee,
      String completedBy, boolean canceled, boolean escalation, FormValuesChanged formValuesChanged) {
  }

  /** The entry "Form values changed" of a step: when, by whom (who completed the task), and what. */
  record FormValuesChanged(Date at, String by, List<ValueChange> values) {
  }

  /** A variable a completion set: its value before (null when it had none) and after. */
  record ValueChange(String name, String from, String to) {
  }

  /**
   * The quality review (step 12): who did it when, the overall score, one score per checklist step
   * 1 to 11, and the notes.
   */
  record Review(Date at, String by, Integer overall, List<Score> steps, String notes) {
  }

  /** A checklist step's score (1 to 5), with the step's words as the review form puts them. */
  record Score(int step, String key, String label, Integer score) {
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
