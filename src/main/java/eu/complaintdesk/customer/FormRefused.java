package eu.complaintdesk.customer;

import eu.complaintdesk.customer.CustomerTexts.Page;
import org.springframework.http.HttpStatus;

/** A submission refused before the intake looked at it: a page with the status, never a 500. */
final class FormRefused extends RuntimeException {
  final transient Page page;
  final HttpStatus status;
  final String reason;
  final long retryAfterSeconds;

  FormRefused(Page page, HttpStatus status, String reason, long retryAfterSeconds) {
    super("Web form refused: " + reason);
    this.page = page;
    this.status = status;
    this.reason = reason;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

