package eu.complaintdesk.complaint;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * What the submitter of a complaint, or the customer through a status link, may know about it:
 * where it stands and the dates we told the customer. Deliberately no personal data and no
 * agent's notes: a reference can be passed on, and whoever holds it learns nothing that it did
 * not send.
 *
 * @param currentSteps      the steps the complaint waits in, in the diagram's words; empty once it ended
 * @param resolutionDue     null while the deadline is paused (we wait for the customer)
 * @param waitingFor        what we wait for from the customer: {@code information}, {@code choice}
 *                          (of a solution) or {@code feedback} (the survey); empty when nothing
 * @param promiseDates      the days of the promises we made (the promise confirmation mail's)
 * @param reopenableUntil   until when the customer may ask to reopen; null unless closed and reopenable
 * @param currentActivities the ids of the steps in the diagram, for pages that say them in their
 *                          own words (not part of the API: ids are the diagram's business)
 */
public record ComplaintStatus(String reference, State status, List<String> currentSteps,
    OffsetDateTime firstResponseDue, OffsetDateTime resolutionDue, OffsetDateTime finalResponseDue,
    List<String> waitingFor, List<LocalDate> promiseDates, OffsetDateTime reopenableUntil,
    @JsonIgnore List<String> currentActivities) {

  /**
   * Open while we work on it; closed once our final response (or the closing mail) went out, also
   * while the survey and the quality review go on and while it may still be reopened; withdrawn
   * by the customer.
   */
  public enum State {
    OPEN, CLOSED, WITHDRAWN;

    @JsonValue
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Whether the complaint is open and waits for the customer's information or choice. */
  public boolean waitsForCustomer() {
    return status == State.OPEN && (waitingFor.contains("information") || waitingFor.contains("choice"));
  }
}
