package eu.complaintdesk.inbox;

/**
 * A mail the inbox will not read (too large, malformed, a mass mailing, an archive): it goes to the
 * quarantine with this reason, which managers read in their task.
 */
class MailUnreadable extends Exception {

  MailUnreadable(String reason) {
    super(reason);
  }

  MailUnreadable(String reason, Throwable cause) {
    super(reason, cause);
  }
}
