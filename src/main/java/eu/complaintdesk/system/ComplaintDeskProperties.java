package eu.complaintdesk.system;

import java.util.Currency;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of our own, under {@code complaint-desk.*}. The defaults are those of the embedded
 * (no profile) run; the {@code postgres} profile overrides what differs in production.
 *
 * @param publicUrl   the address under which users and customers reach the application
 * @param demoUsers   whether demo users with well-known passwords are created at startup
 * @param deployment  where the process models and forms are deployed from
 * @param mail        outgoing mail
 * @param currency    the desk's currency (ISO 4217, e.g. {@code EUR}): every amount offered is in it,
 *                    mails show it, an offer in another is refused; the limits in
 *                    compensation-authority.dmn are in it too
 */
@ConfigurationProperties("complaint-desk")
public record ComplaintDeskProperties(
    @DefaultValue("http://localhost:8080") String publicUrl,
    @DefaultValue("false") boolean demoUsers,
    @DefaultValue Deployment deployment,
    @DefaultValue Mail mail,
    @DefaultValue("EUR") Currency currency) {

  /**
   * @param location where {@code processes/} and {@code forms/} are looked up: {@code classpath:}
   *                 (the files built into the application) or a folder such as {@code file:/models/}
   */
  public record Deployment(@DefaultValue("classpath:") String location) {
  }

  /**
   * @param from           the sender of every mail to customers and staff
   * @param embeddedServer an SMTP server inside the application, for runs without a mail server
   * @param companyName    the name customers know us by, in every customer mail's header and
   *                       signature; a name, so it is the same in every language
   * @param replyTo        where customers' replies go when that is not the sender; empty: to the
   *                       sender
   */
  public record Mail(
      @DefaultValue("Complaint Desk <complaints@complaint-desk.local>") String from,
      @DefaultValue("false") boolean embeddedServer,
      @DefaultValue("Complaint Desk") String companyName,
      String replyTo) {
  }
}
