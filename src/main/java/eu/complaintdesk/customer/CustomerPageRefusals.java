package eu.complaintdesk.customer;

import eu.complaintdesk.complaint.Intake;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.Locale;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The refusal page of every customer page: a link that cannot be honoured, or an answer the rules
 * refuse, is a page with its 4xx status and nothing changed, never a 500 or a stack trace. A
 * refused link names no complaint we could trust, so the page speaks the browser's language when
 * the desk writes it ({@link Intake#LANGUAGES}), else English.
 */
// First: Spring's problem-details handler would otherwise answer a missing token with JSON.
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(assignableTypes = {CustomerLinkPages.class, CustomerStatusPage.class})
class CustomerPageRefusals {

  private final CustomerTexts texts;

  CustomerPageRefusals(CustomerTexts texts) {
    this.texts = texts;
  }

  @ExceptionHandler(LinkRefused.class)
  String refused(LinkRefused refused, HttpServletRequest request, HttpServletResponse response, Model model) {
    return refusal(refused.reason().status().value(), refused.reason().name(), request, response, model);
  }

  /** An answer the rules refuse (a score outside 1 to 5, a comment too long): nothing delivered. */
  @ExceptionHandler(BadUserRequestException.class)
  String answerRefused(HttpServletRequest request, HttpServletResponse response, Model model) {
    return refusal(HttpServletResponse.SC_BAD_REQUEST, "ANSWER", request, response, model);
  }

  /** A link cut off before its token (or its score). */
  @ExceptionHandler(MissingServletRequestParameterException.class)
  String incomplete(HttpServletRequest request, HttpServletResponse response, Model model) {
    return refusal(HttpServletResponse.SC_BAD_REQUEST, LinkRefused.Reason.MALFORMED.name(), request, response, model);
  }

  private String refusal(int status, String reason, HttpServletRequest request, HttpServletResponse response,
      Model model) {
    response.setStatus(status);
    model.addAttribute("t", texts.in(browserLanguage(request)));
    model.addAttribute("reason", "refused." + reason);
    return "customer/refused";
  }

  private static String browserLanguage(HttpServletRequest request) {
    return Collections.list(request.getLocales()).stream().map(Locale::getLanguage)
        .filter(Intake.LANGUAGES::contains).findFirst().orElse(Intake.LANGUAGES.get(0));
  }
}
