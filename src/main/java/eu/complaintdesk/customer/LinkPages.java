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
  private final CustomerAnswerDoor door;
  private final CustomerTexts texts;

  LinkPages(LinkTokens tokens, CustomerAnswerDoor door, CustomerTexts texts) {
    this.tokens = tokens;
    this.door = door;
    this.texts = texts;
  }

  /**
   * Verifies the token and puts the page's basics into the model.
   *
   * @throws LinkRefused when the token is not genuine, not for {@code purpose} or expired
   */
  SignedLink open(Model model, String token, LinkPurpose purpose) {
    SignedLink link = tokens.verify(token, purpose);
    model.addAttribute("t", texts.in(door.language(link.reference())));
    model.addAttribute("reference", link.reference());
    model.addAttribute("token", token);
    return link;
  }

  /** The page after an answer (or instead of a form the complaint no longer waits for). */
  String answered(Model model, Delivery delivery) {
    model.addAttribute("token", null);
    model.addAttribute("outcome", delivery == Delivery.DELIVERED ? "answered.delivered" : "answered.notWaiting");
    return ANSWERED;
  }
}
