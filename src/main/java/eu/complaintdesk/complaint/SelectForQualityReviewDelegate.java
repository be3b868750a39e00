package eu.complaintdesk.complaint;

import static eu.complaintdesk.ProcessConstants.VAR_COMPLAINT_REFERENCE;
import static eu.complaintdesk.ProcessConstants.VAR_ESCALATED;
import static eu.complaintdesk.ProcessConstants.VAR_LOW_SCORE;
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
 * <p>What a low score is, the diagram decides (gateway {@code scoreLow}, which analysts own); its
 * low-score flow marks the complaint {@code lowScore}, and we read that mark rather than repeat
 * the threshold here.
 *
 * <p>The sample is drawn from the reference rather than a random number: the same complaint is
 * always in or out, so an auditor can check afterwards why it was (not) reviewed, and the share
 * still comes out right over many complaints.
 */
@Component
class SelectForQualityReviewDelegate implements JavaDelegate {

  private final double sampleRate;

  SelectForQualityReviewDelegate(ProcessTimingsProperties timings) {
    this.sampleRate = timings.qualitySampleRate();
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean escalated = Boolean.TRUE.equals(execution.getVariable(VAR_ESCALATED));
    boolean lowScore = Boolean.TRUE.equals(execution.getVariable(VAR_LOW_SCORE));
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
