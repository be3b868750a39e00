package eu.complaintdesk.customer;

import eu.complaintdesk.system.ComplaintDeskProperties;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * The links that customer mails carry, under {@code complaint-desk.public-url}. The mails ask for
 * them here rather than signing tokens themselves, so that the purposes, the token and the pages'
 * addresses stay in this room.
 */
@Component
public class CustomerLinks {

  private final LinkTokens tokens;
  private final String base;

  CustomerLinks(LinkTokens tokens, ComplaintDeskProperties properties) {
    this.tokens = tokens;
    this.base = properties.publicUrl().replaceAll("/+$", "");
  }

  /**
   * The survey's five score links, for 1 to 5. They share one token: the survey is answered once,
   * whichever score the customer clicks, and the page confirms the score before it is delivered.
   */
  public List<String> scoreLinks(String reference) {
    String token = tokens.issue(LinkPurpose.FEEDBACK, reference);
    return IntStream.rangeClosed(1, 5).mapToObj(score -> base + "/customer/feedback?score=" + score + "&token=" + token)
        .toList();
  }

  /**
   * The page that shows our question and takes the answer with attachments; the request and its
   * reminder. The link answers only the request numbered {@code request} (the complaint's
   * {@code informationRequestNumber}): a later request makes it say that its question is done.
   */
  public String informationLink(String reference, int request) {
    return base + "/customer/information?token=" + tokens.issue(LinkPurpose.INFORMATION, reference, request);
  }

  /** The page that lists the offered solutions to choose from; the options mail and its reminder. */
  public String choiceLink(String reference) {
    return base + "/customer/choice?token=" + tokens.issue(LinkPurpose.CHOICE, reference);
  }

  /** The link that withdraws the complaint, after a confirmation page. */
  public String withdrawLink(String reference) {
    return base + "/customer/withdraw?token=" + tokens.issue(LinkPurpose.WITHDRAW, reference);
  }
}
