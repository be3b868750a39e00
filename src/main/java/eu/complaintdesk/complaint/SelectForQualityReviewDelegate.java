package eu.complaintdesk.complaint;

import static eu.complaintdesk.ProcessConstants.VAR_COMPLAINT_REFERENCE;
import static eu.complaintdesk.ProcessConstants.VAR_ESCALATED;
import static eu.complaintdesk.ProcessConstants.VAR_FEEDBACK_SCORE;
import static eu.complaintdesk.ProcessConstants.VAR_QUALITY_REVIEW;

import eu.complaintdesk.deadline.ProcessTimingsProperties;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step 12, control service quality: every escalated or low-scored complaint is reviewed, and a
 * share ({@code complaint-desk.timings.quality-sample-rate}) of the others.
 *
 * <p>The sample is drawn from the reference rather than a random number: the same complaint is
 * always in or out, so an auditor can check afterwards why it was (not) reviewed, and the share
 * still comes out right over many complaints.
 */
@Component
class SelectForQualityReviewDelegate implements JavaDelegate {

  /** Scores of this or less mean the customer was not satisfied. */
  static final int LOW_SCORE = 2;

  private final double sampleRate;

  SelectForQualityReviewDelegate(ProcessTimingsProperties timings) {
    this.sampleRate = timings.qualitySampleRate();
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean escalated = Boolean.TRUE.equals(execution.getVariable(VAR_ESCALATED));
    Object score = execution.getVariable(VAR_FEEDBACK_SCORE);
    boolean lowScore = score instanceof Number number && number.intValue() <= LOW_SCORE;
    String reference = String.valueOf(execution.getVariable(VAR_COMPLAINT_REFERENCE));
    execution.setVariable(VAR_QUALITY_REVIEW, escalated || lowScore || isSampled(reference, sampleRate));
  }

  /**
   * Whether the reference falls into the sample. Its MD5 digest spreads even consecutive
   * references evenly over [0, 1); String.hashCode would not (neighbours hash to neighbours).
   */
  static boolean isSampled(String reference, double rate) {
    long digest = UUID.nameUUIDFromBytes(reference.getBytes(StandardCharsets.UTF_8)).getLeastSignificantBits();
    return Math.floorMod(digest, 10_000) < rate * 10_000;
  }
}
