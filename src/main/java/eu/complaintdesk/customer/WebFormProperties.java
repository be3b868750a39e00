package eu.complaintdesk.customer;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the public web form, under {@code complaint-desk.*}: kept apart from the desk's
 * general settings because only the customer side reads them.
 *
 * @param privacyPolicyUrl the text of the privacy policy the customer agrees to: an absolute address
 *                         (the company's own page), or a path on this application; the default is
 *                         the desk's short notice at {@code /complaints/privacy}
 * @param webForm          the rate limit of anonymous submissions
 */
@ConfigurationProperties("complaint-desk")
record WebFormProperties(
    @DefaultValue("/complaints/privacy") String privacyPolicyUrl,
    @DefaultValue WebForm webForm) {

  /**
   * @param submissions how many complaints one client (address) may submit, refused ones included
   * @param per         in this time; the allowance comes back gradually, one submission at a time
   */
  record WebForm(@DefaultValue("10") int submissions, @DefaultValue("PT1H") Duration per) {
  }
}
