package eu.complaintdesk.customer;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The texts of the customer pages ({@code customer/messages*.properties}, en, sl, bg), in the
 * complaint's language rather than the browser's: the customer wrote to us in it, and the mail
 * with the link was in it. A page asks {@code t.of('key', args)} of the {@link Page} in its model.
 */
@Component
class CustomerTexts {

  private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

  CustomerTexts() {
    messages.setBasename("customer/messages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
  }

  /** The texts of one page in {@code language} ({@code en}, {@code sl} or {@code bg}). */
  Page in(String language) {
    return new Page(language, Locale.forLanguageTag(language));
  }

  /** The browser's language if we have texts in it, else English: for pages that know no complaint. */
  String browserLanguage(HttpServletRequest request) {
    String language = request.getLocale().getLanguage();
    return language.matches("sl|bg") ? language : "en";
  }

  /** Texts in one language; {@code lang} goes into {@code <html lang>}. */
  final class Page {
    private final String lang;
    private final Locale locale;

    private Page(String lang, Locale locale) {
      this.lang = lang;
      this.locale = locale;
    }

    public String lang() {
      return lang;
    }

    public String of(String key, Object... args) {
      return messages.getMessage(key, args, locale);
    }
  }
}
