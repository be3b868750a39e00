package eu.complaintdesk.privacy;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The engine keeps the history of every process and decision for the retention period: the
 * engine-level history time to live, which applies to every definition deployed without one of
 * its own (our models carry none, so that the period has one place: the setting). The history
 * cleanup (in the window {@code history-cleanup-batch-window-*} of application.yaml) then removes a
 * complaint's history, its decisions and its attachments once their removal time has passed:
 * the end of the complaint's process instance plus the period (Camunda's removal-time strategy
 * {@code end}, its default).
 */
@Component
class RetentionPlugin extends AbstractProcessEnginePlugin {

  private final RetentionProperties retention;

  RetentionPlugin(RetentionProperties retention) {
    this.retention = retention;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryTimeToLive(Retention.days(retention.period()) + "");
    configuration.setHistoryRemovalTimeStrategy(ProcessEngineConfigurationImpl.HISTORY_REMOVAL_TIME_STRATEGY_END);
    configuration.setHistoryCleanupStrategy(ProcessEngineConfigurationImpl.HISTORY_CLEANUP_STRATEGY_REMOVAL_TIME_BASED);
  }
}
