package eu.complaintdesk.system;

import eu.complaintdesk.security.DemoUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started the application where to go and how to log in. */
@Component
class StartupBanner {

  private static final Logger LOG = LoggerFactory.getLogger(StartupBanner.class);

  private final ComplaintDeskProperties properties;
  private final MailProperties mail;
  private final ObjectProvider<DemoUsers> demoUsers;
  private final String inboxHost;
  private final String inboxPort;
  private final String inboxUser;
  private final String inboxInterval;

  StartupBanner(ComplaintDeskProperties properties, MailProperties mail,
      ObjectProvider<DemoUsers> demoUsers, Environment environment) {
    this.properties = properties;
    this.mail = mail;
    this.demoUsers = demoUsers;
    this.inboxHost = environment.getProperty("complaint-desk.inbox.host", "");
    this.inboxPort = environment.getProperty("complaint-desk.inbox.port", "");
    this.inboxUser = environment.getProperty("complaint-desk.inbox.user", "");
    this.inboxInterval = environment.getProperty("complaint-desk.inbox.interval", "");
  }

  @EventListener(ApplicationReadyEvent.class)
  void printBanner() {
    String base = properties.publicUrl();
    StringBuilder banner = new StringBuilder("\n\n  Complaint Desk is running\n")
        .append("    Complain   ").append(base).append("/complaints/new (the customers' web form)\n")
        .append("    Tasklist   ").append(base).append("/camunda/app/tasklist/\n")
        .append("    Cockpit    ").append(base).append("/camunda/app/cockpit/\n")
        .append("    Admin      ").append(base).append("/camunda/app/admin/\n")
        .append("    REST API   ").append(base).append("/engine-rest (HTTP Basic)\n")
        .append("    API        ").append(base).append("/api/complaints (integrations, group intake; see ")
        .append(base).append("/swagger-ui.html)\n")
        .append("    Health     ").append(base).append("/actuator/health\n")
        .append("    Metrics    ").append(base).append("/actuator/prometheus (managers, group metrics)\n")
        .append("    Mail       SMTP ").append(mail.getHost()).append(':').append(mail.getPort())
        .append(properties.mail().embeddedServer() ? " (embedded server)\n" : "\n");
    if (!inboxHost.isBlank()) {
      banner.append("    Inbox      IMAP ").append(inboxHost).append(':').append(inboxPort).append(' ')
          .append(inboxUser).append(" (read every ").append(inboxInterval).append(")\n");
    }
    if (properties.mail().embeddedServer()) {
      banner.append("    Mailbox    ").append(base).append("/mailbox (what the embedded server received; staff)\n");
    }
    demoUsers.ifAvailable(users -> {
      banner.append("  Demo logins (user / password):\n");
      users.logins().forEach(login -> banner.append("    ").append(login).append('\n'));
    });
    LOG.info(banner.toString());
  }
}
