package eu.complaintdesk.inbox;

import static eu.complaintdesk.ProcessConstants.MAIL_REASON_BOUNCE;
import static eu.complaintdesk.ProcessConstants.MAIL_REASON_NOT_WAITING;
import static eu.complaintdesk.ProcessConstants.MAIL_REASON_OTHER_SENDER;
import static eu.complaintdesk.ProcessConstants.MAIL_REASON_UNCLEAR;
import static eu.complaintdesk.ProcessConstants.MESSAGE_CUSTOMER_MESSAGE_RECEIVED;
import static eu.complaintdesk.ProcessConstants.MESSAGE_FEEDBACK_RECEIVED;
import static eu.complaintdesk.ProcessConstants.MESSAGE_INFORMATION_RECEIVED;
import static eu.complaintdesk.ProcessConstants.MESSAGE_SOLUTION_CHOSEN;
import static eu.complaintdesk.ProcessConstants.VAR_CHOSEN_OPTION;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_EMAIL_FAILING;
import static eu.complaintdesk.ProcessConstants.VAR_FEEDBACK_COMMENT;
import static eu.complaintdesk.ProcessConstants.VAR_FEEDBACK_SCORE;
import static eu.complaintdesk.ProcessConstants.VAR_INBOUND_MAIL_FROM;
import static eu.complaintdesk.ProcessConstants.VAR_INBOUND_MAIL_REASON;
import static eu.complaintdesk.ProcessConstants.VAR_INBOUND_MAIL_SUBJECT;
import static eu.complaintdesk.ProcessConstants.VAR_INBOUND_MAIL_TEXT;
import static eu.complaintdesk.ProcessConstants.VAR_INFORMATION_REPLY;
import static eu.complaintdesk.ProcessConstants.VIA_EMAIL;

import eu.complaintdesk.complaint.CustomerAnswerDoor;
import eu.complaintdesk.complaint.CustomerAnswerDoor.Delivery;
import eu.complaintdesk.complaint.CustomerAnswerDoor.Waiting;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.BadUserRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a mail from the complaints mailbox does, in the transaction that claims it. A bounce of one
 * of our mails marks the customer's address as failing and gives an agent a task; automatic mail
 * does nothing; a mail without a reference opens a complaint ({@link NewComplaintsByMail}); a
 * reply from the customer is the answer the complaint waits for (the information, the choice, the
 * score), and everything else, an unclear answer, another sender, a mail no step waits for, is an
 * agent's task <em>Read the customer's message</em>. Answers go through the one door,
 * {@code complaint/CustomerAnswerDoor}, by e-mail ({@code VIA_EMAIL}), so the communication log
 * records each.
 */
class InboundMails {

  private static final Logger LOG = LoggerFactory.getLogger(InboundMails.class);
  /** The engine keeps texts of up to 4,000 characters. */
  static final int TEXT_LIMIT = 4000;

  /** What the mail did, for the log and the {@code inbox_mail} table; the reference when it found one. */
  record Outcome(String kind, String reference) {
  }

  private final MailThreads threads;
  private final String ourAddress;
  private final CustomerAnswerDoor door;
  private final NewComplaintsByMail newComplaints;
  private final MailAttachments files;

  InboundMails(MailThreads threads, String ourAddress, CustomerAnswerDoor door, NewComplaintsByMail newComplaints,
      MailAttachments files) {
    this.threads = threads;
    this.ourAddress = ourAddress;
    this.door = door;
    this.newComplaints = newComplaints;
    this.files = files;
  }

  Outcome handle(InboundMail mail) {
    if (mail.bounce()) {
      return bounce(mail);
    }
    String automatic = AutomaticMails.why(mail, threads, ourAddress);
    if (automatic != null) {
      LOG.info("Inbox: mail {} from {} is automatic ({}): no complaint, no answer, no mail back", mail.messageId(),
          mail.fromAddress(), automatic);
      return new Outcome("automatic", null);
    }
    Optional<MailThreads.Match> match = threads.match(mail);
    if (match.isEmpty()) {
      files.check(mail);
      String reference = newComplaints.open(mail);
      files.keep(reference, mail);
      return new Outcome("newComplaint", reference);
    }
    return reply(mail, match.get().reference());
  }

