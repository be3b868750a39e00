package eu.complaintdesk.communication;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Whether the complaint still waits for the answer to a survey already sent, for the diagram's
 * gateway {@code surveyStillOpen} ({@code ${surveys.stillOpen(execution)}}): a complaint reopened
 * and resolved again while its first survey is unanswered keeps that survey, since two open surveys
 * could not be told apart by the customer's answer.
 */
@Component("surveys")
public class Surveys {

  static final String AWAIT_FEEDBACK = "awaitFeedback";

  public boolean stillOpen(DelegateExecution execution) {
    return execution.getProcessEngineServices().getRuntimeService().createExecutionQuery()
        .processInstanceId(execution.getProcessInstanceId()).activityId(AWAIT_FEEDBACK).count() > 0;
  }
}
