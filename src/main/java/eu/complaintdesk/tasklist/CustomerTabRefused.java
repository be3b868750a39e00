package eu.complaintdesk.tasklist;

import org.springframework.http.HttpStatus;

/** A request of the Customer tab that is refused, with the status and the sentence the tab shows. */
class CustomerTabRefused extends RuntimeException {

  private final HttpStatus status;
  private final boolean csrfTokenRequired;

  CustomerTabRefused(HttpStatus status, String message) {
    this(status, message, false);
  }

  private CustomerTabRefused(HttpStatus status, String message, boolean csrfTokenRequired) {
    super(message);
    this.status = status;
    this.csrfTokenRequired = csrfTokenRequired;
  }

  /** A POST without the session's CSRF token: 403, answered with the header Camunda's filter sets. */
  static CustomerTabRefused csrfTokenMissing(String message) {
    return new CustomerTabRefused(HttpStatus.FORBIDDEN, message, true);
  }

  boolean csrfTokenRequired() {
    return csrfTokenRequired;
  }

  HttpStatus status() {
    return status;
  }
}
