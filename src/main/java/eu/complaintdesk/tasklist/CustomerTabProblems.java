package eu.complaintdesk.tasklist;

import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The Customer tab's refusals as RFC 9457 problem documents, whose {@code detail} the tab shows as
 * it is: 401 not logged in, 403 not allowed (or no CSRF token), 404 no such task or attachment,
 * 400 an answer the rules refuse (their own sentence), 409 a complaint that no longer waits.
 */
@RestControllerAdvice(assignableTypes = CustomerTabController.class)
@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring's own problem handler, which would answer "Failed to read request"
class CustomerTabProblems {

  @ExceptionHandler
  ResponseEntity<ProblemDetail> refused(CustomerTabRefused refused) {
    ResponseEntity.BodyBuilder response = ResponseEntity.status(refused.status());
    if (refused.csrfTokenRequired()) {
      response.header("X-XSRF-TOKEN", "Required"); // as Camunda's CsrfPreventionFilter answers
    }
    return response.contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(ProblemDetail.forStatusAndDetail(refused.status(), refused.getMessage()));
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> answerRefused(BadUserRequestException refused) {
    return problem(HttpStatus.BAD_REQUEST, refused.getMessage());
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException unreadable) {
    return problem(HttpStatus.BAD_REQUEST, "The answer must be a JSON object {\"message\": ..., \"answer\": {...}}.");
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(ProblemDetail.forStatusAndDetail(status, detail));
  }
}
