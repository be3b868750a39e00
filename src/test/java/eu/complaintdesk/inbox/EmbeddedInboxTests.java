package eu.complaintdesk.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import eu.complaintdesk.ComplaintDeskApplication;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.ProcessConstants;
import eu.complaintdesk.TestEnvironment;
import java.nio.file.Path;
import java.time.Duration;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The default run as {@code mvn spring-boot:run} starts it reads its own complaints mailbox on its
 * schedule: a mail sent over the embedded SMTP server to the desk's address becomes a complaint
 * without anyone polling by hand.
 */
@Tag(ComplaintDeskTest.STANDALONE_APPLICATION)
class EmbeddedInboxTests {

  @TempDir
  Path dataDirectory;

  @Test
  void aMailToTheDesksAddress_becomesAComplaint_onTheSchedule() {
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ComplaintDeskApplication.class).run(
        "--DATABASE_URL=jdbc:h2:file:" + dataDirectory.resolve("complaint-desk"),
        "--server.port=0",
        "--spring.mail.port=" + TestEnvironment.freePort(),
        "--complaint-desk.inbox.port=" + TestEnvironment.freePort(),
        "--complaint-desk.inbox.interval=PT1S",
        "--camunda.bpm.job-execution.enabled=false",
        "--camunda.bpm.process-engine-name=embeddedInboxTest")) {
      // Given a customer's mail to the desk's address, over the embedded SMTP server
      SimpleMailMessage mail = new SimpleMailMessage();
      mail.setFrom("petra@example.org");
      mail.setTo("complaints@complaint-desk.local");
      mail.setSubject("Broken kettle");
      mail.setText("The kettle I bought last week leaks.");
      app.getBean(JavaMailSender.class).send(mail);

      // Then, a poll later, it is a complaint by e-mail
      RuntimeService runtimeService = app.getBean(RuntimeService.class);
      await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(runtimeService
          .createProcessInstanceQuery().variableValueEquals(ProcessConstants.VAR_CUSTOMER_EMAIL, "petra@example.org")
          .variableValueEquals(ProcessConstants.VAR_CHANNEL, ProcessConstants.CHANNEL_EMAIL).count()).isEqualTo(1));
    }
  }
}
