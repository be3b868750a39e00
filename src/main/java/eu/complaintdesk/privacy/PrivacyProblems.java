package eu.complaintdesk.privacy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every refusal of the privacy API as an RFC 9457 problem document, never a stack trace; what
 * Spring itself refuses (a wrong method) is one already. A failure while the archive is being
 * written cannot become one (the response has begun): the officer's download breaks off, and the
 * log says why.
 */
@RestControllerAdvice(assignableTypes = PrivacyController.class)
class PrivacyProblems {

  private static final Logger LOG = LoggerFactory.getLogger(PrivacyProblems.class);

  @ExceptionHandler
  ResponseEntity<ProblemDetail> refused(PrivacyRefused refused, HttpServletRequest request) {
    return problem(refused.status(), refused.getMessage(), request);
  }

  /**
   * What nobody foresaw: logged here with its trace, answered without one. Once part of an archive
   * has gone out, nothing more is written: the download breaks off without the archive's closing
   * directory, so no unzip program takes it for whole.
   */
  @ExceptionHandler
  ResponseEntity<ProblemDetail> unexpected(RuntimeException failure, HttpServletRequest request,
      HttpServletResponse response) {
    LOG.error("The privacy API failed on {}", request.getRequestURI(), failure);
    if (response.isCommitted()) {
      return null;
    }
    // The archive's headers and whatever of it is still in the buffer go.
    response.reset();
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; please try again later.",
        request);
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, HttpServletRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setInstance(URI.create(request.getRequestURI()));
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
