package eu.complaintdesk.customer;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The steps of the diagram in the words a customer understands: a handful of phases (texts
 * {@code status.step.<phase>} in en, sl and bg) rather than our task names. Steps that are ours
 * alone (escalations, take-overs, reminders to staff) are not told: they change nothing the
 * customer waits for.
 */
final class CustomerSteps {

  /** The phases in the order a complaint goes through them. */
  static final List<String> PHASES = List.of("received", "understanding", "waitingInformation",
      "preparingSolution", "choosing", "keepingPromise", "finalResponse", "reopened");

  private static final Map<String, String> PHASE_OF = Map.ofEntries(
      Map.entry("sendAcknowledgementEmail", "received"),
      Map.entry("listenToCustomer", "understanding"),
      Map.entry("gatherInformation", "understanding"),
      Map.entry("recordComplaint", "understanding"),
      Map.entry("showEmpathy", "understanding"),
      Map.entry("sendApologyEmail", "understanding"),
      Map.entry("sendInformationRequestEmail", "waitingInformation"),
      Map.entry("awaitInformation", "waitingInformation"),
      Map.entry("sendInformationReminderEmail", "waitingInformation"),
      Map.entry("awaitInformationAfterReminder", "waitingInformation"),
      Map.entry("offerSolution", "preparingSolution"),
      Map.entry("approveOffer", "preparingSolution"),
      Map.entry("sendSolutionOptionsEmail", "preparingSolution"),
      Map.entry("discussSolutions", "choosing"),
      Map.entry("makePromise", "keepingPromise"),
      Map.entry("sendPromiseConfirmationEmail", "keepingPromise"),
      Map.entry("keepPromise", "keepingPromise"),
      Map.entry("resolveBrokenPromise", "keepingPromise"),
      Map.entry("sendNewPromiseDateEmail", "keepingPromise"),
      Map.entry("recordOutcome", "finalResponse"),
      Map.entry("sendSummaryResolutionEmail", "finalResponse"),
      Map.entry("sendFinalResponseEmail", "finalResponse"),
      Map.entry("reopenComplaint", "reopened"),
      Map.entry("reviewReopenedComplaint", "reopened"));

  private CustomerSteps() {
  }

  /** The phases of these diagram steps, in the order of {@link #PHASES}, each once. */
  static List<String> phasesOf(Collection<String> activityIds) {
    Set<String> phases = new LinkedHashSet<>();
    activityIds.stream().map(PHASE_OF::get).filter(phase -> phase != null).forEach(phases::add);
    return PHASES.stream().filter(phases::contains).toList();
  }
}
