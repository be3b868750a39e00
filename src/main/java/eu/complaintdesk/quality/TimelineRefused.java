package eu.complaintdesk.quality;

import org.springframework.http.HttpStatus;

/** A request for a timeline that is refused, with its status and the sentence the tab shows. */
class TimelineRefused extends RuntimeException {

  private final HttpStatus status;

  TimelineRefused(HttpStatus status, String message) {
    super(message);
    this.status = status;
  }

  HttpStatus status() {
    return status;
  }
}
