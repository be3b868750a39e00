package eu.complaintdesk.communication;

import eu.complaintdesk.customer.CustomerLinks;
import eu.complaintdesk.deadline.ReopenPeriod;
import java.util.Date;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The reopen link and its date for the mails after which the complaint may be reopened (the final
 * response, the summary resolution, the closing for lack of reply). The date is the reopen
 * period's end as of the send; the diagram starts the period a moment later, so the link works at
 * least until the date the mail names.
 */
@Component
class ReopenOffer {

  static final String LINK = "reopenLink";
  static final String UNTIL = "reopenableUntil";

  private final CustomerLinks links;
  private final ReopenPeriod period;

  ReopenOffer(CustomerLinks links, ReopenPeriod period) {
    this.links = links;
    this.period = period;
  }

  void addTo(Map<String, Object> model, String reference) {
    Date until = period.until();
    model.put(UNTIL, until);
    model.put(LINK, links.reopenLink(reference, until));
  }
}
