package eu.complaintdesk.inbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The complaints mailbox the desk reads ({@code complaint-desk.inbox.*}). Without a host there is no
 * inbox: the {@code postgres} profile reads nothing until {@code INBOX_HOST} is set, the embedded run
 * reads the IMAP server inside the application.
 *
 * @param host             IMAP server; empty: no inbox
 * @param port             its port (993 for IMAPS)
 * @param protocol         {@code imaps} (TLS, the default) or {@code imap}
 * @param user             login, usually the complaints address
 * @param password         its password
 * @param folder           the folder new mail arrives in
 * @param interval         time between two polls
 * @param polling          poll on a schedule; off in tests, which poll themselves
 * @param processedFolder  where a processed mail is moved
 * @param quarantineFolder where a mail that cannot be processed is moved (and shown to managers)
 * @param maxMailSize      a larger mail is not read but quarantined
 * @param maxRecipients    a mail to more recipients is a mass mailing and quarantined
 *
 * <p>How many attachments a mail may carry, and how large each, is the rule of every way in
 * ({@code complaint/Attachments}), not a setting of the inbox: a mail beyond it is quarantined.
 */
@ConfigurationProperties("complaint-desk.inbox")
record InboxProperties(
    String host,
    @DefaultValue("993") int port,
    @DefaultValue("imaps") String protocol,
    String user,
    String password,
    @DefaultValue("INBOX") String folder,
    @DefaultValue("PT1M") Duration interval,
    @DefaultValue("true") boolean polling,
    @DefaultValue("Processed") String processedFolder,
    @DefaultValue("Quarantine") String quarantineFolder,
    @DefaultValue("25MB") DataSize maxMailSize,
    @DefaultValue("100") int maxRecipients) {
}
