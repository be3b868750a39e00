package eu.complaintdesk.customer;

import eu.complaintdesk.complaint.Intake;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
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

  /** The languages of the pages: those a complaint may be written in ({@link Intake#LANGUAGES}). */
  static final List<String> LANGUAGES = Intake.LANGUAGES;

  /**
   * The texts in the visitor's language, for a page no complaint's language decides (the web form,
   * a refusal): the one {@code asked} for ({@code ?lang=}) if we have it, else the browser's most
   * preferred that we have ({@code Accept-Language}), else English.
   */
  Page forVisitor(String asked, HttpServletRequest request) {
    if (asked != null && LANGUAGES.contains(asked)) {
      return in(asked);
    }
    String accepted = request.getHeader("Accept-Language");
    try {
      String best = accepted == null ? null : Locale.lookupTag(Locale.LanguageRange.parse(accepted), LANGUAGES);
      return in(best == null ? "en" : best);
    } catch (IllegalArgumentException unreadable) {
      return in("en");
    }
  }

  /** The texts of one page in {@code language} ({@code en}, {@code sl} or {@code bg}). */
  Page in(String language) {
    return new Page(language, Locale.forLanguageTag(language));
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

    /** Whether this language has a text for {@code key}. */
    public boolean has(String key) {
      return messages.getMessage(key, null, null, locale) != null;
    }
  }
}
