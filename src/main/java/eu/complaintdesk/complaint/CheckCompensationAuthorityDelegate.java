package eu.complaintdesk.complaint;

import static eu.complaintdesk.ProcessConstants.VAR_AUTHORITY_NOTES;
import static eu.complaintdesk.ProcessConstants.VAR_WITHIN_AUTHORITY;

import eu.complaintdesk.complaint.CompensationAuthority.Verdict;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Four eyes (step 8): the offer goes out without a manager only when every remedy in it is within
 * the agent's authority; otherwise the manager sees why in {@code authorityNotes}. What was judged
 * is sealed ({@link JudgedOffers}), so that exactly this offer is approved and sent.
 */
@Component
class CheckCompensationAuthorityDelegate implements JavaDelegate {

  private final CompensationAuthority authority;
  private final JudgedOffers judgedOffers;

  CheckCompensationAuthorityDelegate(CompensationAuthority authority, JudgedOffers judgedOffers) {
    this.authority = authority;
    this.judgedOffers = judgedOffers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<SolutionOption> offered = SolutionOption.offered(execution);
    List<Verdict> verdicts = authority.judge(execution, offered);
    if (verdicts.isEmpty()) {
      throw new IllegalStateException("Complaint " + execution.getProcessBusinessKey()
          + ": the offer names no remedy (option1Type is empty)");
    }
    List<Verdict> above = verdicts.stream().filter(verdict -> !verdict.withinAuthority()).toList();
    execution.setVariable(VAR_WITHIN_AUTHORITY, above.isEmpty());
    execution.setVariable(VAR_AUTHORITY_NOTES, above.stream()
        .map(verdict -> "Option " + verdict.option() + ": " + verdict.reason())
        .collect(Collectors.joining("\n")));
    judgedOffers.record(execution, offered);
  }
}
