package eu.complaintdesk.quality;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every error of the quality API as an RFC 9457 problem document, never a stack trace. */
@RestControllerAdvice(assignableTypes = QualityApiController.class)
class QualityApiProblems {

  private static final Logger LOG = LoggerFactory.getLogger(QualityApiProblems.class);

  @ExceptionHandler
  ResponseEntity<ProblemDetail> refused(QualityRefused refused) {
    return problem(HttpStatus.BAD_REQUEST, refused.getMessage());
  }

  /** What nobody foresaw: logged here with its trace, answered without one. */
  @ExceptionHandler
  ResponseEntity<ProblemDetail> unexpected(RuntimeException failure) {
    LOG.error("The quality API failed", failure);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; please try again later.");
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(ProblemDetail.forStatusAndDetail(status, detail));
  }
}
