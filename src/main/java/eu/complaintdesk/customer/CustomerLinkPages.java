package eu.complaintdesk.customer;

import static eu.complaintdesk.ProcessConstants.MESSAGE_COMPLAINT_WITHDRAWN;
import static eu.complaintdesk.ProcessConstants.MESSAGE_FEEDBACK_RECEIVED;
import static eu.complaintdesk.ProcessConstants.VAR_FEEDBACK_COMMENT;
import static eu.complaintdesk.ProcessConstants.VAR_FEEDBACK_SCORE;
import static eu.complaintdesk.ProcessConstants.VAR_WITHDRAWAL_REASON;

import eu.complaintdesk.complaint.CustomerAnswerDoor;
import eu.complaintdesk.complaint.CustomerAnswerDoor.Delivery;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages a customer reaches from the links in our mails. A GET only shows (mail scanners and
 * link previews open every link in a mail, and must not answer for the customer); the POST of the
 * page's form delivers. No CSRF token is needed: the form's signed link token is itself the secret
 * that authorises the answer, a forging site cannot know it, and whoever knows it could use the
 * link directly. Each answer goes through {@link LinkAnswers}, so it is accepted once.
 */
@Controller
@RequestMapping("/customer")
class CustomerLinkPages {

  private final LinkTokens tokens;
  private final LinkAnswers answers;
  private final CustomerAnswerDoor door;
  private final CustomerTexts texts;

  CustomerLinkPages(LinkTokens tokens, LinkAnswers answers, CustomerAnswerDoor door, CustomerTexts texts) {
    this.tokens = tokens;
    this.answers = answers;
    this.door = door;
    this.texts = texts;
  }

  @GetMapping("/feedback")
  String confirmScore(@RequestParam String token, @RequestParam String score, Model model) {
    page(model, tokens.verify(token, LinkPurpose.FEEDBACK), token);
    model.addAttribute("score", score(score));
    return "customer/feedback";
  }

  @PostMapping("/feedback")
  String deliverScore(@RequestParam String token, @RequestParam String score,
      @RequestParam(required = false) String comment, Model model) {
    Map<String, Object> answer = new HashMap<>(Map.of(VAR_FEEDBACK_SCORE, score(score)));
    optional(answer, VAR_FEEDBACK_COMMENT, comment);
    return answered(model, token, LinkPurpose.FEEDBACK, MESSAGE_FEEDBACK_RECEIVED, answer);
  }

  @GetMapping("/withdraw")
  String confirmWithdrawal(@RequestParam String token, Model model) {
    page(model, tokens.verify(token, LinkPurpose.WITHDRAW), token);
    return "customer/withdraw";
  }

  @PostMapping("/withdraw")
  String deliverWithdrawal(@RequestParam String token, @RequestParam(required = false) String reason, Model model) {
    Map<String, Object> answer = new HashMap<>();
    optional(answer, VAR_WITHDRAWAL_REASON, reason);
    return answered(model, token, LinkPurpose.WITHDRAW, MESSAGE_COMPLAINT_WITHDRAWN, answer);
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

  private String answered(Model model, String token, LinkPurpose purpose, String message, Map<String, Object> answer) {
    SignedLink link = tokens.verify(token, purpose);
    Delivery delivery = answers.answer(token, purpose, message, answer);
    page(model, link, null);
    model.addAttribute("outcome", delivery == Delivery.DELIVERED ? "answered.delivered" : "answered.notWaiting");
    return "customer/answered";
  }

  private void page(Model model, SignedLink link, String token) {
    model.addAttribute("t", texts.in(door.language(link.reference())));
    model.addAttribute("reference", link.reference());
    model.addAttribute("token", token);
  }

  private String refusal(int status, String reason, HttpServletRequest request, HttpServletResponse response,
      Model model) {
    response.setStatus(status);
    model.addAttribute("t", texts.forVisitor(null, request));
    model.addAttribute("reason", "refused." + reason);
    return "customer/refused";
  }

  /** The score as the link gave it; a score that is no number is refused like any wrong score. */
  private static Object score(String score) {
    try {
      return Integer.valueOf(score.trim());
    } catch (NumberFormatException e) {
      throw new BadUserRequestException("The score is not a number: " + score);
    }
  }

  private static void optional(Map<String, Object> answer, String name, String text) {
    if (text != null && !text.isBlank()) {
      answer.put(name, text);
    }
  }
}
