package eu.complaintdesk.complaint;

import static eu.complaintdesk.ProcessConstants.PROCESS_COMPLAINT_HANDLING;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Checks every completion of a complaint's user task against its {@link CompletionRules} before it
 * counts. A task listener on {@code complete} runs after the submitted variables are set and before
 * anything is stored, for Tasklist and the REST API alike; its refusal rolls the completion back
 * and reaches the caller as a 400 ({@code system/EngineRestErrors}). Added when the diagram is
 * parsed, so an analyst who adds a task in the Modeler cannot forget it.
 */
@Component
class CompletionRulesPlugin extends AbstractProcessEnginePlugin {

  private final CompletionRules rules;

  CompletionRulesPlugin(CompletionRules rules) {
    this.rules = rules;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    TaskListener check = rules::check;
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getProcessDefinition() instanceof ProcessDefinitionEntity definition
            && PROCESS_COMPLAINT_HANDLING.equals(definition.getKey())) {
          ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
              .addTaskListener(TaskListener.EVENTNAME_COMPLETE, check);
        }
      }
    });
  }
}
