package eu.complaintdesk.inbox;

/**
 * What a mail from the complaints mailbox does, in the transaction that claims it.
 */
class InboundMails {

  /** What the mail did, for the log and the {@code inbox_mail} table; the reference when it found one. */
  record Outcome(String kind, String reference) {
  }

  Outcome handle(InboundMail mail) {
    return new Outcome("received", null);
  }
}
