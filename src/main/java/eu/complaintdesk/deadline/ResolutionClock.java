package eu.complaintdesk.deadline;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.SuspensionState;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Stops and restarts a deadline timer while we wait for the customer: "the resolution deadline
 * pauses while we wait for the customer, and resumes with the time that was left".
 *
 * <p>Pausing suspends the timer's job (a suspended job is never executed) and measures the
 * business time left until its due date; resuming moves the due date to now plus that time and
 * activates the job again. The timer stays the same BPMN timer, so Cockpit shows one deadline
 * throughout, and no diagram needs a loop of timers to model the pause.
 *
 * <p>The time left is a {@link Duration}; keep it in a process variable as its ISO text
 * ({@code left.toString()}, e.g. {@code PT13H30M}) and read it back with {@link Duration#parse}:
 * the engine does not store Java-serialized objects by default.
 */
@Component
class ResolutionClock {

  private static final Logger LOG = LoggerFactory.getLogger(ResolutionClock.class);

  private final ManagementService managementService;
  private final CommandExecutor commands;
  private final BusinessCalendar calendar;

  ResolutionClock(ProcessEngine engine, BusinessCalendar calendar) {
    this.managementService = engine.getManagementService();
    this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired();
    this.calendar = calendar;
  }

  /**
   * Suspends the timer of {@code timerActivityId} (e.g. the boundary timer {@code
   * resolutionDeadline}) and returns the business time left until it was due; zero when there is
   * no such timer, e.g. because the deadline has already passed.
   *
   * @throws IllegalStateException if the timer is already paused: its time left is unknown then
   */
  Duration pause(String processInstanceId, String timerActivityId) {
    Optional<Job> found = timerJob(processInstanceId, timerActivityId);
    if (found.isEmpty()) {
      LOG.debug("No timer {} in process instance {} to pause; the deadline may have passed",
          timerActivityId, processInstanceId);
      return Duration.ZERO;
    }
    Job job = found.get();
    if (job.isSuspended()) {
      throw new IllegalStateException("The timer " + timerActivityId + " of process instance "
          + processInstanceId + " is already paused");
    }
    update(job.getId(), SuspensionState.SUSPENDED, null);
    Duration left = calendar.businessTimeBetween(now(), job.getDuedate().toInstant());
    LOG.debug("Paused timer {} of process instance {} with {} of business time left",
        timerActivityId, processInstanceId, left);
    return left;
  }

  /**
   * Gives the timer of {@code timerActivityId} the due date now plus {@code left} of business time,
   * rounded up to a whole quarter hour because the customer is told it,
   * and activates it; returns that due date, or nothing when there is no such timer.
   */
  Optional<Date> resume(String processInstanceId, String timerActivityId, Duration left) {
    Optional<Job> found = timerJob(processInstanceId, timerActivityId);
    if (found.isEmpty()) {
      LOG.debug("No timer {} in process instance {} to resume", timerActivityId,
          processInstanceId);
      return Optional.empty();
    }
    Job job = found.get();
    Date due = Date.from(calendar.roundedUpForCustomers(calendar.plus(now(), left)));
    update(job.getId(), SuspensionState.ACTIVE, due);
    LOG.debug("Resumed timer {} of process instance {}, due {}", timerActivityId,
        processInstanceId, due);
    return Optional.of(due);
  }

  /**
   * Changes the job entity itself, in the caller's transaction. ManagementService's suspend and
   * activate are bulk updates that raise the row's revision behind the entity's back: called
   * from a delegate next to another change of the same job, they end in an optimistic locking
   * failure. One entity update also means the state and the due date change together.
   */
  private void update(String jobId, SuspensionState state, Date due) {
    commands.execute(commandContext -> {
      JobEntity job = commandContext.getJobManager().findJobById(jobId);
      job.setSuspensionState(state.getStateCode());
      if (due != null) {
        job.setDuedate(due);
      }
      return null;
    });
  }

  private Optional<Job> timerJob(String processInstanceId, String timerActivityId) {
    List<Job> jobs = managementService.createJobQuery()
        .processInstanceId(processInstanceId)
        .activityId(timerActivityId)
        .timers()
        .list();
    if (jobs.size() > 1) {
      throw new IllegalStateException(jobs.size() + " timers " + timerActivityId
          + " in process instance " + processInstanceId + "; expected at most one");
    }
    return jobs.stream().findFirst();
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
