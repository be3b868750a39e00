package eu.complaintdesk.complaint;

import static eu.complaintdesk.ProcessConstants.DECISION_COMPENSATION_AUTHORITY;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * Asks compensation-authority.dmn, for every remedy the agent offered ({@link SolutionOption}), whether the agent may offer
 * it alone. The decision of the process's own deployment is used, so a process version keeps the
 * authority table it was deployed with.
 */
@Component
class CompensationAuthority {

  /** The verdict on one offered remedy. */
  record Verdict(int option, String remedyType, double amount, boolean withinAuthority, String reason) {
  }

  private final DecisionService decisionService;
  private final RepositoryService repositoryService;

  CompensationAuthority(DecisionService decisionService, RepositoryService repositoryService) {
    this.decisionService = decisionService;
    this.repositoryService = repositoryService;
  }

  /** A verdict for each option the agent offered (option 1, and 2 and 3 when added). */
  List<Verdict> judge(DelegateExecution execution, List<SolutionOption> offered) {
    String decisionId = decisionOf(execution).getId();
    List<Verdict> verdicts = new ArrayList<>();
    for (SolutionOption option : offered) {
      VariableMap inputs = Variables.createVariables()
          .putValue("remedyType", option.type())
          .putValue("amount", option.amountOrZero());
      Map<String, Object> result = decisionService.evaluateDecisionTableById(decisionId, inputs).getSingleResult();
      verdicts.add(new Verdict(option.number(), option.type(), option.amountOrZero(),
          Boolean.TRUE.equals(result.get("withinAuthority")), (String) result.get("reason")));
    }
    return verdicts;
  }

  private DecisionDefinition decisionOf(DelegateExecution execution) {
    String deploymentId = repositoryService.getProcessDefinition(execution.getProcessDefinitionId()).getDeploymentId();
    DecisionDefinition decision = repositoryService.createDecisionDefinitionQuery()
        .decisionDefinitionKey(DECISION_COMPENSATION_AUTHORITY)
        .deploymentId(deploymentId)
        .singleResult();
    if (decision == null) {
      throw new IllegalStateException("The deployment of this process has no decision "
          + DECISION_COMPENSATION_AUTHORITY + " (processes/compensation-authority.dmn)");
    }
    return decision;
  }
}
