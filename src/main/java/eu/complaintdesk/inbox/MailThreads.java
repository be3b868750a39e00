package eu.complaintdesk.inbox;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which complaint a mail is about: by In-Reply-To and References against the Message-IDs we send
 * ({@code <CMP-2026-000123.solution-options.2@our domain>}: the reference is in the ID, no lookup
 * needed), else by a reference in the subject, else in the text. Only IDs at our own domain count,
 * so a mail that quotes someone else's ID of the same shape is not threaded by it.
 */
final class MailThreads {

  static final Pattern REFERENCE = Pattern.compile("\\bCMP-\\d{4}-\\d{6}\\b");
  private static final Pattern OUR_MESSAGE_ID = Pattern.compile("^<(CMP-\\d{4}-\\d{6})\\.[a-z0-9-]+\\.\\d+@(.+)>$");

  private final String domain;

  /** @param domain the domain of our Message-IDs (that of {@code complaint-desk.mail.from}) */
  MailThreads(String domain) {
    this.domain = domain;
  }

  /** How the mail was matched. */
  enum By { THREAD, SUBJECT, TEXT }

  record Match(String reference, By by) {
  }

  Optional<Match> match(InboundMail mail) {
    for (String id : mail.threadIds()) {
      Optional<String> ours = ourReference(id);
      if (ours.isPresent()) {
        return Optional.of(new Match(ours.get(), By.THREAD));
      }
    }
    return find(mail.subject()).map(reference -> new Match(reference, By.SUBJECT))
        .or(() -> find(mail.text()).map(reference -> new Match(reference, By.TEXT)));
  }

  /** The reference in one of our Message-IDs; empty for any other ID. */
  Optional<String> ourReference(String messageId) {
    Matcher ours = messageId == null ? null : OUR_MESSAGE_ID.matcher(messageId.strip());
    return ours != null && ours.matches() && ours.group(2).equalsIgnoreCase(domain)
        ? Optional.of(ours.group(1)) : Optional.empty();
  }

  /** Whether the Message-ID is one of ours: a mail we sent, come back to us. */
  boolean isOurs(String messageId) {
    return ourReference(messageId).isPresent();
  }

  private static Optional<String> find(String text) {
    Matcher found = text == null ? null : REFERENCE.matcher(text);
    return found != null && found.find() ? Optional.of(found.group()) : Optional.empty();
  }
}
