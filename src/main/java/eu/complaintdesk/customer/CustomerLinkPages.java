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
 * The pages a customer reaches from the links in our mails (the survey's scores, the withdrawal
 * and the reopening here; the information and choice pages have their own). A GET only shows (mail
 * scanners and link previews open every link in a mail, and must not answer for the customer);
 * the POST of the page's form delivers. No CSRF token is needed: the form's signed link token is
 * itself the secret that authorises the answer, a forging site cannot know it, and whoever knows it
 * could use the link directly. Each answer goes through {@link LinkAnswers}, so it is accepted
 * once, with the link {@link LinkPages#open} verified (one HMAC); refusals are pages
 * ({@link CustomerPageRefusals}).
 */
@Controller
@RequestMapping("/customer")
class CustomerLinkPages {

  private final LinkPages pages;
  private final LinkAnswers answers;
  private final CustomerAnswerDoor door;
  private final Complaints complaints;

  CustomerLinkPages(LinkPages pages, LinkAnswers answers, CustomerAnswerDoor door, Complaints complaints) {
    this.pages = pages;
    this.answers = answers;
    this.door = door;
    this.complaints = complaints;
  }

  /** Shows the score to confirm; a score the survey cannot take (9, "abc") is refused at once. */
  @GetMapping("/feedback")
  String confirmScore(@RequestParam String token, @RequestParam String score, Model model) {
    pages.open(model, token, LinkPurpose.FEEDBACK);
    CustomerAnswers.checkAnswer(MESSAGE_FEEDBACK_RECEIVED, Map.of(VAR_FEEDBACK_SCORE, score(score)));
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
    pages.open(model, token, LinkPurpose.WITHDRAW);
    return "customer/withdraw";
  }

  @PostMapping("/withdraw")
  String deliverWithdrawal(@RequestParam String token, @RequestParam(required = false) String reason, Model model) {
    Map<String, Object> answer = new HashMap<>();
    optional(answer, VAR_WITHDRAWAL_REASON, reason);
    return answered(model, token, LinkPurpose.WITHDRAW, MESSAGE_COMPLAINT_WITHDRAWN, answer);
  }

  /**
   * Asks for the reason; once the reopen period is over (or the complaint is open anyway) the
   * page says so instead, politely and with the reference for a new complaint.
   */
  @GetMapping("/reopen")
  String askReason(@RequestParam String token, Model model) {
    SignedLink link = pages.open(model, token, LinkPurpose.REOPEN);
    if (!door.waitsFor(link.reference(), MESSAGE_REOPEN_REQUESTED)) {
      return outcome(model, notReopenable(link.reference()));
    }
    return "customer/reopen";
  }

  @PostMapping("/reopen")
  String deliverReopen(@RequestParam String token, @RequestParam(required = false) String reason, Model model) {
    SignedLink link = pages.open(model, token, LinkPurpose.REOPEN);
    Map<String, Object> answer = new HashMap<>();
    optional(answer, VAR_REOPEN_REASON, reason);
    Delivery delivery = answers.answer(link, MESSAGE_REOPEN_REQUESTED, answer);
    return outcome(model, delivery == Delivery.DELIVERED ? "answered.reopened" : notReopenable(link.reference()));
  }

  /** Open anyway (reopened already, or not yet answered): nothing to reopen; else too late. */
  private String notReopenable(String reference) {
    boolean open = complaints.statusOf(reference).map(ComplaintStatus::status)
        .filter(ComplaintStatus.State.OPEN::equals).isPresent();
    return open ? "reopen.open" : "reopen.tooLate";
  }

  private String outcome(Model model, String outcome) {
    model.addAttribute("token", null);
    model.addAttribute("outcome", outcome);
    return LinkPages.ANSWERED;
  }

  private String answered(Model model, String token, LinkPurpose purpose, String message, Map<String, Object> answer) {
    return pages.answered(model, answers.answer(pages.open(model, token, purpose), message, answer));
  }

  /** The score as the link gave it; a score that is no number is refused like any wrong score. */
  private static Object score(String score) {
    try {
      return Integer.valueOf(score.trim());
    } catch (NumberFormatException e) {
      throw new BadUserRequestException("The score is not a number: " + score);
    }
  }

  static void optional(Map<String, Object> answer, String name, String text) {
    if (text != null && !text.isBlank()) {
      answer.put(name, text);
    }
  }
}
