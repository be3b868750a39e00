package eu.complaintdesk.customer;

import eu.complaintdesk.complaint.CustomerAnswerDoor;
import eu.complaintdesk.complaint.CustomerAnswerDoor.Delivery;
import java.util.Map;
import java.util.function.Consumer;
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

  /**
   * Delivers {@code answer} as {@code message} to the complaint the token names.
   *
   * @throws LinkRefused the token is not genuine, not for {@code purpose}, expired or used
   */
  Delivery answer(String token, LinkPurpose purpose, String message, Map<String, ?> answer) {
    return answer(tokens.verify(token, purpose), message, answer, reference -> { });
  }

  /**
   * The same for a link the page verified already ({@link LinkPages#open}): one HMAC per answer.
   *
   * @throws LinkRefused when the link was used meanwhile
   */
  Delivery answer(SignedLink link, String message, Map<String, ?> answer) {
    return answer(link, message, answer, reference -> { });
  }

  /**
   * The same, and {@code withAnswer} (storing the files that came with it) in the same transaction
   * once the answer is delivered: a refused answer stores nothing, a failing store delivers nothing.
   */
  Delivery answer(SignedLink link, String message, Map<String, ?> answer, Consumer<String> withAnswer) {
    return transaction.execute(status -> {
      if (link.purpose().once()) {
        usedLinks.markUsed(link);
      }
      Delivery delivery = door.deliver(link.reference(), message, answer);
      if (delivery == Delivery.DELIVERED) {
        withAnswer.accept(link.reference());
      }
      return delivery;
    });
  }
}
