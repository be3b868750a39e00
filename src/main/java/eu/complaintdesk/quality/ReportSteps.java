package eu.complaintdesk.quality;

import static eu.complaintdesk.ProcessConstants.GROUP_AGENTS;
import static eu.complaintdesk.ProcessConstants.PROCESS_COMPLAINT_HANDLING;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * What the diagram says about its steps, learnt as it is parsed (so an analyst's new escalation or
 * agents' task counts without a change here): which user tasks belong to the agents (the report's
 * agent is who completed the latest), and which service tasks escalate to the head of service
 * (those that call {@code escalateManagerTaskDelegate}).
 */
class ReportSteps extends AbstractBpmnParseListener {

  static final String ESCALATION_DELEGATE = "${escalateManagerTaskDelegate}";

  private final Set<String> agentsTasks = ConcurrentHashMap.newKeySet();
  private final Set<String> escalations = ConcurrentHashMap.newKeySet();
  private final Map<String, Boolean> complaintDefinitions = new ConcurrentHashMap<>();

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    if (isComplaint(activity) && activity.getActivityBehavior() instanceof UserTaskActivityBehavior task
        && task.getTaskDefinition().getCandidateGroupIdExpressions().stream()
            .map(Expression::getExpressionText).anyMatch(GROUP_AGENTS::equals)) {
      agentsTasks.add(activity.getId());
    }
  }

  @Override
  public void parseServiceTask(Element serviceTaskElement, ScopeImpl scope, ActivityImpl activity) {
    if (isComplaint(activity) && ESCALATION_DELEGATE.equals(
        serviceTaskElement.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "delegateExpression"))) {
      escalations.add(activity.getId());
    }
  }

  boolean isAgentsTask(String taskDefinitionKey) {
    return agentsTasks.contains(taskDefinitionKey);
  }

  boolean isEscalation(String activityId) {
    return escalations.contains(activityId);
  }

  /** Whether a process definition (by id) is the complaint process; asked inside a command. */
  boolean isComplaint(String processDefinitionId) {
    return processDefinitionId != null && complaintDefinitions.computeIfAbsent(processDefinitionId, id ->
        PROCESS_COMPLAINT_HANDLING.equals(Context.getProcessEngineConfiguration().getDeploymentCache()
            .findDeployedProcessDefinitionById(id).getKey()));
  }

  private static boolean isComplaint(ActivityImpl activity) {
    return activity.getProcessDefinition() instanceof ProcessDefinitionEntity definition
        && PROCESS_COMPLAINT_HANDLING.equals(definition.getKey());
  }
}
