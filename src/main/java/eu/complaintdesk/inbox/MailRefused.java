package eu.complaintdesk.inbox;

/**
 * A mail that was read but cannot take effect (it names a complaint that is not open, a new
 * complaint it would open is refused by the intake): the poller rolls back and quarantines it with
 * this reason, so that managers see it.
 */
class MailRefused extends RuntimeException {

  MailRefused(String reason) {
    super(reason);
  }
}
