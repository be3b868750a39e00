package eu.complaintdesk.customer;

import eu.complaintdesk.complaint.Attachments;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A request bigger than five files of 10 MB (the limits of {@code spring.servlet.multipart.*}):
 * a page with 413 instead of Spring's error. Not tied to a controller, because the upload is
 * refused while it is read, before any controller is chosen; only customer pages take uploads.
 * Nothing was read that a page could show again, so the page asks to go back and send less. First
 * in order, before Spring's problem documents (spring.mvc.problemdetails), which a browser shows as
 * raw JSON.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLarge {

  private final CustomerTexts texts;

  UploadTooLarge(CustomerTexts texts) {
    this.texts = texts;
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  String tooLarge(HttpServletRequest request, HttpServletResponse response, Model model) {
    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    model.addAttribute("t", texts.forVisitor(null, request));
    model.addAttribute("maxFiles", Attachments.MAX_FILES);
    model.addAttribute("maxMegabytes", Attachments.MAX_BYTES / (1024 * 1024));
    return "customer/too-large";
  }
}
