package eu.complaintdesk.deadline;

import static eu.complaintdesk.deadline.BusinessCalendarTests.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;

import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Pausing and resuming the resolution deadline on a real engine (in-memory H2, see
 * deadline/plain-engine.cfg.xml; not camunda.cfg.xml, which the webapps of the Spring tests would
 * find on the classpath and start as a second engine), with a test model whose user task carries the boundary timer
 * {@code resolutionDeadline} due at {@code ${resolutionDue}}.
 */
@Deployment(resources = "deadline/resolution-clock.bpmn")
class ResolutionClockTests {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .configurationResource("deadline/plain-engine.cfg.xml")
      .build();

  private static final String TIMER = "resolutionDeadline";

  private final BusinessCalendar calendar = new BusinessCalendar(BusinessHoursProperties.defaults());
  private ManagementService managementService;
  private ResolutionClock clock;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine.getProcessEngine());
    managementService = engine.getManagementService();
    clock = new ResolutionClock(engine.getProcessEngine(), calendar);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void pausedDeadline_resumesWithTheBusinessTimeThatWasLeft() {
    // Given a complaint on Monday 2 March 2026 09:00 with ten business hours to resolve it:
    // due Tuesday 10:00
    ProcessInstance complaint = startComplaintAt("2026-03-02T09:00", "PT10H");
    assertThat(timer(complaint).getDuedate()).isEqualTo(date("2026-03-03T10:00"));

    // When we start waiting for the customer on Monday at 15:00
    now("2026-03-02T15:00");
    Duration left = clock.pause(complaint.getId(), TIMER);

    // Then four business hours are left (Monday 15-17, Tuesday 8-10) and the timer is suspended,
    // so it does not fire when its old due date passes
    assertThat(left).isEqualTo(Duration.ofHours(4));
    assertThat(timer(complaint).isSuspended()).isTrue();
    now("2026-03-04T12:00");
    assertThat(jobQuery().processInstanceId(complaint.getId()).active().executable().count())
        .isZero();

    // When the customer answers on Thursday 5 March at 16:00
    now("2026-03-05T16:00");
    var resumedDue = clock.resume(complaint.getId(), TIMER, left);

    // Then the deadline runs again with four hours: Thursday 16-17 and Friday 8-11
    assertThat(resumedDue).contains(date("2026-03-06T11:00"));
    assertThat(timer(complaint).getDuedate()).isEqualTo(date("2026-03-06T11:00"));
    assertThat(timer(complaint).isSuspended()).isFalse();

    // and it is not due a minute before, but fires at 11:00
    now("2026-03-06T10:59");
    assertThat(jobQuery().processInstanceId(complaint.getId()).executable().count()).isZero();
    now("2026-03-06T11:00");
    execute(timer(complaint));
    assertThat(complaint).hasPassed(TIMER, "deadlinePassed").hasNotPassed("complaintResolved")
        .isEnded();
  }

  @Test
  void deadlineThatHasPassed_isNeitherPausedNorResumed() {
    // Given a complaint whose deadline has fired
    ProcessInstance complaint = startComplaintAt("2026-03-02T09:00", "PT1H");
    now("2026-03-02T10:00");
    execute(timer(complaint));
    assertThat(complaint).hasPassed("deadlinePassed").isEnded();

    // When the deadline is paused and resumed, Then nothing is left and nothing is due
    assertThat(clock.pause(complaint.getId(), TIMER)).isZero();
    assertThat(clock.resume(complaint.getId(), TIMER, Duration.ofHours(2))).isEmpty();
  }

  @Test
  void pausingTwice_isRefusedBecauseTheTimeLeftWouldBeLost() {
    // Given a paused deadline
    ProcessInstance complaint = startComplaintAt("2026-03-02T09:00", "PT10H");
    clock.pause(complaint.getId(), TIMER);

    // When it is paused again, Then the clock refuses and the timer stays suspended
    assertThatIllegalStateException().isThrownBy(() -> clock.pause(complaint.getId(), TIMER))
        .withMessage("The timer resolutionDeadline of process instance " + complaint.getId()
            + " is already paused");
    assertThat(timer(complaint).isSuspended()).isTrue();
  }

  private ProcessInstance startComplaintAt(String localDateTime, String resolutionTime) {
    now(localDateTime);
    Date resolutionDue = Date.from(calendar.plus(at(localDateTime), resolutionTime));
    return engine.getRuntimeService().startProcessInstanceByKey("resolutionClockTest",
        Variables.createVariables().putValue("resolutionDue", resolutionDue));
  }

  private Job timer(ProcessInstance complaint) {
    return managementService.createJobQuery().processInstanceId(complaint.getId())
        .activityId(TIMER).timers().singleResult();
  }

  private static void now(String localDateTime) {
    ClockUtil.setCurrentTime(date(localDateTime));
  }

  private static Date date(String localDateTime) {
    return Date.from(at(localDateTime));
  }
}
