package eu.complaintdesk.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.ProcessConstants;
import eu.complaintdesk.ProcessCoverageConfiguration;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestPropertySource;

/**
 * The one path of processes/quarantined-mail.bpmn: a quarantined mail gives managers a task, due a
 * working day later, that shows what the inbox knew of the mail and ends when a manager says what
 * they did. Same context as ComplaintHandlingProcessTests (see there why it has its own engine).
 */
@ComplaintDeskTest
@Import(ProcessCoverageConfiguration.class)
@TestPropertySource(properties = "camunda.bpm.process-engine-name=processTests")
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class QuarantinedMailProcessTests {

  @Autowired
  ProcessEngine processEngine;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  QuarantinedMails quarantinedMails;

  @BeforeEach
  void engine() {
    BpmnAwareTests.init(processEngine);
  }

  @Test
  void quarantinedMail_givesManagersATask_untilOneSaysWhatTheyDid() {
    // Given a mail the inbox put in quarantine
    quarantinedMails.show(new Headline("id:test", "<zip@example.org>", "Jana Novak <jana@example.org>", "Photos"),
        "attachment photos.zip is an archive", "Quarantine");
    ProcessInstance mail = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(ProcessConstants.PROCESS_QUARANTINED_MAIL)
        .variableValueEquals(ProcessConstants.VAR_MAIL_MESSAGE_ID, "<zip@example.org>").singleResult();

    // Then managers have a task that names the mail, due within a working day or so
    assertThat(mail).isWaitingAt(ProcessConstants.TASK_CHECK_QUARANTINED_MAIL);
    Task check = task(mail);
    assertThat(check).hasCandidateGroup(ProcessConstants.GROUP_MANAGERS);
    assertThat(check.getDueDate()).isAfter(new Date()).isBefore(Date.from(new Date().toInstant()
        .plus(Duration.ofDays(5))));
    assertThat(runtimeService.getVariable(mail.getId(), ProcessConstants.VAR_QUARANTINE_REASON))
        .isEqualTo("attachment photos.zip is an archive");

    // When a manager says what they did
    complete(check, withVariables(ProcessConstants.VAR_QUARANTINE_ACTION, "Called Jana; she sent the photos."));

    // Then the mail's process has ended
    assertThat(mail).hasPassedInOrder("mailQuarantined", "checkQuarantinedMail", "quarantinedMailChecked").isEnded();
  }
}
