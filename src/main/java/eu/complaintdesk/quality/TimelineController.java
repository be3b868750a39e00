package eu.complaintdesk.quality;

import static eu.complaintdesk.ProcessConstants.PROCESS_COMPLAINT_HANDLING;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

/**
 * A complaint's audit timeline for staff logged in to the webapps ({@link CockpitSession} says who):
 * as JSON for the Cockpit tab (by reference, or by the process instance the tab is on) and as a
 * printable page, which Cockpit's tab and Tasklist's Customer tab link.
 * Nothing is cached: it holds a customer's personal data. A refusal is a problem document on the
 * JSON and a plain page with the same sentence on the printable one.
 */
@Controller
class TimelineController {

  private final CockpitSession session;
  private final Timelines timelines;

  TimelineController(CockpitSession session, Timelines timelines) {
    this.session = session;
    this.timelines = timelines;
  }

  @GetMapping(path = "/staff/complaints/{reference}/timeline", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  ResponseEntity<Timeline> byReference(@PathVariable String reference, HttpServletRequest request) {
    requireReaderOf(reference, request);
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(timelines.ofReference(reference));
  }

  @GetMapping(path = "/staff/process-instances/{processInstanceId}/timeline",
      produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  ResponseEntity<Timeline> byProcessInstance(@PathVariable String processInstanceId, HttpServletRequest request) {
    session.requireReaderOf(request, "process instance " + processInstanceId,
        tasks -> tasks.processInstanceId(processInstanceId));
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .body(timelines.ofProcessInstance(processInstanceId));
  }

  @GetMapping(path = "/staff/complaints/{reference}/timeline.html", produces = MediaType.TEXT_HTML_VALUE)
  String printable(@PathVariable String reference, HttpServletRequest request, Model model) {
    requireReaderOf(reference, request);
    model.addAttribute("timeline", timelines.ofReference(reference));
    return "staff/timeline";
  }

  /** Also lets in whoever has a task of the complaint in Tasklist, where the Customer tab links the page. */
  private void requireReaderOf(String reference, HttpServletRequest request) {
    session.requireReaderOf(request, "complaint " + reference, tasks -> tasks
        .processDefinitionKey(PROCESS_COMPLAINT_HANDLING).processInstanceBusinessKey(reference));
  }

  @ExceptionHandler
  Object refused(TimelineRefused refused, HttpServletRequest request) {
    if (request.getRequestURI().endsWith(".html")) {
      ModelAndView page = new ModelAndView("staff/timeline-refused", refused.status());
      page.addObject("detail", refused.getMessage());
      return page;
    }
    return ResponseEntity.status(refused.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(ProblemDetail.forStatusAndDetail(refused.status(), refused.getMessage()));
  }
}
