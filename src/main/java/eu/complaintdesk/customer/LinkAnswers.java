package eu.complaintdesk.customer;

import eu.complaintdesk.complaint.CustomerAnswerDoor;
import eu.complaintdesk.complaint.CustomerAnswerDoor.Delivery;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An answer that arrives through a signed link: verified, marked used and delivered in one
 * transaction, so that a refused answer leaves the link usable and a delivered one uses it up.
 */
@Component
class LinkAnswers {

  private final LinkTokens tokens;
  private final UsedLinks usedLinks;
  private final CustomerAnswerDoor door;
  private final TransactionTemplate transaction;

  LinkAnswers(LinkTokens tokens, UsedLinks usedLinks, CustomerAnswerDoor door, PlatformTransactionManager transactions) {
    this.tokens = tokens;
    this.usedLinks = usedLinks;
    this.door = door;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** What an answer came to, with the verified link it came through (the page shows its complaint). */
  record Answered(SignedLink link, Delivery delivery) {
  }

  /**
   * Delivers {@code answer} as {@code message} to the complaint the token names; the token is
   * verified once, here.
   *
   * @throws LinkRefused the token is not genuine, not for {@code purpose}, expired or used
   */
  Answered answer(String token, LinkPurpose purpose, String message, Map<String, ?> answer) {
    SignedLink link = tokens.verify(token, purpose);
    Delivery delivery = transaction.execute(status -> {
      if (purpose.once()) {
        usedLinks.markUsed(link);
      }
      return door.deliver(link.reference(), message, answer);
    });
    return new Answered(link, delivery);
  }
}
