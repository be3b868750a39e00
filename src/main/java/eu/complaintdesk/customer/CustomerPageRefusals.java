package eu.complaintdesk.customer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The refusals of the pages behind links, as pages with their status, never a 500: a link that is
 * not honoured ({@link LinkRefused}), and an answer the rules refuse that the page did not catch
 * first. The complaint is unknown when the link is broken, so the browser's language is used.
 */
// First: Spring's problem-details handler would otherwise answer a missing token with JSON.
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(assignableTypes = {CustomerLinkPages.class, InformationPage.class, ChoicePage.class,
    CustomerStatusPage.class})
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

  /**
   * The judged offer was changed after the check ({@code JudgedOffers}): nothing can be chosen
   * from it, and the agent must offer again. The customer is told that, not shown an error.
   */
  @ExceptionHandler(AuthorizationException.class)
  String offerChanged(HttpServletRequest request, HttpServletResponse response, Model model) {
    return refusal(HttpServletResponse.SC_CONFLICT, "OFFER", request, response, model);
  }

  private String refusal(int status, String reason, HttpServletRequest request, HttpServletResponse response,
      Model model) {
    response.setStatus(status);
    model.addAttribute("t", texts.forVisitor(null, request));
    model.addAttribute("reason", "refused." + reason);
    return "customer/refused";
  }
}
