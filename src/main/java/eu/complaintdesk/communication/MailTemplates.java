package eu.complaintdesk.communication;

import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The customer mails' texts: Thymeleaf templates under {@code templates/mail/} ({@code .html} and
 * {@code .txt}) and the message bundle {@code mail/messages*.properties}.
 *
 * <p>A Thymeleaf engine of its own rather than Spring Boot's auto-configured one. That engine
 * resolves {@code templates/*.html} as HTML only, takes its texts from the application's message
 * source ({@code spring.messages.*}, shared with the web pages) and picks up every
 * {@code ITemplateResolver} bean, so a text resolver added for mails would also serve web views.
 * The engine and its resolvers are therefore fields here, not beans: a
 * {@code SpringTemplateEngine} bean would also switch the auto-configured one off.
 */
@Component
class MailTemplates {

  /** The base name of the mail texts; a language is translated when its bundle exists. */
  static final String BUNDLE = "mail/messages";

  private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
  private final SpringTemplateEngine engine = new SpringTemplateEngine();

  MailTemplates() {
    messages.setBasename(BUNDLE);
    messages.setDefaultEncoding("UTF-8");
    // A language without a bundle gets English (the default bundle), whatever the server's locale.
    messages.setFallbackToSystemLocale(false);
    // Every text is a MessageFormat pattern, with or without arguments: one rule for translators.
    messages.setAlwaysUseMessageFormat(true);
    engine.setTemplateEngineMessageSource(messages);
    engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 1));
    engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 2));
  }

  private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
    ClassLoaderTemplateResolver resolver =
        new ClassLoaderTemplateResolver(MailTemplates.class.getClassLoader());
    resolver.setPrefix("templates/");
    resolver.setResolvablePatterns(Set.of("mail/*" + suffix));
    resolver.setTemplateMode(mode);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCheckExistence(true);
    resolver.setOrder(order);
    return resolver;
  }

  /**
   * The language a mail is written in: the requested one when its bundle exists, else English.
   * Adding {@code messages_<code>.properties} is thus all it takes to write to customers in a new
   * language, and no customer gets, say, German dates in an English mail meanwhile.
   */
  Locale language(Locale requested) {
    String language = requested == null ? "" : requested.getLanguage();
    boolean translated = !language.isEmpty() && MailTemplates.class.getClassLoader()
        .getResource(BUNDLE + "_" + language + ".properties") != null;
    return translated ? Locale.forLanguageTag(language) : Locale.ENGLISH;
  }

  /** Dates and amounts for a mail in this language, deadlines in the given zone, amounts in the currency. */
  MailFormat format(Locale language, ZoneId zone, Currency currency) {
    return new MailFormat(language, zone, currency,
        (date, time) -> message("mail.format.date-time", language, date, time));
  }

  /** The subject {@code mail.<name>.subject}, prefixed by {@code mail.reminder.subject}. */
  String subject(MailKind kind, String reference, boolean reminder, Locale language) {
    String subject = message("mail." + kind.templateName() + ".subject", language, reference);
    return reminder ? message("mail.reminder.subject", language, subject) : subject;
  }

  /** Renders {@code templates/<template>}, e.g. {@code mail/acknowledgement.txt}. */
  String render(String template, Locale language, Map<String, Object> variables) {
    return engine.process(template, new Context(language, variables));
  }

  private String message(String code, Locale language, Object... arguments) {
    return messages.getMessage(code, arguments, language);
  }
}
