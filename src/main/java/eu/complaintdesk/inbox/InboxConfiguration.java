package eu.complaintdesk.inbox;

import eu.complaintdesk.communication.CommunicationLog;
import eu.complaintdesk.complaint.Attachments;
import eu.complaintdesk.complaint.Complaints;
import eu.complaintdesk.complaint.CustomerAnswerDoor;
import eu.complaintdesk.system.ComplaintDeskProperties;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The inbox exists where a mailbox is configured ({@code complaint-desk.inbox.host}): the IMAP
 * server inside the application on the embedded run, {@code INBOX_HOST} in production.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(InboxConfiguration.CONFIGURED)
class InboxConfiguration {

  /** A mailbox is configured; repeated on the nested schedule, which component scanning finds alone. */
  static final String CONFIGURED = "!'${complaint-desk.inbox.host:}'.isBlank()";

  @Bean
  ProcessedMails processedMails(DataSource dataSource) {
    return new ProcessedMails(dataSource);
  }

  @Bean
  QuarantinedMails quarantinedMails(RuntimeService runtimeService) {
    return new QuarantinedMails(runtimeService);
  }

  @Bean
  InboundMails inboundMails(ComplaintDeskProperties properties, CustomerAnswerDoor door, Complaints complaints,
      Attachments attachments, CommunicationLog log) {
    String ourAddress = address(properties.mail().from());
    MailThreads threads = new MailThreads(ourAddress.substring(ourAddress.lastIndexOf('@') + 1));
    return new InboundMails(threads, ourAddress, door, new NewComplaintsByMail(complaints, log),
        new MailAttachments(attachments), complaints);
  }

  private static String address(String sender) {
    try {
      return new InternetAddress(sender).getAddress();
    } catch (AddressException e) {
      throw new IllegalArgumentException("complaint-desk.mail.from is no mail address: " + sender, e);
    }
  }

  @Bean
  InboxCounters inboxCounters(MeterRegistry registry) {
    return new InboxCounters(registry);
  }

  @Bean
  InboxPoller inboxPoller(InboxProperties settings, ProcessedMails processedMails, InboundMails inboundMails,
      QuarantinedMails quarantinedMails, PlatformTransactionManager transactionManager, InboxCounters counters) {
    return new InboxPoller(settings, processedMails, inboundMails, quarantinedMails,
        new TransactionTemplate(transactionManager), counters);
  }

  @Bean
  InboxRetention inboxRetention(ProcessedMails processedMails, InboxPoller inboxPoller) {
    return new InboxRetention(processedMails, inboxPoller);
  }

  /** Polls on a schedule; tests switch it off and poll themselves, as they run the engine's jobs. */
  @Configuration(proxyBeanMethods = false)
  @EnableScheduling
  @ConditionalOnExpression(CONFIGURED)
  @ConditionalOnProperty(name = "complaint-desk.inbox.polling", havingValue = "true", matchIfMissing = true)
  static class Schedule {

    private static final Logger LOG = LoggerFactory.getLogger(Schedule.class);

    private final InboxPoller poller;

    Schedule(InboxPoller poller) {
      this.poller = poller;
    }

    @Scheduled(initialDelayString = "${complaint-desk.inbox.interval:PT1M}",
        fixedDelayString = "${complaint-desk.inbox.interval:PT1M}")
    void poll() {
      try {
        poller.poll();
      } catch (Exception e) {
        // The mailbox is unreachable: said once per poll, tried again at the next.
        LOG.warn("Inbox: cannot read the mailbox: {}", e.toString());
      }
    }
  }
}
