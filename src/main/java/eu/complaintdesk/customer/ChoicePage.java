package eu.complaintdesk.customer;

import static eu.complaintdesk.ProcessConstants.MESSAGE_OPTIONS_DECLINED;
import static eu.complaintdesk.ProcessConstants.MESSAGE_SOLUTION_CHOSEN;
import static eu.complaintdesk.ProcessConstants.VAR_CHOICE_COMMENT;
import static eu.complaintdesk.ProcessConstants.VAR_CHOSEN_OPTION;

import eu.complaintdesk.complaint.Amounts;
import eu.complaintdesk.complaint.CustomerAnswerDoor;
import eu.complaintdesk.complaint.CustomerAnswerDoor.Delivery;
import eu.complaintdesk.complaint.CustomerAnswers;
import eu.complaintdesk.complaint.SolutionOption;
import eu.complaintdesk.system.ComplaintDeskProperties;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page behind the link in the solution-options mail and its reminder: the options exactly as
 * judged (the sealed offer that the mail and the promise step read, so the customer chooses from
 * what was judged and nothing else), a radio button for each, and "none of these suits me" with a
 * comment, which sends the complaint back to the agent's "Offer a solution". Amounts read as in the
 * mails ({@link Amounts}).
 *
 * <p>The link chooses only from the offer it came with: after "none of these suits me" and a new
 * offer, the link of the earlier one says that it was answered or replaced and changes nothing.
 */
@Controller
@RequestMapping("/customer/choice")
class ChoicePage {

  static final String VIEW = "customer/choice";
  static final String NONE = "none";

  /** One option as the page shows it. */
  record Row(String key, int number, String type, String amount, String description) {
  }

  private final LinkPages pages;
  private final LinkAnswers answers;
  private final CustomerAnswerDoor door;
  private final Currency currency;

  ChoicePage(LinkPages pages, LinkAnswers answers, CustomerAnswerDoor door, ComplaintDeskProperties properties) {
    this.pages = pages;
    this.answers = answers;
    this.door = door;
    this.currency = properties.currency();
  }

  @GetMapping
  String show(@RequestParam String token, Model model) {
    SignedLink link = pages.open(model, token, LinkPurpose.CHOICE);
    if (isReplaced(link)) {
      return pages.replaced(model);
    }
    return form(model, door.offeredOptions(link.reference()));
  }

  @PostMapping
  String send(@RequestParam String token, @RequestParam(required = false) String choice,
      @RequestParam(required = false) String comment, Model model, HttpServletResponse response) {
    SignedLink link = pages.open(model, token, LinkPurpose.CHOICE);
    if (isReplaced(link)) {
      return pages.replaced(model);
    }
    List<SolutionOption> offered = door.offeredOptions(link.reference());
    if (offered.isEmpty()) {
      return pages.answered(model, Delivery.NOT_WAITING);
    }
    boolean none = NONE.equals(choice);
    String text = comment == null || comment.isBlank() ? null : comment;
    String problem = offered.stream().noneMatch(option -> option.key().equals(choice)) && !none ? "choice.required"
        : none && text == null ? "choice.commentRequired"
        : text != null && text.length() > CustomerAnswers.ANSWER_TEXT_LIMIT ? "choice.commentTooLong"
        : null;
    if (problem != null) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("problem", problem);
      model.addAttribute("choice", choice);
      model.addAttribute("comment", comment);
      return form(model, offered);
    }
    // The comment is always sent, empty too, so that a comment of an earlier round is not taken for this one's.
    Map<String, Object> answer = new HashMap<>();
    answer.put(VAR_CHOICE_COMMENT, text);
    if (!none) {
      answer.put(VAR_CHOSEN_OPTION, choice);
    }
    return pages.answered(model, answers.answer(link,
        none ? MESSAGE_OPTIONS_DECLINED : MESSAGE_SOLUTION_CHOSEN, answer));
  }

  /** Whether the link came with an offer the customer declined, since replaced by a new one. */
  private boolean isReplaced(SignedLink link) {
    return link.isReplaced(door.choiceRound(link.reference()));
  }

  private String form(Model model, List<SolutionOption> offered) {
    if (offered.isEmpty()) {
      return pages.answered(model, Delivery.NOT_WAITING);
    }
    CustomerTexts.Page texts = (CustomerTexts.Page) model.getAttribute("t");
    Amounts money = new Amounts(Locale.forLanguageTag(texts.lang()), currency);
    model.addAttribute("options", offered.stream().map(option -> new Row(option.key(), option.number(),
        texts.of("option.type." + option.type()), option.amount() == null ? null : money.format(option.amount()),
        option.description())).toList());
    model.addAttribute("none", NONE);
    model.addAttribute("maxLength", CustomerAnswers.ANSWER_TEXT_LIMIT);
    return VIEW;
  }
}
