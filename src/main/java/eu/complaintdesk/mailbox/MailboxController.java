package eu.complaintdesk.mailbox;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The demo mailbox: in the embedded run a newcomer plays the customer's part by reading here what
 * the desk sent. There is no such page in production, where mails go to real mailboxes.
 */
@Controller
@ConditionalOnProperty(name = "complaint-desk.mail.embedded-server", havingValue = "true")
class MailboxController {

  private final Mailbox mailbox;

  MailboxController(Mailbox mailbox) {
    this.mailbox = mailbox;
  }

  @GetMapping("/mailbox")
  String list(Model model) {
    model.addAttribute("mails", mailbox.newestFirst());
    return "mailbox/list";
  }

  @GetMapping("/mailbox/{number}")
  String mail(@PathVariable int number, Model model) {
    model.addAttribute("mail", mailbox.mail(number)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No mail " + number)));
    return "mailbox/mail";
  }
}
