package eu.complaintdesk.customer;

import eu.complaintdesk.complaint.ComplaintRefused;
import eu.complaintdesk.complaint.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every error of our REST API as an RFC 9457 problem document ({@code application/problem+json}),
 * never a stack trace. A refused complaint lists each problem as {@code {field, message}} in
 * {@code errors}, with the API's field names. What Spring itself refuses (a wrong content type, no
 * body, a wrong method) is already a problem document ({@code spring.mvc.problemdetails.enabled}),
 * and the filter answers 401 and 403 as one.
 */
@RestControllerAdvice(assignableTypes = ComplaintApiController.class)
class ApiProblems {

  private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

  @ExceptionHandler
  ResponseEntity<ProblemDetail> refused(ComplaintRefused refused) {
    return problem(HttpStatus.BAD_REQUEST, "The complaint cannot be registered.",
        refused.problems().stream().map(ComplaintRequest::asField).toList());
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> invalid(ComplaintApiController.InvalidRequest invalid) {
    return problem(HttpStatus.BAD_REQUEST, "The request is not a complaint we can read.", invalid.problems());
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> conflict(IdempotencyKeys.IdempotencyConflict conflict) {
    return problem(conflict.status(), conflict.getMessage(), List.of());
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> unknown(ComplaintApiController.UnknownComplaint unknown) {
    return problem(HttpStatus.NOT_FOUND, unknown.getMessage(), List.of());
  }

  /** What nobody foresaw: logged here with its trace, answered without one. */
  @ExceptionHandler
  ResponseEntity<ProblemDetail> unexpected(RuntimeException failure) {
    LOG.error("The complaint API failed", failure);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; please try again later.",
        List.of());
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, List<Problem> problems) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    if (!problems.isEmpty()) {
      problem.setProperty("errors", problems.stream().map(ApiProblems::error).toList());
    }
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  private static Map<String, String> error(Problem problem) {
    Map<String, String> error = new LinkedHashMap<>();
    if (!problem.field().isEmpty()) {
      error.put("field", problem.field());
    }
    error.put("message", problem.message());
    return error;
  }
}
