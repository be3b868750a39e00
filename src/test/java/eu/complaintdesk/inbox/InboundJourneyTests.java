package eu.complaintdesk.inbox;

import static eu.complaintdesk.ProcessConstants.MESSAGE_FEEDBACK_RECEIVED;
import static eu.complaintdesk.ProcessConstants.MESSAGE_INFORMATION_RECEIVED;
import static eu.complaintdesk.ProcessConstants.MESSAGE_SOLUTION_CHOSEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.ProcessConstants;
import eu.complaintdesk.communication.CommunicationEntry;
import eu.complaintdesk.communication.CommunicationEntry.Direction;
import eu.complaintdesk.communication.CommunicationLog;
import eu.complaintdesk.complaint.ComplaintScenario;
import eu.complaintdesk.customer.DueJobs;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 8's "done when": a customer carries a complaint to its end only by mail, from an ordinary
 * mail client, in English, Slovenian and Bulgarian. The first mail opens the complaint; each reply
 * to a mail the customer received (threaded by its headers, quoted history below, in the language's
 * usual charset) wakes the step that waits for it; agents work their tasks as in Tasklist; the
 * reopen period ends by its timer. Real SMTP and IMAP (GreenMail), the real inbox, PostgreSQL.
 */
@ComplaintDeskTest
class InboundJourneyTests {

  @Autowired
  GreenMail server;
  @Autowired
  InboxPoller poller;
  @Autowired
  ProcessEngine engine;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  ManagementService managementService;
  @Autowired
  CommunicationLog communicationLog;

