package eu.complaintdesk.customer;

import eu.complaintdesk.complaint.CustomerAnswerDoor;
import eu.complaintdesk.complaint.CustomerAnswerDoor.Delivery;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every page behind a link shows: the reference, the texts in the complaint's language, the
 * token for the form, and after the answer whether it arrived or nothing waited for it any more.
 */
@Component
class LinkPages {

  static final String ANSWERED = "customer/answered";

  private final LinkTokens tokens;
  private final UsedLinks usedLinks;
  private final CustomerAnswerDoor door;
  private final CustomerTexts texts;

  LinkPages(LinkTokens tokens, UsedLinks usedLinks, CustomerAnswerDoor door, CustomerTexts texts) {
    this.tokens = tokens;
    this.usedLinks = usedLinks;
    this.door = door;
    this.texts = texts;
  }

  /**
   * Verifies the token and puts the page's basics into the model. A once-only link already used
   * is refused here, before the page looks at the complaint: the customer learns that the answer
   * was recorded, not that the complaint no longer waits (which the answer itself brought about).
   *
   * @throws LinkRefused when the token is not genuine, not for {@code purpose}, expired or used
   */
  SignedLink open(Model model, String token, LinkPurpose purpose) {
    SignedLink link = tokens.verify(token, purpose);
    if (purpose.once() && usedLinks.isUsed(link)) {
      throw new LinkRefused(LinkRefused.Reason.USED, "this link was already used");
    }
    model.addAttribute("t", texts.in(door.language(link.reference())));
    model.addAttribute("reference", link.reference());
    model.addAttribute("token", token);
    return link;
  }

  /** Instead of a form: the link belongs to an earlier request, answered or replaced by a later one. */
  String replaced(Model model) {
    model.addAttribute("token", null);
    model.addAttribute("outcome", "answered.replaced");
    return ANSWERED;
  }

  /** The page after an answer (or instead of a form the complaint no longer waits for). */
  String answered(Model model, Delivery delivery) {
    model.addAttribute("token", null);
    model.addAttribute("outcome", delivery == Delivery.DELIVERED ? "answered.delivered" : "answered.notWaiting");
    return ANSWERED;
  }
}
