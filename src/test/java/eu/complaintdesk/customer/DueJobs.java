package eu.complaintdesk.customer;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** Runs a complaint's due jobs (its mails and what follows them), not its timers, as the job executor would. */
public final class DueJobs {

  private DueJobs() {
  }

  public static void run(ManagementService managementService, ProcessInstance complaint) {
    for (int i = 0; i < 10; i++) {
      Job job = managementService.createJobQuery().processInstanceId(complaint.getId()).executable()
          .orderByJobId().asc().list().stream().findFirst().orElse(null);
      if (job == null) {
        break;
      }
      managementService.executeJob(job.getId());
    }
  }
}
