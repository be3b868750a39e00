package eu.complaintdesk.complaint;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.springframework.stereotype.Component;

/**
 * Checks a customer's answer where it arrives: on every event of the diagram that catches a
 * customer's message ({@code camunda:executionListener delegateExpression="${checkCustomerAnswer}"
 * event="end"}). The engine has set the message's variables just before, in the same transaction,
 * so a refusal rolls them back with everything else and no caller, REST API included, can bypass
 * it. Which rules apply follows from the message the event catches ({@link CustomerAnswers}).
 */
@Component("checkCustomerAnswer")
class CheckCustomerAnswerListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // left because something else happened (a timer, a withdrawal): no answer arrived here
    }
    CustomerAnswers.check(messageOf(execution.getBpmnModelElementInstance()), Values.of(execution));
  }

  private static String messageOf(FlowElement element) {
    Message message = element instanceof ReceiveTask task ? task.getMessage()
        : element instanceof CatchEvent event ? event.getEventDefinitions().stream()
            .filter(MessageEventDefinition.class::isInstance).map(MessageEventDefinition.class::cast)
            .map(MessageEventDefinition::getMessage).findFirst().orElse(null)
        : null;
    if (message == null) {
      throw new IllegalStateException(element.getId() + " catches no message: ${checkCustomerAnswer} belongs on a "
          + "message event or a receive task");
    }
    return message.getName();
  }
}
