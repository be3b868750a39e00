package eu.complaintdesk.system;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A mail server inside the application (GreenMail) for the embedded run: mails go out over real
 * SMTP to {@code spring.mail.host:port} and are kept in memory, without a mail server to install.
 * It also serves IMAP on {@code complaint-desk.inbox.port} with the complaints mailbox
 * ({@code complaint-desk.inbox.user}), so that mail to the desk's address lands where the inbox
 * reads it. Production points {@code spring.mail.*} and {@code INBOX_*} at real servers and
 * switches this off.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "complaint-desk.mail.embedded-server", havingValue = "true")
class EmbeddedMailServerConfiguration {

  @Bean(destroyMethod = "stop")
  GreenMail embeddedMailServer(MailProperties mail,
      @Value("${complaint-desk.inbox.port:2143}") int imapPort,
      @Value("${complaint-desk.inbox.user:complaints@complaint-desk.local}") String inboxUser,
      @Value("${complaint-desk.inbox.password:complaints}") String inboxPassword) {
    ServerSetup smtp = new ServerSetup(mail.getPort(), mail.getHost(), ServerSetup.PROTOCOL_SMTP);
    ServerSetup imap = new ServerSetup(imapPort, mail.getHost(), ServerSetup.PROTOCOL_IMAP);
    GreenMail server = new GreenMail(new ServerSetup[] {smtp, imap})
        .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    server.start();
    server.setUser(inboxUser, inboxUser, inboxPassword);
    return server;
  }
}
