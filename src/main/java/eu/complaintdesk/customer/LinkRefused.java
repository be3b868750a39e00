package eu.complaintdesk.customer;

import org.springframework.http.HttpStatus;

/**
 * Why a link is not honoured. Each reason has its own status so that the customer page (and a
 * monitoring tool) can tell a broken link from an old one; none of them changes anything.
 */
class LinkRefused extends RuntimeException {

  enum Reason {
    /** Not a token at all: cut off when copied, or garbage. */
    MALFORMED(HttpStatus.BAD_REQUEST),
    /** The signature does not match: forged or changed by even one character. */
    FORGED(HttpStatus.FORBIDDEN),
    /** Genuine, but signed for another purpose than the page it was used on. */
    WRONG_PURPOSE(HttpStatus.FORBIDDEN),
    /** Genuine, but older than the configured validity. */
    EXPIRED(HttpStatus.GONE),
    /** Genuine, but its answer was already accepted once. */
    USED(HttpStatus.CONFLICT);

    private final HttpStatus status;

    Reason(HttpStatus status) {
      this.status = status;
    }

    HttpStatus status() {
      return status;
    }
  }

  private final Reason reason;

  LinkRefused(Reason reason, String detail) {
    super(reason + ": " + detail);
    this.reason = reason;
  }

  Reason reason() {
    return reason;
  }
}
