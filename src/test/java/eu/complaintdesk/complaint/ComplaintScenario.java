package eu.complaintdesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import com.icegreen.greenmail.util.GreenMail;
import eu.complaintdesk.ProcessConstants;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The moves of a complaint through the process, for process tests: start it as the intake form
 * does, complete its tasks, run its jobs and timers, answer as the customer, read its mails. Every
 * query is scoped to the one process instance, so tests in the shared context never see each
 * other's work.
 */
public final class ComplaintScenario {

  static final ZoneId DESK = ZoneId.of("Europe/Ljubljana");

  public final ProcessInstance instance;
  private final GreenMail mailServer;
  final String customerEmail;

  private ComplaintScenario(ProcessInstance instance, GreenMail mailServer, String customerEmail) {
    this.instance = instance;
    this.mailServer = mailServer;
    this.customerEmail = customerEmail;
  }

  /** Sets the engine clock to a local time of the desk (Europe/Ljubljana). */
  public static void clockAt(String localDateTime) {
    ClockUtil.setCurrentTime(at(localDateTime));
  }

  public static Date at(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(DESK).toInstant());
  }

  /** The intake form's values for a medium service-quality complaint of a standard customer. */
  public static VariableMap intake(String customerEmail) {
    return Variables.createVariables()
        .putValue(ProcessConstants.VAR_CUSTOMER_NAME, "Jana Novak")
        .putValue(ProcessConstants.VAR_CUSTOMER_EMAIL, customerEmail)
        .putValue(ProcessConstants.VAR_CUSTOMER_PHONE, "+386 1 234 5678")
        .putValue(ProcessConstants.VAR_CUSTOMER_LANGUAGE, "en")
        .putValue(ProcessConstants.VAR_CHANNEL, "email")
        .putValue(ProcessConstants.VAR_COMPLAINT_TYPE, "serviceQuality")
        .putValue(ProcessConstants.VAR_SEVERITY, "medium")
        .putValue(ProcessConstants.VAR_CUSTOMER_TIER, "standard")
        .putValue(ProcessConstants.VAR_SUMMARY, "The technician did not come on the agreed day.");
  }

  /** Starts a complaint as Tasklist's start form does, and sends the acknowledgement. */
  public static ComplaintScenario start(VariableMap intake, GreenMail mailServer) {
    ProcessInstance instance = runtimeService()
        .startProcessInstanceByKey(ProcessConstants.PROCESS_COMPLAINT_HANDLING, intake);
    return new ComplaintScenario(instance, mailServer,
        (String) intake.get(ProcessConstants.VAR_CUSTOMER_EMAIL));
  }

  /**
   * A complaint that is already at {@code activityId}, as the invoice example starts late
   * segments: the intake values, a reference as business key and deadlines far enough ahead,
   * overridden by {@code variables}.
   */
  public static ComplaintScenario startAt(String activityId, VariableMap variables, GreenMail mailServer) {
    Date now = ClockUtil.getCurrentTime();
    String reference = String.format("CMP-2026-%06d", 900_000 + NEXT_TEST_REFERENCE.incrementAndGet());
    String email = "customer-" + UUID.randomUUID() + "@example.org";
    VariableMap all = intake(email)
        .putValue(ProcessConstants.VAR_COMPLAINT_REFERENCE, reference)
        .putValue(ProcessConstants.VAR_RECEIVED_AT, now)
        .putValue(ProcessConstants.VAR_PRIORITY, 50)
        .putValue(ProcessConstants.VAR_ESCALATED, false)
        .putValue(ProcessConstants.VAR_FIRST_RESPONSE_WARNING_AT, plusDays(now, 1))
        .putValue(ProcessConstants.VAR_FIRST_RESPONSE_DUE, plusDays(now, 2))
        .putValue(ProcessConstants.VAR_RESOLUTION_DUE, plusDays(now, 14))
        .putValue(ProcessConstants.VAR_CHOICE_FALLBACK_AT, plusDays(now, 9))
        .putValue(ProcessConstants.VAR_HOLDING_REPLY_AT, plusDays(now, 49))
        .putValue(ProcessConstants.VAR_FINAL_RESPONSE_DUE, plusDays(now, 56));
    all.putAll(variables);
    ProcessInstance instance = runtimeService()
        .createProcessInstanceByKey(ProcessConstants.PROCESS_COMPLAINT_HANDLING)
        .businessKey(reference)
        .setVariables(all) // before the instruction: process variables, there when timers are set
        .startBeforeActivity(activityId)
        .execute();
    return new ComplaintScenario(instance, mailServer, email);
  }

  private static final AtomicInteger NEXT_TEST_REFERENCE = new AtomicInteger();

  private static Date plusDays(Date date, int days) {
    return Date.from(date.toInstant().plus(Duration.ofDays(days)));
  }

  /**
   * Ends the complaint if it still runs, so that its tasks do not crowd the task lists that tests
   * in the same application read afterwards (Tasklist's first page in the browser tests).
   */
  void discard() {
    if (runtimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count() > 0) {
      runtimeService().deleteProcessInstance(instance.getId(), "test over");
    }
  }

  /** The reference, which is the business key: still known when the complaint has ended. */
  public String reference() {
    return instance.getBusinessKey();
  }

  public Object variable(String name) {
    return runtimeService().getVariable(instance.getId(), name);
  }

  /** The open task of that step; fails when there is none. */
  public Task task(String taskKey) {
    Task task = taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as("open task %s", taskKey).isNotNull();
    return task;
  }

  /** Completes the step's task with the form's values (pairs of name and value). */
  public ComplaintScenario complete(String taskKey, Object... nameValuePairs) {
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete(task(taskKey), pairs(nameValuePairs));
    return this;
  }

  /**
   * A quality review's values (pairs of name and value): the overall score and every checklist
   * step's score, all {@code score}; the review requires each of them.
   */
  public static Object[] qualityReview(int score) {
    List<Object> pairs = new ArrayList<>(List.of(ProcessConstants.VAR_QUALITY_SCORE, score));
    ProcessConstants.REVIEW_STEP_SCORES.forEach(step -> pairs.addAll(List.of(step, score)));
    return pairs.toArray();
  }

  /**
   * Runs the job waiting at that activity: an async continuation, or a timer that is due by the
   * engine clock. A timer due later fails the test: fire it with {@link #fireTimer}, at its date. A
   * mail task is asynchronous after the send too: its continuation job runs as well, as the job
   * executor would run it right after.
   */
  public ComplaintScenario run(String activityId) {
    Job job = jobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
    assertThat(job).as("job at %s", activityId).isNotNull();
    if (job.getDuedate() != null) {
      assertThat(job.getDuedate()).as("job at %s runs before its due date: fire a timer at its date with"
          + " fireTimer(\"%s\", at(...))", activityId, activityId).isBeforeOrEqualTo(ClockUtil.getCurrentTime());
    }
    execute(job);
    Job continuation = jobQuery().processInstanceId(instance.getId()).activityId(activityId).messages()
        .singleResult();
    if (continuation != null) {
      execute(continuation);
    }
    return this;
  }

  /**
   * Runs the complaint's asynchronous continuations that are due (a mail and what follows it), not
   * its timers, as the job executor would right away; at most a few, so that a loop shows as a gap.
   */
  public ComplaintScenario runAsyncJobs() {
    for (int i = 0; i < 10; i++) {
      Job job = jobQuery().processInstanceId(instance.getId()).messages().executable()
          .orderByJobId().asc().list().stream().findFirst().orElse(null);
      if (job == null) {
        break;
      }
      execute(job);
    }
    return this;
  }

  /**
   * Fires the timer at that activity at its due date, which must be {@code expectedDue}: the engine
   * clock moves forward to it first, so that whatever the timer starts sees the time it fires at.
   */
  public ComplaintScenario fireTimer(String activityId, Date expectedDue) {
    Job job = jobQuery().processInstanceId(instance.getId()).activityId(activityId).timers().singleResult();
    assertThat(job).as("timer at %s", activityId).isNotNull();
    assertThat(job.getDuedate()).as("due date of the timer at %s", activityId).isEqualTo(expectedDue);
    if (expectedDue.after(ClockUtil.getCurrentTime())) {
      ClockUtil.setCurrentTime(expectedDue);
    }
    execute(job);
    return this;
  }

  /** The due date of the timer at that activity. */
  public Date timerDue(String activityId) {
    Job job = jobQuery().processInstanceId(instance.getId()).activityId(activityId).timers().singleResult();
    assertThat(job).as("timer at %s", activityId).isNotNull();
    return job.getDuedate();
  }

  /** The customer answers: a message correlated by the complaint reference. */
  public ComplaintScenario customerSends(String message, Object... nameValuePairs) {
    runtimeService().createMessageCorrelation(message)
        .processInstanceBusinessKey(reference())
        .setVariables(pairs(nameValuePairs))
        .correlate();
    return this;
  }

  /** The mails the customer received so far whose subject contains the text. */
  List<MimeMessage> mailsWith(String subjectText) {
    return Arrays.stream(mailServer.getReceivedMessagesForDomain(customerEmail))
        .filter(mail -> subject(mail).contains(subjectText))
        .toList();
  }

  static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The plain-text version as the customer reads it (decoded, not wrapped for transport). */
  static String body(MimeMessage mail) {
    try {
      return plainText(mail);
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String plainText(Part part) throws MessagingException, IOException {
    if (part.isMimeType("text/plain")) {
      return (String) part.getContent();
    }
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        String text = plainText(multipart.getBodyPart(i));
        if (text != null) {
          return text;
        }
      }
    }
    return null;
  }

  private static Map<String, Object> pairs(Object... nameValuePairs) {
    VariableMap variables = Variables.createVariables();
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      variables.putValue((String) nameValuePairs[i], nameValuePairs[i + 1]);
    }
    return variables;
  }
}
