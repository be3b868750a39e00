package eu.complaintdesk.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import eu.complaintdesk.ProcessConstants;
import eu.complaintdesk.complaint.ComplaintScenario;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.DelegateInterceptor;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A withdrawal that lands while a survey answer is being delivered, forced: the engine's delegate
 * interceptor lets the withdrawal run and commit in another thread at the moment the answer's own
 * correlation checks it at the survey's wait. The customer gets the polite "no longer waiting"
 * page, never a 500, and the withdrawal stands.
 */
@ComplaintDeskTest
class AnswerRaceTests {

  private static final String FORM = "application/x-www-form-urlencoded";

  @Autowired
  HttpTestClient http;
  @Autowired
  LinkTokens tokens;
  @Autowired
  ProcessEngine processEngine;
  @Autowired
  GreenMail mailServer;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(processEngine);
  }

  @Test
  void aWithdrawalDuringTheScoresDelivery_isThePoliteNotWaitingAnswer_andTheWithdrawalStands() {
    // Given a complaint waiting for the survey, and its score link
    ComplaintScenario complaint = ComplaintScenario.startAt("awaitFeedback",
        Variables.createVariables().putValue(ProcessConstants.VAR_CUSTOMER_LANGUAGE, "en"), mailServer);
    String token = tokens.issue(LinkPurpose.FEEDBACK, complaint.reference());

    // When the customer withdraws in another tab just while the score is being delivered
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) processEngine
        .getProcessEngineConfiguration();
    DelegateInterceptor original = configuration.getDelegateInterceptor();
    AtomicBoolean armed = new AtomicBoolean(true);
    configuration.setDelegateInterceptor(invocation -> {
      if (armed.compareAndSet(true, false)) {
        withdrawInAnotherTransaction(complaint);
      }
      original.handleInvocation(invocation);
    });
    HttpResponse<String> sent;
    try {
      sent = http.post("/customer/feedback", null, null, FORM, "token=" + token + "&score=4");
    } finally {
      configuration.setDelegateInterceptor(original);
    }

    // Then the customer is told politely, the withdrawal stands, and the score was not recorded
    assertThat(armed).isFalse();
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
    assertThat(sent.body()).contains("no longer waits for this answer");
    assertThat(complaint.instance).hasPassed("complaintWithdrawn").hasNotPassed("scoreLow");
    assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(complaint.instance.getId()).variableName(ProcessConstants.VAR_FEEDBACK_SCORE).count())
        .isZero();
  }

  private void withdrawInAnotherTransaction(ComplaintScenario complaint) {
    CompletableFuture.runAsync(() -> processEngine.getRuntimeService()
        .createMessageCorrelation(ProcessConstants.MESSAGE_COMPLAINT_WITHDRAWN)
        .processInstanceBusinessKey(complaint.reference()).correlate()).join();
  }

}
