package eu.complaintdesk.inbox;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Mail that no person wrote to us: auto-replies and out-of-office notes, bulk and list mail, and our
 * own mails come back. They never open a complaint, never answer a question and never get a mail
 * back, so no two machines can mail each other forever (RFC 3834).
 */
final class AutomaticMails {

  private static final Pattern BULK = Pattern.compile("(?i)\\s*(bulk|junk|list)\\s*");
  private static final Pattern OUT_OF_OFFICE = Pattern.compile("(?iu)(out of (the )?office|automatic reply|auto[- ]?reply"
      + "|autoresponse|auto[- ]?response|abwesenheit|samodejni odgovor|odsoten|odsotna|odsotnost|"
      + "avtomatski odgovor|автоматичен отговор|извън офиса|отсъствам|в отпуск)");

  private AutomaticMails() {
  }

  /** Why the mail is automatic, or null when a person wrote it. */
  static String why(InboundMail mail, MailThreads threads, String ourAddress) {
    String autoSubmitted = mail.header("Auto-Submitted");
    if (autoSubmitted != null && !autoSubmitted.toLowerCase(Locale.ROOT).startsWith("no")) {
      return "Auto-Submitted: " + autoSubmitted;
    }
    String precedence = mail.header("Precedence");
    if (precedence != null && BULK.matcher(precedence).matches()) {
      return "Precedence: " + precedence;
    }
    if (mail.header("X-Autoreply") != null || mail.header("X-Autorespond") != null) {
      return "an auto-reply header";
    }
    if (mail.header("List-Id") != null || mail.header("List-Unsubscribe") != null) {
      return "mailing-list mail";
    }
    if (OUT_OF_OFFICE.matcher(mail.subject()).find()) {
      return "an out-of-office subject";
    }
    if (threads.isOurs(mail.messageId()) || ourAddress.equalsIgnoreCase(mail.fromAddress())) {
      return "one of our own mails";
    }
    if ("<>".equals(mail.header("Return-Path"))) {
      return "a null return path (a machine's mail)";
    }
    return null;
  }
}
