package eu.complaintdesk.complaint;

import static eu.complaintdesk.ProcessConstants.VAR_OFFER_DECISION;

import eu.complaintdesk.complaint.JudgedOffers.JudgedOffer;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Approve the offer", on assignment (claim, assign, delegate) and on completion: the approver is
 * never the person who made the offer, and approves exactly the offer that was judged.
 *
 * <p>Authorizations cannot say this: the demo user, an administrator, is agent and manager at
 * once, and administrators pass every authorization check. So the rule is checked here, inside
 * the engine, for every entry point (Tasklist, REST, Java). The refusal is an
 * {@link AuthorizationException}, which our REST error mapping answers with 403 and its message.
 */
@Component
class FourEyesListener implements TaskListener {

  /** The approve-offer form's value of {@code offerDecision} that lets the offer go out. */
  static final String APPROVE = "approve";

  private final JudgedOffers judgedOffers;
  private final IdentityService identityService;

  FourEyesListener(JudgedOffers judgedOffers, IdentityService identityService) {
    this.judgedOffers = judgedOffers;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    String complaint = task.getExecution().getProcessBusinessKey();
    JudgedOffer judged = judgedOffers.judged(Values.of(task), task.getProcessInstanceId(), complaint);
    if (judged == null) {
      return; // started before offers were judged and sealed: nothing recorded to hold against
    }
    String approver = EVENTNAME_ASSIGNMENT.equals(task.getEventName())
        ? task.getAssignee() : RecordWhoOfferedListener.actingUser(identityService, task);
    if (approver != null && approver.equals(judged.offeredBy())) {
      throw new AuthorizationException(approver + " made this offer on complaint " + complaint
          + ", so " + approver + " may not approve it: another manager must (four eyes).");
    }
    if (EVENTNAME_COMPLETE.equals(task.getEventName()) && APPROVE.equals(task.getVariable(VAR_OFFER_DECISION))
        && !JudgedOffers.sameOptions(judged.options(), SolutionOption.offered(task))) {
      throw new AuthorizationException("The offer of complaint " + complaint + " was changed after the "
          + "authority check, so it cannot be approved as it stands: reject it, and the agent offers again.");
    }
  }
}
