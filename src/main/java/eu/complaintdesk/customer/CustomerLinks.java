package eu.complaintdesk.customer;

import eu.complaintdesk.system.ComplaintDeskProperties;
import java.util.Date;
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

  /** The link to the page that shows where the complaint stands; every customer mail carries one. */
  public String statusLink(String reference) {
    return base + "/customer/status?token=" + tokens.issue(LinkPurpose.STATUS, reference);
  }

  /**
   * The link that asks to reopen the complaint, after a page that asks for the reason. It outlives
   * the reopen period by the usual validity, so that a late click reads that the complaint can no
   * longer be reopened, with the reference for a new one, rather than an expired link.
   */
  public String reopenLink(String reference, Date reopenableUntil) {
    return base + "/customer/reopen?token=" + tokens.issueBeyond(LinkPurpose.REOPEN, reference,
        reopenableUntil.toInstant());
  }

  /**
   * The page that shows our question and takes the answer with attachments; the request and its
   * reminder. The link answers only the request numbered {@code request} (the complaint's
   * {@code informationRequestNumber}): a later request makes it say that its question is done.
   */
  public String informationLink(String reference, int request) {
    return base + "/customer/information?token=" + tokens.issue(LinkPurpose.INFORMATION, reference, request);
  }

  /**
   * The page that lists the offered solutions to choose from; the options mail and its reminder.
   * The link chooses only from the offer numbered {@code round} (the complaint's
   * {@code choiceRound}): after "none of these suits me" and a new offer it says it was replaced.
   */
  public String choiceLink(String reference, int round) {
    return base + "/customer/choice?token=" + tokens.issue(LinkPurpose.CHOICE, reference, round);
  }

  /** The link that withdraws the complaint, after a confirmation page. */
  public String withdrawLink(String reference) {
    return base + "/customer/withdraw?token=" + tokens.issue(LinkPurpose.WITHDRAW, reference);
  }
}
