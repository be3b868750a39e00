package eu.complaintdesk.system;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An SMTP server inside the application (GreenMail) for the embedded run: mails go out over real
 * SMTP to {@code spring.mail.host:port} and are kept in memory, without a mail server to install.
 * Production points {@code spring.mail.*} at a real server and switches this off.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "complaint-desk.mail.embedded-server", havingValue = "true")
class EmbeddedMailServerConfiguration {

  @Bean(initMethod = "start", destroyMethod = "stop")
  GreenMail embeddedMailServer(MailProperties mail) {
    ServerSetup smtp = new ServerSetup(mail.getPort(), mail.getHost(), ServerSetup.PROTOCOL_SMTP);
    return new GreenMail(smtp).withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
  }
}
