package eu.complaintdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import eu.complaintdesk.ComplaintDeskTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** Without a mail server installed, the application's mails still go out over SMTP. */
@ComplaintDeskTest
class EmbeddedMailServerTests {

  @Autowired
  JavaMailSender mailSender;
  @Autowired
  GreenMail embeddedMailServer;

  @Test
  void mailSentByTheApplicationArrivesAtTheEmbeddedSmtpServer() throws Exception {
    // Given a mail from the application's own mail sender
    SimpleMailMessage mail = new SimpleMailMessage();
    mail.setFrom("complaints@complaint-desk.local");
    mail.setTo("embedded-check@example.org");
    mail.setSubject("Embedded SMTP check");
    mail.setText("Hello over SMTP");

    // When it is sent
    mailSender.send(mail);

    // Then the SMTP server inside the application received it
    MimeMessage[] received = embeddedMailServer.getReceivedMessagesForDomain("embedded-check@example.org");
    assertThat(received).hasSize(1);
    assertThat(received[0].getSubject()).isEqualTo("Embedded SMTP check");
  }
}
