package eu.complaintdesk.privacy;

import org.springframework.http.HttpStatus;

/** A request of the privacy API that is refused, with its status and the sentence the officer reads. */
class PrivacyRefused extends RuntimeException {

  private final HttpStatus status;

  PrivacyRefused(HttpStatus status, String message) {
    super(message);
    this.status = status;
  }

  HttpStatus status() {
    return status;
  }
}
