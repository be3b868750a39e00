package eu.complaintdesk.privacy;

import eu.complaintdesk.communication.CommunicationLog;
import eu.complaintdesk.inbox.InboxRetention;
import java.time.Instant;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Applies the retention period where the engine's history cleanup does not reach.
 * <ul>
 *   <li>At start-up, every version of our process and decision definitions gets the period as its
 *       history time to live, so that a changed setting applies to complaints that started before
 *       it (those that have already ended keep the removal time they got when they ended).
 *   <li>Daily ({@code complaint-desk.retention.cron}), after the engine's cleanup window: our
 *       communication log and the inbox's record of mails follow the engine's history (their rows of
 *       a complaint go once the complaint's history is gone); the mails stored in the mailbox's
 *       processed and quarantine folders go once they arrived longer ago than the period.
 * </ul>
 * Every node of a cluster runs both: each step is idempotent, so no lock is needed.
 */
@Component
class RetentionCleanup {

  private static final Logger LOG = LoggerFactory.getLogger(RetentionCleanup.class);

  private final RetentionProperties retention;
  private final RepositoryService repositoryService;
  private final CommunicationLog communicationLog;
  private final ObjectProvider<InboxRetention> inbox;

  RetentionCleanup(RetentionProperties retention, RepositoryService repositoryService,
      CommunicationLog communicationLog, ObjectProvider<InboxRetention> inbox) {
    this.retention = retention;
    this.repositoryService = repositoryService;
    this.communicationLog = communicationLog;
    this.inbox = inbox;
  }

  /** What one run deleted. */
  record Cleaned(int communicationLogRows, int inboxRows, int storedMails) {
  }

  @EventListener(ApplicationReadyEvent.class)
  void applyToDefinitions() {
    int days = Retention.days(retention.period());
    for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().list()) {
      if (!Integer.valueOf(days).equals(definition.getHistoryTimeToLive())) {
        update(definition.getKey(), () -> repositoryService.updateProcessDefinitionHistoryTimeToLive(definition.getId(),
            days));
      }
    }
    for (DecisionDefinition definition : repositoryService.createDecisionDefinitionQuery().list()) {
      if (!Integer.valueOf(days).equals(definition.getHistoryTimeToLive())) {
        update(definition.getKey(), () -> repositoryService.updateDecisionDefinitionHistoryTimeToLive(definition.getId(),
            days));
      }
    }
  }

  /** Another node starting at the same moment may update the same definition first: that is as good. */
  private static void update(String key, Runnable change) {
    try {
      change.run();
    } catch (OptimisticLockingException another) {
      LOG.info("Retention: the history time to live of {} was set by another node", key);
    }
  }

  @Scheduled(cron = "${complaint-desk.retention.cron:0 30 5 * * *}")
  Cleaned clean() {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Instant cutoff = now.atOffset(ZoneOffset.UTC).minus(retention.period()).toInstant();
    int logRows = communicationLog.deleteWhereHistoryRemoved();
    InboxRetention mailbox = inbox.getIfAvailable();
    InboxRetention.Cleaned mails = mailbox == null ? new InboxRetention.Cleaned(0, 0) : mailbox.clean(cutoff);
    Cleaned cleaned = new Cleaned(logRows, mails.rows(), mails.storedMails());
    LOG.info("Retention ({}): deleted {} communication log rows and {} inbox records of complaints whose history is"
        + " gone, and {} stored mails that arrived before {}", retention.period(), cleaned.communicationLogRows(),
        cleaned.inboxRows(), cleaned.storedMails(), cutoff);
    return cleaned;
  }
}
