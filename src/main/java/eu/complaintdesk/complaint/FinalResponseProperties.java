package eu.complaintdesk.complaint;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The final response to the customer, under {@code complaint-desk.final-response.*}: where a
 * customer who is not satisfied may turn, and when a complaint may close with a summary
 * resolution instead. The defaults follow the UK FCA's DISP rules, on which the eight-week limit
 * is modelled; a desk elsewhere names its own dispute resolution body here, not in the mails.
 *
 * @param adrBody                  the alternative dispute resolution body, as the mails name it
 * @param adrUrl                   where the customer reaches it
 * @param referralTimeLimitMonths  how long after our final response the customer may refer the
 *                                 complaint to it
 * @param summaryResolutionWithin  a complaint resolved within this business time of receipt
 *                                 ({@code P3D}: three working days) closes with the short summary
 *                                 resolution mail instead of the full final response
 */
@ConfigurationProperties("complaint-desk.final-response")
public record FinalResponseProperties(
    @DefaultValue("the Financial Ombudsman Service") String adrBody,
    @DefaultValue("https://www.financial-ombudsman.org.uk") String adrUrl,
    @DefaultValue("6") int referralTimeLimitMonths,
    @DefaultValue("P3D") String summaryResolutionWithin) {

  static final String PREFIX = "complaint-desk.final-response.";

  public FinalResponseProperties {
    if (adrBody == null || adrBody.isBlank() || adrUrl == null || adrUrl.isBlank()) {
      throw new IllegalArgumentException(PREFIX + "adr-body and adr-url must name the dispute"
          + " resolution body: the final response must tell the customer where to turn");
    }
    if (referralTimeLimitMonths < 1) {
      throw new IllegalArgumentException(PREFIX + "referral-time-limit-months must be at least 1,"
          + " not " + referralTimeLimitMonths);
    }
  }

  /** The defaults above, for tests without a Spring context. */
  public static FinalResponseProperties defaults() {
    return new FinalResponseProperties("the Financial Ombudsman Service",
        "https://www.financial-ombudsman.org.uk", 6, "P3D");
  }
}