  private Outcome reply(InboundMail mail, String reference) {
    Waiting waiting = door.waiting(reference).orElseThrow(() -> new MailRefused("it answers the complaint "
        + reference + ", which is not open (closed, withdrawn or unknown)"));
    String text = cut(ReplyText.newPart(mail.text()));
    if (mail.fromAddress() == null || !mail.fromAddress().equalsIgnoreCase(waiting.customerEmail())) {
      return toAgent(reference, mail, withFilesLeft(text, mail), MAIL_REASON_OTHER_SENDER);
    }
    // Before the answer: a feedback score can end the complaint, and files need it running.
    files.check(mail);
    files.keep(reference, mail);
    if (waiting.messages().contains(MESSAGE_INFORMATION_RECEIVED) && !text.isBlank()) {
      return answer(reference, mail, text, MESSAGE_INFORMATION_RECEIVED, Map.of(VAR_INFORMATION_REPLY, text));
    }
    if (waiting.messages().contains(MESSAGE_SOLUTION_CHOSEN)) {
      Optional<Integer> option = ChoiceReader.option(text);
      return option.isEmpty() ? toAgent(reference, mail, text, MAIL_REASON_UNCLEAR) : answer(reference, mail, text,
          MESSAGE_SOLUTION_CHOSEN, Map.of(VAR_CHOSEN_OPTION, "option" + option.get()));
    }
    if (waiting.messages().contains(MESSAGE_FEEDBACK_RECEIVED)) {
      Optional<ScoreReader.Feedback> feedback = ScoreReader.read(text);
      if (feedback.isEmpty()) {
        return toAgent(reference, mail, text, MAIL_REASON_UNCLEAR);
      }
      Map<String, Object> answer = new HashMap<>();
      answer.put(VAR_FEEDBACK_SCORE, feedback.get().score());
      if (feedback.get().comment() != null) {
        answer.put(VAR_FEEDBACK_COMMENT, feedback.get().comment());
      }
      return answer(reference, mail, text, MESSAGE_FEEDBACK_RECEIVED, answer);
    }
    return toAgent(reference, mail, text, waiting.messages().contains(MESSAGE_INFORMATION_RECEIVED)
        ? MAIL_REASON_UNCLEAR : MAIL_REASON_NOT_WAITING);
  }

  /** The customer's answer; one the rules refuse (an option not offered) is an agent's to read. */
  private Outcome answer(String reference, InboundMail mail, String text, String message, Map<String, ?> answer) {
    try {
      if (door.deliver(reference, message, answer, VIA_EMAIL) == Delivery.DELIVERED) {
        return new Outcome(message, reference);
      }
      return toAgent(reference, mail, text, MAIL_REASON_NOT_WAITING);
    } catch (BadUserRequestException refused) {
      LOG.info("Inbox: mail {} for {} read as {} {} was refused ({}): an agent reads it", mail.messageId(), reference,
          message, answer, refused.getMessage());
      return toAgent(reference, mail, text, MAIL_REASON_UNCLEAR);
    }
  }

  private Outcome bounce(InboundMail mail) {
    Optional<String> reference = mail.threadIds().stream().map(threads::ourReference).flatMap(Optional::stream)
        .findFirst();
    if (reference.isEmpty() || door.waiting(reference.get()).isEmpty()) {
      LOG.info("Inbox: bounce {} is about no open complaint of ours ({}): nothing to do", mail.messageId(),
          reference.orElse("no reference"));
      return new Outcome("bounceIgnored", reference.orElse(null));
    }
    Map<String, Object> message = message(mail, cut(mail.text()), MAIL_REASON_BOUNCE);
    message.put(VAR_CUSTOMER_EMAIL_FAILING, true);
    deliver(reference.get(), message);
    return new Outcome("bounce", reference.get());
  }

  private Outcome toAgent(String reference, InboundMail mail, String text, String reason) {
    deliver(reference, message(mail, text, reason));
    return new Outcome("toAgent:" + reason, reference);
  }

  private void deliver(String reference, Map<String, Object> message) {
    if (door.deliver(reference, MESSAGE_CUSTOMER_MESSAGE_RECEIVED, message, VIA_EMAIL) != Delivery.DELIVERED) {
      throw new MailRefused("the complaint " + reference + " takes no mail for its agents now");
    }
  }

  private static Map<String, Object> message(InboundMail mail, String text, String reason) {
    Map<String, Object> message = new HashMap<>();
    String from = mail.fromAddress() == null ? "(no sender)"
        : mail.fromName() == null ? mail.fromAddress() : mail.fromName() + " <" + mail.fromAddress() + ">";
    message.put(VAR_INBOUND_MAIL_FROM, cut(from));
    message.put(VAR_INBOUND_MAIL_SUBJECT, cut(mail.subject()));
    message.put(VAR_INBOUND_MAIL_TEXT, text.isBlank() ? "(no text)" : text);
    message.put(VAR_INBOUND_MAIL_REASON, reason);
    return message;
  }

  /**
   * Another sender's files are not put beside the customer's: the agent who checks the mail is told
   * they exist, and the mail itself stays in the mailbox's Processed folder.
   */
  private static String withFilesLeft(String text, InboundMail mail) {
    if (mail.attachments().isEmpty()) {
      return text;
    }
    return cut(text + "\n\n[" + mail.attachments().size() + " attached file(s) from this sender were not kept with "
        + "the complaint; the mail is in the mailbox's Processed folder]");
  }

  static String cut(String text) {
    String stripped = text == null ? "" : text.strip();
    return stripped.length() <= TEXT_LIMIT ? stripped : stripped.substring(0, TEXT_LIMIT - 1) + "…";
  }
}
