package eu.complaintdesk.privacy;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a complaint's records are kept after the complaint has ended, and when our own tables
 * and the stored mails are cleaned up.
 *
 * @param period the retention period (ISO-8601, calendar time; default three years), counted from
 *               the end of the complaint's process instance; the engine keeps its history this many
 *               days (the whole days of the period counted from a leap year: {@code P3Y} = 1096)
 * @param cron   when our own tables and the mailbox folders are cleaned (Spring cron, server zone):
 *               after the engine's own history cleanup window
 */
@ConfigurationProperties("complaint-desk.retention")
record RetentionProperties(@DefaultValue("P3Y") Period period, @DefaultValue("0 30 5 * * *") String cron) {
}
