package eu.complaintdesk.communication;

import static eu.complaintdesk.communication.MailFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import eu.complaintdesk.system.ComplaintDeskProperties;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import eu.complaintdesk.complaint.FinalResponseProperties;
import eu.complaintdesk.complaint.JudgedOffers;
import eu.complaintdesk.customer.CustomerLinks;
import eu.complaintdesk.deadline.BusinessCalendar;
import eu.complaintdesk.deadline.BusinessHoursProperties;
import eu.complaintdesk.deadline.Promises;
import eu.complaintdesk.deadline.ReopenPeriod;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * This package's beans as Spring creates them, without the rest of the application: the bean
 * names that the diagram's delegate expressions use, and the business time zone setting.
 */
class CommunicationWiringTests {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(MailFixtures.SMTP);

  @Test
  void delegatesAreBeansNamedForTheDiagram_andDeadlinesUseTheConfiguredZone() throws Exception {
    // Given the package's beans, a mail sender and the business time zone set to UTC
    try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
      context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test",
          Map.of("complaint-desk.business-hours.zone", "UTC")));
      context.registerBean(JavaMailSender.class, () -> sender(MailFixtures.SMTP.getPort()));
      context.registerBean(ComplaintDeskProperties.class, () -> MailFixtures.properties());
      // The communication log records the mails sent, here on an H2 database in memory.
      context.registerBean(DataSource.class, () -> new DriverManagerDataSource("jdbc:h2:mem:wiring;DB_CLOSE_DELAY=-1"));
      // Staff notices look up addresses in the engine's identity service; not used here.
      context.registerBean(IdentityService.class, () -> Mockito.mock(IdentityService.class));
      context.registerBean(Promises.class, () -> MailFixtures.PROMISES);
      // The mails are counted for the metrics; Spring Boot's registry is not part of this package.
      context.registerBean(MeterRegistry.class, SimpleMeterRegistry::new);
      context.registerBean(FinalResponseProperties.class, () -> MailFixtures.FINAL_RESPONSE);
      // The options mail offers what the authority check judged; its seal key is not needed here.
      context.registerBean(JudgedOffers.class, JudgedOffers::new);
      // The links in the mails come from the customer room; their signing is tested there.
      context.registerBean(CustomerLinks.class, () -> Mockito.mock(CustomerLinks.class));
      context.registerBean(ReopenPeriod.class, () -> new ReopenPeriod(
          new BusinessCalendar(BusinessHoursProperties.defaults()), "P30D"));
      context.scan(CustomerMailer.class.getPackageName());
      context.refresh();

      // When the acknowledgement task runs through its bean
      context.getBean("sendAcknowledgementEmailDelegate", JavaDelegate.class)
          .execute(execution(processVariables(), Map.of()));

      // Then every kind has its bean, and the deadline is stated in UTC (11:00 in Ljubljana)
      assertThat(context.getBeanNamesForType(JavaDelegate.class)).containsExactlyInAnyOrder(
          "sendAcknowledgementEmailDelegate", "sendApologyEmailDelegate",
          "sendInformationRequestEmailDelegate", "sendSolutionOptionsEmailDelegate",
          "sendPromiseConfirmationEmailDelegate", "sendHoldingReplyEmailDelegate",
          "sendSurveyEmailDelegate", "sendClosingEmailDelegate",
          "sendWithdrawalConfirmationEmailDelegate", "sendFinalResponseEmailDelegate",
          "sendSummaryResolutionEmailDelegate", "sendReferralRightsEmailDelegate",
          "sendNewPromiseDateEmailDelegate");
      assertThat(ReceivedMail.of(greenMail.getReceivedMessages()[0]).text())
          .contains("Monday, 7 December 2026 at 10:00");
    }
  }
}
