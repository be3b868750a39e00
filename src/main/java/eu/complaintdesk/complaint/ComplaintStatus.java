package eu.complaintdesk.complaint;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * What the submitter of a complaint may know about it: where it stands and the dates we told the
 * customer in the acknowledgement. Deliberately no personal data and no agent's notes: a
 * reference can be passed on, and whoever holds it learns nothing that it did not send.
 *
 * @param currentSteps  the steps the complaint waits in, in the diagram's words; empty once it ended
 * @param resolutionDue null while the deadline is paused (we wait for the customer)
 */
public record ComplaintStatus(String reference, State status, List<String> currentSteps,
    OffsetDateTime firstResponseDue, OffsetDateTime resolutionDue, OffsetDateTime finalResponseDue) {

  /** Open while any work is left; closed or withdrawn (by the customer) once it ended. */
  public enum State {
    OPEN, CLOSED, WITHDRAWN;

    @JsonValue
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
