package eu.complaintdesk.communication;

import eu.complaintdesk.system.ComplaintDeskProperties;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Dates as the mails write them, for the customer pages: a page that says "by Monday, 9 March 2026
 * at 13:15" must say it exactly as the acknowledgement did, in the same language and time zone.
 */
@Component
public class CustomerDates {

  private final MailTemplates templates;
  private final ZoneId zone;
  private final Currency currency;

  CustomerDates(MailTemplates templates, ComplaintDeskProperties properties,
      @Value("${complaint-desk.business-hours.zone:Europe/Ljubljana}") ZoneId zone) {
    this.templates = templates;
    this.zone = zone;
    this.currency = properties.currency();
  }

  /** A deadline or a day ({@code Date}, {@code java.time} value) in {@code language}, as in a mail. */
  public String format(Object value, String language) {
    Locale locale = templates.language(Locale.forLanguageTag(language));
    return templates.format(locale, zone, currency).deadline(value);
  }
}
