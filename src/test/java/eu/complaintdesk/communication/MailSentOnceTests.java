package eu.complaintdesk.communication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.ProcessConstants;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A mail leaves once: what follows a mail task runs in a transaction of its own, so its failure
 * retries the continuation, not the send. And where a send is retried after all (a rollback after
 * the mail left), the copy has the Message-ID of the first try.
 *
 * <p>The failing step is a small model deployed here: a real mail task followed by a step that
 * fails on bad data (a day that is no date) until an operator corrects it, as in Cockpit.
 */
@ComplaintDeskTest
class MailSentOnceTests {

  private static final String PROCESS = "mailThenFollowUp";
  private static final String DOMAIN = "complaint-desk.local";

  @Autowired
  ProcessEngine engine;
  @Autowired
  GreenMail mailServer;

  private Deployment deployment;

  @AfterEach
  void undeploy() {
    if (deployment != null) {
      engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }
  }

  @Test
  void everyMailTaskOfTheDiagram_isAsynchronousBeforeAndAfterTheSend_withRetries() {
    List<ServiceTask> mailTasks = Bpmn.readModelFromFile(Path.of("processes", "complaint-handling.bpmn").toFile())
        .getModelElementsByType(ServiceTask.class).stream()
        .filter(task -> task.getId().startsWith("send") && task.getId().endsWith("Email"))
        .toList();

    assertThat(mailTasks).isNotEmpty().allSatisfy(task -> {
      assertThat(task.isCamundaAsyncBefore()).as("%s async before", task.getId()).isTrue();
      assertThat(task.isCamundaAsyncAfter()).as("%s async after", task.getId()).isTrue();
      assertThat(task.getExtensionElements().getElementsQuery()
          .filterByType(CamundaFailedJobRetryTimeCycle.class).singleResult().getTextContent())
          .as("%s retries", task.getId()).isEqualTo("R5/PT5M");
    });
  }

  @Test
  void stepAfterTheMailFails_theContinuationRetries_andTheCustomerGetsOneMail() throws Exception {
    // Given a mail task, asynchronous after the send as in the diagram, and a failing next step
    ProcessInstance complaint = start(true);
    runJob(complaint);
    assertThat(mails(complaint)).hasSize(1);

    // When the step after the mail fails
    assertThatThrownBy(() -> runJob(complaint)).hasMessageContaining("is not a date");

    // Then only the continuation waits for a retry, and no second mail went out
    Job retry = job(complaint);
    assertThat(retry.getRetries()).isEqualTo(4);
    assertThat(retry.getExceptionMessage()).contains("is not a date");
    assertThat(mails(complaint)).hasSize(1);

    // When the data is corrected and the job retried
    engine.getRuntimeService().setVariable(complaint.getId(), "followUpDay", "2026-03-12");
    runJob(complaint);

    // Then the process goes on, still with the one mail, which carries the complaint's Message-ID
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(complaint.getId())
        .count()).isZero();
    assertThat(mails(complaint)).singleElement().satisfies(mail -> assertThat(messageId(mail))
        .isEqualTo("<" + complaint.getBusinessKey() + ".apology.1@" + DOMAIN + ">"));
  }

  @Test
  void sendRolledBackAfterTheMailLeft_theRetryHasTheSameMessageId() throws Exception {
    // Given a mail task NOT asynchronous after the send, followed by a failing step
    ProcessInstance complaint = start(false);

    // When the send succeeds but the transaction is rolled back by the next step, and retried
    assertThatThrownBy(() -> runJob(complaint)).hasMessageContaining("is not a date");
    engine.getRuntimeService().setVariable(complaint.getId(), "followUpDay", "2026-03-12");
    runJob(complaint);

    // Then the customer got the mail twice, recognisably the same mail: one Message-ID
    assertThat(mails(complaint)).hasSize(2).extracting(MailSentOnceTests::messageId).containsOnly(
        "<" + complaint.getBusinessKey() + ".apology.1@" + DOMAIN + ">");
  }

  private ProcessInstance start(boolean asyncAfter) {
    BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1)
        .startEvent()
        .serviceTask("sendApologyEmail").camundaDelegateExpression("${sendApologyEmailDelegate}")
        .camundaAsyncBefore().camundaAsyncAfter(asyncAfter).camundaFailedJobRetryTimeCycle("R5/PT5M")
        .serviceTask("followUp").camundaExpression("${deadlines.endOfBusinessDay(followUpDay)}")
        .endEvent()
        .done();
    deployment = engine.getRepositoryService().createDeployment()
        .addModelInstance(PROCESS + ".bpmn", model).deploy();
    String reference = "CMP-2026-" + String.format("%06d", Math.floorMod(UUID.randomUUID().hashCode(), 1_000_000));
    return engine.getRuntimeService().startProcessInstanceByKey(PROCESS, reference, Variables.createVariables()
        .putValue(ProcessConstants.VAR_COMPLAINT_REFERENCE, reference)
        .putValue(ProcessConstants.VAR_CUSTOMER_NAME, "Jana Novak")
        .putValue(ProcessConstants.VAR_CUSTOMER_EMAIL, "customer-" + UUID.randomUUID() + "@example.org")
        .putValue("followUpDay", "not a day"));
  }

  private Job job(ProcessInstance complaint) {
    return engine.getManagementService().createJobQuery().processInstanceId(complaint.getId()).singleResult();
  }

  private void runJob(ProcessInstance complaint) {
    engine.getManagementService().executeJob(job(complaint).getId());
  }

  private List<MimeMessage> mails(ProcessInstance complaint) {
    String email = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(complaint.getId()).variableName(ProcessConstants.VAR_CUSTOMER_EMAIL).singleResult()
        .getValue();
    return Arrays.asList(mailServer.getReceivedMessagesForDomain(email));
  }

  static String messageId(MimeMessage mail) {
    try {
      return mail.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