  private final String domain = "journey-" + UUID.randomUUID() + ".example.org";

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    new ComplaintsMailbox(server).empty();
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    ComplaintsMailbox.endWhatMailsStarted(runtimeService, domain);
  }

  @ParameterizedTest(name = "in {0}, {1}")
  @CsvSource(delimiter = '|', textBlock = """
      en | UTF-8        | The kettle I bought stopped working | Hello, the kettle I bought from you last week stopped working after two days. Could you please help me? | The order number is 4711, I bought it on Monday, 9 March. | On Thu, 3 Dec 2026 at 10:15, Complaint Desk <complaints@complaint-desk.local> wrote: | Option 2, please. | Score 5. Thank you very much!
      sl | windows-1250 | Grelnik vode ne deluje              | Spoštovani, grelnik vode, ki sem ga kupila pri vas prejšnji teden, je po dveh dneh prenehal delovati. Prosim za pomoč. | Številka naročila je 4711, kupila sem ga v ponedeljek, 9. marca. | Dne 3. 12. 2026 ob 10:15 je Complaint Desk napisal(a): | Druga možnost, prosim. | Ocena 5. Najlepša hvala!
      bg | windows-1251 | Каната не работи                    | Здравейте, каната, която купих от вас миналата седмица, спря да работи след два дни. Моля, помогнете ми. | Номерът на поръчката е 4711, купих я в понеделник, 9 март. | На 3.12.2026 г. в 10:15 Complaint Desk написа: | Избирам вариант 2, благодаря. | Оценка 5. Много благодаря!
      """)
  void aCustomerCarriesAComplaintToItsEnd_byReplyingToOurMails(String language, String charset, String subject,
      String complaintText, String information, String attribution, String choice, String score) throws Exception {
    CustomerMailClient client = new CustomerMailClient("jana@" + domain, charset, server);

    // Given the customer writes a first mail, without any reference
    deliverAndPoll(client.write(subject, complaintText));

    // Then it opened a complaint by e-mail in the customer's language, and the acknowledgement went out
    ProcessInstance complaint = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(ProcessConstants.PROCESS_COMPLAINT_HANDLING)
        .variableValueEquals(ProcessConstants.VAR_CUSTOMER_EMAIL, "jana@" + domain).singleResult();
    assertThat(complaint).as("the complaint the first mail opened").isNotNull();
    String id = complaint.getId();
    String reference = complaint.getBusinessKey();
    assertThat(runtimeService.getVariable(id, ProcessConstants.VAR_CUSTOMER_LANGUAGE)).isEqualTo(language);
    assertThat(runtimeService.getVariable(id, ProcessConstants.VAR_CHANNEL)).isEqualTo(ProcessConstants.CHANNEL_EMAIL);
    DueJobs.run(managementService, complaint);
    client.received(reference, "acknowledgement");

    // When the agent listens, and asks the customer for the order number by mail
    complete(complaint, "listenToCustomer", "customerAccount", "Kettle broken after two days.");
    complete(complaint, "gatherInformation", "informationComplete", "askCustomer",
        "informationRequest", "Which order number, and when did you buy it?");
    assertThat(complaint).isWaitingAt("awaitInformation");

    // and the customer replies to that mail
    deliverAndPoll(client.replyTo(reference, "information-request", information, attribution));

    // Then the reply woke the step, as the information and without the quoted history
    assertThat(complaint).hasPassed("informationReceived").isWaitingAt("gatherInformation");
    assertThat(historic(complaint, ProcessConstants.VAR_INFORMATION_REPLY)).isEqualTo(information);

    // When the agent offers two solutions, and the customer replies to the options mail with the second
    complete(complaint, "gatherInformation", "informationComplete", "complete");
    complete(complaint, "recordComplaint", "details", "Kettle stopped after two days.");
    complete(complaint, "showEmpathy", "customerFeeling", "frustrated");
    complete(complaint, "offerSolution", "option1Type", "refund", "option1Amount", 40.0,
        "option1Description", "Your money back.", "addOption2", true, "option2Type", "replacement",
        "option2Amount", 35.0, "option2Description", "A new kettle.");
    assertThat(complaint).isWaitingAt("discussSolutions");
    deliverAndPoll(client.replyTo(reference, "solution-options", choice, attribution));

    // Then the choice woke the step, as the second option
    assertThat(complaint).hasPassed("customerChoseSolution").isWaitingAt("makePromise");
    assertThat(historic(complaint, ProcessConstants.VAR_CHOSEN_OPTION)).isEqualTo("option2");

    // When the promise is kept and the outcome recorded, the customer replies to the survey with a score
    complete(complaint, "makePromise", "promise1Description", "A new kettle by courier.",
        "promise1Due", LocalDate.now(ZoneId.of("Europe/Ljubljana")).plusDays(7).toString());
    complete(complaint, "keepPromise", "promiseKept", true);
    complete(complaint, "recordOutcome", "complaintOutcome", "upheld", "rootCause", "productDefect",
        "findings", "A faulty thermostat.", "redress", "A new kettle.");
    assertThat(complaint).isWaitingAt("awaitFeedback");
    deliverAndPoll(client.replyTo(reference, "survey", score, attribution));

    // Then the score woke the survey, and the complaint is closed for the reopen period
    assertThat(complaint).hasPassed("awaitFeedback", "complaintClosed");
    assertThat(historic(complaint, ProcessConstants.VAR_FEEDBACK_SCORE)).isEqualTo(5);
    reviewIfSampled(complaint);
    assertThat(complaint).isWaitingAt("reopenWindow");

    // When the reopen period is over, the complaint has reached its end
    fireTimer(complaint, "reopenPeriodOver");
    assertThat(complaint).isEnded().hasPassed("closedForGood").hasNotPassed("reopenRequested", "readCustomerMessage");

    // And the communication log holds the first mail and each reply, received by e-mail
    assertThat(communicationLog.entriesFor(reference).stream()
        .filter(entry -> entry.direction() == Direction.RECEIVED))
        .extracting(CommunicationEntry::kind, CommunicationEntry::channel)
        .containsExactlyInAnyOrder(tuple(NewComplaintsByMail.LOG_KIND, "email"),
            tuple(MESSAGE_INFORMATION_RECEIVED, "email"),
            tuple(MESSAGE_SOLUTION_CHOSEN, "email"),
            tuple(MESSAGE_FEEDBACK_RECEIVED, "email"));
  }

  private void deliverAndPoll(MimeMessage mail) throws Exception {
    new ComplaintsMailbox(server).deliver(mail);
    assertThat(poller.poll()).as("mails the inbox dealt with").isEqualTo(1);
    assertThat(new ComplaintsMailbox(server).subjects("Quarantine")).isEmpty();
  }

  /** Completes the step's task as Tasklist would, then runs what follows (mails), as the job executor would. */
  private void complete(ProcessInstance complaint, String taskKey, Object... nameValuePairs) {
    Map<String, Object> variables = new HashMap<>();
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      variables.put((String) nameValuePairs[i], nameValuePairs[i + 1]);
    }
    Task task = taskService.createTaskQuery().processInstanceId(complaint.getId()).taskDefinitionKey(taskKey)
        .singleResult();
    assertThat(task).as("open task %s", taskKey).isNotNull();
    taskService.complete(task.getId(), variables);
    DueJobs.run(managementService, complaint);
  }

  /** Managers review a sample of complaints, by reference: this one may fall into it. */
  private void reviewIfSampled(ProcessInstance complaint) {
    if (taskService.createTaskQuery().processInstanceId(complaint.getId()).taskDefinitionKey("reviewQuality")
        .count() > 0) {
      complete(complaint, "reviewQuality", ComplaintScenario.qualityReview(5));
    }
  }

  /** Fires the timer at its due date, the engine clock moved there first. */
  private void fireTimer(ProcessInstance complaint, String activityId) {
    Job timer = managementService.createJobQuery().processInstanceId(complaint.getId()).activityId(activityId)
        .timers().singleResult();
    assertThat(timer).as("timer %s", activityId).isNotNull();
    ClockUtil.setCurrentTime(timer.getDuedate());
    managementService.executeJob(timer.getId());
  }

  private Object historic(ProcessInstance complaint, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(complaint.getId())
        .variableName(name).singleResult().getValue();
  }
}
