package eu.complaintdesk.tasklist;

import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_NAME;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Every task in Tasklist says which complaint and customer it is for ("Listen to the customer ·
 * CMP-2026-000123 · Jane Doe"), while the diagram keeps the plain step names an analyst reads.
 */
@Component
class TaskLabelsPlugin extends AbstractProcessEnginePlugin {

  static final String SEPARATOR = " · ";

  static final TaskListener LABEL = (DelegateTask task) -> {
    String reference = task.getExecution().getProcessBusinessKey();
    Object customer = task.getVariable(VAR_CUSTOMER_NAME);
    StringBuilder name = new StringBuilder(task.getName() == null ? "" : task.getName());
    if (reference != null) {
      name.append(SEPARATOR).append(reference);
    }
    if (customer != null) {
      name.append(SEPARATOR).append(customer);
    }
    task.setName(name.toString());
  };

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addTaskListener(TaskListener.EVENTNAME_CREATE, LABEL);
      }
    });
  }
}
