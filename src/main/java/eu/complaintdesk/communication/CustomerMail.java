package eu.complaintdesk.communication;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One mail to a customer: who gets it, in which language, for which complaint, and the values its
 * template shows.
 *
 * @param recipientAddress the customer's e-mail address
 * @param recipientName    the customer's name, for the greeting and the To header; may be null
 * @param locale           the customer's language; null or one without translated texts means
 *                         English
 * @param reference        the complaint reference, e.g. {@code CMP-2026-000123}
 * @param reminder         whether this mail reminds the customer of an earlier one
 * @param model            what the template needs beyond the above (deadlines, options, ...);
 *                         entries without a value are left out
 * @param sequence         which mail of its kind for this complaint this is (1 for the first);
 *                         part of the Message-ID, so that a resent mail has the ID of the first try
 */
record CustomerMail(String recipientAddress, String recipientName, Locale locale,
    String reference, boolean reminder, Map<String, Object> model, int sequence) {

  public CustomerMail {
    Objects.requireNonNull(recipientAddress, "recipientAddress");
    Objects.requireNonNull(reference, "reference");
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence starts at 1, not " + sequence);
    }
    locale = locale == null ? Locale.ENGLISH : locale;
    Map<String, Object> values = new LinkedHashMap<>();
    if (model != null) {
      model.forEach((name, value) -> {
        if (value != null) {
          values.put(name, value);
        }
      });
    }
    model = Collections.unmodifiableMap(values);
  }

  /** The first mail of its kind for the complaint. */
  public CustomerMail(String recipientAddress, String recipientName, Locale locale,
      String reference, boolean reminder, Map<String, Object> model) {
    this(recipientAddress, recipientName, locale, reference, reminder, model, 1);
  }

  /**
   * The locale for the process variable {@code customerLanguage} ({@code en}, {@code sl},
   * {@code bg}); English when it is empty. Languages without texts fall back to English when the
   * mail is sent, so this does not need to know which languages are translated.
   */
  public static Locale localeOf(String customerLanguage) {
    if (customerLanguage == null || customerLanguage.isBlank()) {
      return Locale.ENGLISH;
    }
    return Locale.forLanguageTag(customerLanguage.trim());
  }
}
