package eu.complaintdesk.complaint;

import static eu.complaintdesk.ProcessConstants.VAR_OFFERED_BY;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * "Offer a solution", on completion: remembers who made the offer, so that this person can never
 * approve it (four eyes, {@link FourEyesListener}). The logged-in user counts, not the assignee:
 * an administrator may complete a task nobody claimed. Whatever the completion sent as
 * {@code offeredBy} is overwritten; the authority check seals the value with the offer.
 */
@Component
class RecordWhoOfferedListener implements TaskListener {

  private final IdentityService identityService;

  RecordWhoOfferedListener(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariable(VAR_OFFERED_BY, actingUser(identityService, task));
  }

  /** Who acts on the task: the logged-in user, or its assignee when nobody is logged in (Java API). */
  static String actingUser(IdentityService identityService, DelegateTask task) {
    Authentication user = identityService.getCurrentAuthentication();
    return user != null ? user.getUserId() : task.getAssignee();
  }
}
