package eu.complaintdesk.customer;

import static eu.complaintdesk.ProcessConstants.MESSAGE_COMPLAINT_WITHDRAWN;
import static eu.complaintdesk.ProcessConstants.MESSAGE_FEEDBACK_RECEIVED;
import static eu.complaintdesk.ProcessConstants.MESSAGE_REOPEN_REQUESTED;
import static eu.complaintdesk.ProcessConstants.VAR_FEEDBACK_COMMENT;
import static eu.complaintdesk.ProcessConstants.VAR_FEEDBACK_SCORE;
import static eu.complaintdesk.ProcessConstants.VAR_REOPEN_REASON;
import static eu.complaintdesk.ProcessConstants.VAR_WITHDRAWAL_REASON;

import eu.complaintdesk.complaint.ComplaintStatus;
import eu.complaintdesk.complaint.Complaints;
import eu.complaintdesk.complaint.CustomerAnswerDoor;
import eu.complaintdesk.complaint.CustomerAnswerDoor.Delivery;
import eu.complaintdesk.complaint.CustomerAnswers;
import eu.complaintdesk.customer.LinkAnswers.Answered;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages a customer reaches from the links in our mails to answer us. A GET only shows (mail
 * scanners and link previews open every link in a mail, and must not answer for the customer);
 * the POST of the page's form delivers. No CSRF token is needed: the form's signed link token is
 * itself the secret that authorises the answer, a forging site cannot know it, and whoever knows
 * it could use the link directly. Each answer goes through {@link LinkAnswers}, so it is accepted
 * once; refusals are {@link CustomerPageRefusals}' pages.
 */
@Controller
@RequestMapping("/customer")
class CustomerLinkPages {

  private final LinkTokens tokens;
  private final LinkAnswers answers;
  private final CustomerAnswerDoor door;
  private final Complaints complaints;
  private final CustomerTexts texts;

  CustomerLinkPages(LinkTokens tokens, LinkAnswers answers, CustomerAnswerDoor door, Complaints complaints,
      CustomerTexts texts) {
    this.tokens = tokens;
    this.answers = answers;
    this.door = door;
    this.complaints = complaints;
    this.texts = texts;
  }

  /** Shows the score to confirm; a score the survey cannot take (9, "abc") is refused at once. */
  @GetMapping("/feedback")
  String confirmScore(@RequestParam String token, @RequestParam String score, Model model) {
    SignedLink link = tokens.verify(token, LinkPurpose.FEEDBACK);
    CustomerAnswers.checkAnswer(MESSAGE_FEEDBACK_RECEIVED, Map.of(VAR_FEEDBACK_SCORE, score(score)));
    form(model, link, token);
    model.addAttribute("score", score(score));
    return "customer/feedback";
  }

  @PostMapping("/feedback")
  String deliverScore(@RequestParam String token, @RequestParam String score,
      @RequestParam(required = false) String comment, Model model) {
    Map<String, Object> answer = new HashMap<>(Map.of(VAR_FEEDBACK_SCORE, score(score)));
    optional(answer, VAR_FEEDBACK_COMMENT, comment);
    return answered(model, answers.answer(token, LinkPurpose.FEEDBACK, MESSAGE_FEEDBACK_RECEIVED, answer));
  }

  @GetMapping("/withdraw")
  String confirmWithdrawal(@RequestParam String token, Model model) {
    form(model, tokens.verify(token, LinkPurpose.WITHDRAW), token);
    return "customer/withdraw";
  }

  @PostMapping("/withdraw")
  String deliverWithdrawal(@RequestParam String token, @RequestParam(required = false) String reason, Model model) {
    Map<String, Object> answer = new HashMap<>();
    optional(answer, VAR_WITHDRAWAL_REASON, reason);
    return answered(model, answers.answer(token, LinkPurpose.WITHDRAW, MESSAGE_COMPLAINT_WITHDRAWN, answer));
  }

  /**
   * Asks for the reason; once the reopen period is over (or the complaint is open anyway) the
   * page says so instead, politely and with the reference for a new complaint.
   */
  @GetMapping("/reopen")
  String askReason(@RequestParam String token, Model model) {
    SignedLink link = tokens.verify(token, LinkPurpose.REOPEN);
    if (!door.waitsFor(link.reference(), MESSAGE_REOPEN_REQUESTED)) {
      return page(model, link, notReopenable(link.reference()));
    }
    form(model, link, token);
    return "customer/reopen";
  }

  @PostMapping("/reopen")
  String deliverReopen(@RequestParam String token, @RequestParam(required = false) String reason, Model model) {
    Map<String, Object> answer = new HashMap<>();
    optional(answer, VAR_REOPEN_REASON, reason);
    Answered answered = answers.answer(token, LinkPurpose.REOPEN, MESSAGE_REOPEN_REQUESTED, answer);
    return page(model, answered.link(), answered.delivery() == Delivery.DELIVERED ? "answered.reopened"
        : notReopenable(answered.link().reference()));
  }

  /** Open anyway (reopened already, or not yet answered): nothing to reopen; else too late. */
  private String notReopenable(String reference) {
    boolean open = complaints.statusOf(reference).map(ComplaintStatus::status)
        .filter(ComplaintStatus.State.OPEN::equals).isPresent();
    return open ? "reopen.open" : "reopen.tooLate";
  }

  private String answered(Model model, Answered answered) {
    return page(model, answered.link(),
        answered.delivery() == Delivery.DELIVERED ? "answered.delivered" : "answered.notWaiting");
  }

  /** The page that tells the customer what came of the answer ({@code outcome}, a text key). */
  private String page(Model model, SignedLink link, String outcome) {
    form(model, link, null);
    model.addAttribute("outcome", outcome);
    return "customer/answered";
  }

  /** The model every page has: its texts in the complaint's language, the reference, the token. */
  private void form(Model model, SignedLink link, String token) {
    model.addAttribute("t", texts.in(door.language(link.reference())));
    model.addAttribute("reference", link.reference());
    model.addAttribute("token", token);
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
