package eu.complaintdesk.communication;

import eu.complaintdesk.customer.CustomerLinks;
import eu.complaintdesk.system.ComplaintDeskProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.thymeleaf.exceptions.TemplateEngineException;

/**
 * Writes and sends a mail to a customer: subject and texts in the customer's language, a plain text
 * and an HTML version of the same content, over SMTP.
 *
 * <p>Every failure (template, address, SMTP) is thrown, never logged and dropped: the mail tasks
 * run as asynchronous jobs, so the engine retries them and finally raises an incident that names
 * the kind of mail, the complaint and the reason.
 *
 * <p>Each mail carries a Message-ID made of the complaint, the kind and its sequence
 * ({@code <CMP-2026-000123.solution-options.2@complaint-desk.local>}) instead of a random one: if
 * a job sends and is then rolled back and retried, the customer's mail program (and our mail log)
 * sees the same ID twice and can recognise the second copy as the same mail.
 *
 * <p>A mail that the server took is recorded in the {@link CommunicationLog}, in the mail job's
 * transaction, so that a send that fails or is rolled back leaves no line there.
 */
@Service
class CustomerMailer {

  private static final Logger LOG = LoggerFactory.getLogger(CustomerMailer.class);

  private final JavaMailSender sender;
  private final MailTemplates templates;
  private final String from;
  private final String replyTo;
  private final String companyName;
  private final String messageIdDomain;
  private final ZoneId zone;
  private final Currency currency;
  private final CommunicationLog log;
  private final CustomerLinks links;
  private final MailCounters counters;

  /**
   * @param links the status link every mail carries in its footer; null only in the mailer's own
   *              unit tests, which check the writing of a mail and not its links
   */
  CustomerMailer(JavaMailSender sender, MailTemplates templates, ComplaintDeskProperties properties,
      @Value("${complaint-desk.business-hours.zone:Europe/Ljubljana}") ZoneId zone, CommunicationLog log,
      CustomerLinks links, MailCounters counters) {
    this.sender = sender;
    this.log = log;
    this.links = links;
    this.counters = counters;
    this.templates = templates;
    this.from = properties.mail().from();
    this.replyTo = properties.mail().replyTo();
    this.companyName = properties.mail().companyName();
    this.messageIdDomain = domainOf(from);
    this.zone = zone;
    this.currency = properties.currency();
  }

  /** The Message-ID of the mail: complaint, kind and sequence, at the sender's domain. */
  String messageId(MailKind kind, CustomerMail mail) {
    return "<" + mail.reference() + "." + kind.templateName() + "." + mail.sequence() + "@"
        + messageIdDomain + ">";
  }

  /** The domain of the configured sender ({@code Complaint Desk <complaints@example.org>}). */
  private static String domainOf(String sender) {
    try {
      String address = new InternetAddress(sender).getAddress();
      return address.substring(address.lastIndexOf('@') + 1);
    } catch (AddressException e) {
      throw new IllegalArgumentException("complaint-desk.mail.from is no mail address: " + sender, e);
    }
  }

  /**
   * Sends the mail.
   *
   * @throws CustomerMailException when it cannot be written or the mail server does not take it
   */
  public void send(MailKind kind, CustomerMail mail) {
    Locale language = templates.language(mail.locale());
    String subject;
    try {
      subject = templates.subject(kind, mail.reference(), mail.reminder(), language);
      sender.send(write(kind, mail, language, subject));
    } catch (MessagingException | UnsupportedEncodingException | MailException
        | TemplateEngineException e) {
      counters.failed(kind.templateName());
      throw new CustomerMailException(kind, mail.reference(), e.getMessage(), e);
    }
    counters.sent(kind.templateName());
    log.sent(mail.reference(), kind.templateName(), mail.recipientAddress(), subject, language.getLanguage(),
        messageId(kind, mail));
    LOG.info("Sent the {} mail for complaint {} in {} as {}", kind.templateName(), mail.reference(),
        language.getLanguage(), messageId(kind, mail));
  }

  private MimeMessage write(MailKind kind, CustomerMail mail, Locale language, String subject)
      throws MessagingException, UnsupportedEncodingException {
    Map<String, Object> variables = new HashMap<>(mail.model());
    variables.put("customerName", mail.recipientName());
    variables.put("reference", mail.reference());
    variables.put("reminder", mail.reminder());
    variables.put("mailKind", kind.templateName());
    variables.put("companyName", companyName);
    variables.put("fmt", templates.format(language, zone, currency));
    if (links != null) {
      variables.put("statusLink", links.statusLink(mail.reference()));
    }
    String template = "mail/" + kind.templateName();
    String text = templates.render(template + ".txt", language, variables);
    String html = templates.render(template + ".html", language, variables);

    InternetAddress recipient = new InternetAddress(mail.recipientAddress(), mail.recipientName(),
        StandardCharsets.UTF_8.name());
    recipient.validate();
    MimeMessage message = sender.createMimeMessage();
    // Mixed/related around the alternative parts: room for attachments and an inline logo later.
    MimeMessageHelper helper = new MimeMessageHelper(message,
        MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, StandardCharsets.UTF_8.name());
    helper.setFrom(from);
    if (replyTo != null && !replyTo.isBlank()) {
      helper.setReplyTo(replyTo);
    }
    helper.setTo(recipient);
    helper.setSubject(subject);
    helper.setText(text, html);
    // JavaMailSenderImpl keeps a Message-ID that is set before sending instead of making one up.
    message.setHeader("Message-ID", messageId(kind, mail));
    // The language actually written, after the fallback: screen readers and mail programs'
    // translation offers go by it (RFC 3282), as browsers go by the HTML's lang attribute.
    message.setHeader("Content-Language", language.toLanguageTag());
    return message;
  }
}
