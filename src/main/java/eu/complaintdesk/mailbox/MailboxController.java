package eu.complaintdesk.mailbox;

import eu.complaintdesk.communication.CommunicationLog;
import eu.complaintdesk.privacy.PersonalDataAccess;
import jakarta.mail.MessagingException;
import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The demo mailbox: in the embedded run a newcomer plays the customer's part by reading here what
 * the desk sent. There is no such page in production, where mails go to real mailboxes. Opening a
 * mail about a complaint is noted in the {@link PersonalDataAccess} log under its reference.
 */
@Controller
@ConditionalOnProperty(name = "complaint-desk.mail.embedded-server", havingValue = "true")
class MailboxController {

  private final Mailbox mailbox;
  private final CustomerReplies replies;
  private final CommunicationLog communicationLog;
  private final PersonalDataAccess access;
  /**
   * In every reply form: the browser sends the staff's Basic credentials to any form that posts
   * here, so a page elsewhere must not be able to post a reply; it cannot read this value.
   */
  private final String formToken;

  MailboxController(Mailbox mailbox, CustomerReplies replies, CommunicationLog communicationLog,
      PersonalDataAccess access) {
    this.mailbox = mailbox;
    this.replies = replies;
    this.communicationLog = communicationLog;
    this.access = access;
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    this.formToken = HexFormat.of().formatHex(random);
  }

  @GetMapping("/mailbox")
  String list(Model model) {
    model.addAttribute("mails", mailbox.newestFirst());
    return "mailbox/list";
  }

  @GetMapping("/mailbox/{number}")
  String mail(@PathVariable int number, Model model, HttpServletRequest request) {
    MailboxEntry mail = entry(number);
    if (mail.messageId() != null) {
      communicationLog.referenceOf(mail.messageId())
          .ifPresent(reference -> access.read(request, PersonalDataAccess.MAILBOX, reference));
    }
    model.addAttribute("mail", mail);
    model.addAttribute("formToken", formToken);
    return "mailbox/mail";
  }

  /** Replies as the customer to a mail the desk sent them; then back to the list, where it shows. */
  @PostMapping("/mailbox/{number}/reply")
  String reply(@PathVariable int number, @RequestParam(defaultValue = "") String text,
      @RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String messageId)
      throws MessagingException {
    if (!formToken.equals(token)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Reply from the mailbox's own page.");
    }
    MailboxEntry entry = entry(number);
    // Numbers follow the order of arrival, which the inbox changes when it files the desk's mail.
    if (!messageId.equals(entry.messageId())) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "The mailbox has changed: open the mail again.");
    }
    if (entry.staff()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Staff notices are not answered as a customer.");
    }
    if (text.isBlank() || text.length() > CustomerReplies.TEXT_LIMIT) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
          "Write a reply of 1 to " + CustomerReplies.TEXT_LIMIT + " characters.");
    }
    replies.reply(mailbox.raw(number).orElseThrow(), entry, text);
    return "redirect:/mailbox";
  }

  private MailboxEntry entry(int number) {
    return mailbox.mail(number)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No mail " + number));
  }
}
