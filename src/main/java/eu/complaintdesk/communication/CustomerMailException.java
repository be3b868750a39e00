package eu.complaintdesk.communication;

/**
 * A customer mail could not be sent. Thrown out of the mail task so that the engine retries the
 * job and finally shows an incident in Cockpit; the message is what the operator reads there.
 */
class CustomerMailException extends RuntimeException {

  CustomerMailException(MailKind kind, String reference, String reason, Throwable cause) {
    super("Could not send the " + kind.templateName() + " mail for complaint " + reference + ": "
        + reason, cause);
  }

  CustomerMailException(MailKind kind, String reference, String reason) {
    this(kind, reference, reason, null);
  }
}
