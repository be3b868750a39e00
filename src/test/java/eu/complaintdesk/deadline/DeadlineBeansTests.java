package eu.complaintdesk.deadline;

import static eu.complaintdesk.deadline.BusinessCalendarTests.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import eu.complaintdesk.system.ComplaintDeskProperties;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/**
 * The deadline beans wired as Spring wires them, in a small context of their own (no engine, no
 * application): the bean name that diagrams use, settings from the environment, and the startup
 * failure for a wrong setting.
 */
class DeadlineBeansTests {

  private final ApplicationContextRunner context = new ApplicationContextRunner()
      .withUserConfiguration(DeadlineBeans.class);

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void diagramsFindBeanDeadlines_withTheConfiguredWaits() {
    // Given a three-hour wait for the customer's choice, When bean deadlines is asked on
    // Friday 6 March 2026 at 16:00, Then the reminder is due Monday 10:00
    ClockUtil.setCurrentTime(Date.from(at("2026-03-06T16:00")));
    context.withPropertyValues("complaint-desk.timings.choice-reminder-after=PT3H")
        .run(beans -> {
          assertThat(beans).hasNotFailed().hasBean("deadlines")
              .hasSingleBean(BusinessCalendar.class).hasSingleBean(ResolutionClock.class);
          assertThat(beans.getBean("deadlines", Deadlines.class)
              .afterSetting("choiceReminderAfter"))
              .isEqualTo(Date.from(at("2026-03-09T10:00")));
        });
  }

  @Test
  void wrongSetting_stopsStartupNamingTheProperty() {
    context.withPropertyValues("complaint-desk.timings.feedback-close-after=10 days")
        .run(beans -> assertThat(beans).hasFailed().getFailure().rootCause()
            .hasMessage("complaint-desk.timings.feedback-close-after: '10 days' is not a valid"
                + " business-time duration: it is not an ISO-8601 duration such as PT4H, P3D or"
                + " P2DT4H"));
  }

  @Test
  void unknownHolidayCountry_stopsStartup() {
    context.withPropertyValues("complaint-desk.business-hours.holiday-country=atlantis")
        .run(beans -> assertThat(beans).hasFailed().getFailure().rootCause()
            .hasMessageStartingWith("complaint-desk.business-hours.holiday-country: 'atlantis'"));
  }

  /**
   * The package's own components, as the application's component scan finds them, but for the
   * delegates and task listeners of the diagram: they need the engine's services and the mail, and
   * the process tests run them in the whole application.
   */
  @Configuration(proxyBeanMethods = false)
  @ComponentScan(basePackageClasses = BusinessCalendar.class,
      excludeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = {JavaDelegate.class, TaskListener.class}))
  @EnableConfigurationProperties({BusinessHoursProperties.class, ProcessTimingsProperties.class,
      ComplaintDeskProperties.class})
  static class DeadlineBeans {

    /** The engine the timers live in; these tests do not touch it. */
    @Bean
    ProcessEngine processEngine() {
      ProcessEngine engine = mock(ProcessEngine.class);
      when(engine.getProcessEngineConfiguration()).thenReturn(mock(ProcessEngineConfigurationImpl.class));
      return engine;
    }
  }
}
