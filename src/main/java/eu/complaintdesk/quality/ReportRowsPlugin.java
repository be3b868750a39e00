package eu.complaintdesk.quality;

import eu.complaintdesk.complaint.FinalResponse;
import eu.complaintdesk.complaint.JudgedOffers;
import eu.complaintdesk.deadline.BusinessCalendar;
import java.util.ArrayList;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link ReportTable}'s rows current from the process, in the same transaction as the events
 * that change them: a history event handler next to the engine's own ({@link ReportEvents}), whose
 * changes a session of each command writes when the engine flushes ({@link ReportRows}).
 *
 * <p>Why not execution listeners in the diagram: the row depends on variables that any task
 * completion, message or API call may write, and on who completed a task; the history events see
 * all of them in one place, and the diagram stays free of reporting.
 */
@Component
class ReportRowsPlugin extends AbstractProcessEnginePlugin {

  private final ReportSteps steps = new ReportSteps();
  private final JdbcTemplate jdbc;
  private final JudgedOffers judgedOffers;
  private final ReportEvents events;

  /** {@code table}: created before the engine starts, so the first event finds it. */
  ReportRowsPlugin(DataSource dataSource, JudgedOffers judgedOffers, BusinessCalendar calendar,
      FinalResponse finalResponse, ReportTable table) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.judgedOffers = judgedOffers;
    this.events = new ReportEvents(steps, calendar, finalResponse);
  }

  /** The handler, for {@link ReportRebuild}'s replay of the history. */
  ReportEvents events() {
    return events;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(steps);
    if (configuration.getCustomHistoryEventHandlers() == null) {
      configuration.setCustomHistoryEventHandlers(new ArrayList<>());
    }
    configuration.getCustomHistoryEventHandlers().add(events);
    if (configuration.getCustomSessionFactories() == null) {
      configuration.setCustomSessionFactories(new ArrayList<>());
    }
    configuration.getCustomSessionFactories().add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return ReportRows.class;
      }

      @Override
      public Session openSession() {
        return new ReportRows(jdbc, judgedOffers);
      }
    });
  }
}
