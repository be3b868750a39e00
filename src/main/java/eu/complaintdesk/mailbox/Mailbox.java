package eu.complaintdesk.mailbox;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The mails the embedded SMTP server has received, newest first. A mail to an address that one of
 * the desk's users has in Admin is a staff notice; everything else went to a customer.
 */
@Component
@ConditionalOnProperty(name = "complaint-desk.mail.embedded-server", havingValue = "true")
class Mailbox {

  private final GreenMail server;
  private final IdentityService identityService;
  private final ZoneId zone;

  Mailbox(GreenMail server, IdentityService identityService,
      @Value("${complaint-desk.business-hours.zone:Europe/Ljubljana}") ZoneId zone) {
    this.server = server;
    this.identityService = identityService;
    this.zone = zone;
  }

  List<MailboxEntry> newestFirst() {
    MimeMessage[] received = server.getReceivedMessages();
    List<MailboxEntry> entries = new ArrayList<>(received.length);
    for (int i = 0; i < received.length; i++) {
      entries.add(read(i + 1, received[i]));
    }
    Collections.reverse(entries);
    return entries;
  }

  /** The mail with this number as it was received, for a reply to it. */
  Optional<MimeMessage> raw(int number) {
    MimeMessage[] received = server.getReceivedMessages();
    return number < 1 || number > received.length ? Optional.empty() : Optional.of(received[number - 1]);
  }

  /** The mail with this number (from 1, in order of arrival). */
  Optional<MailboxEntry> mail(int number) {
    MimeMessage[] received = server.getReceivedMessages();
    return number < 1 || number > received.length ? Optional.empty()
        : Optional.of(read(number, received[number - 1]));
  }

  private MailboxEntry read(int number, MimeMessage message) {
    try {
      return MailboxEntry.of(number, message, zone, isStaff(MailboxEntry.recipientAddresses(message)));
    } catch (MessagingException e) {
      throw new IllegalStateException("Cannot read mail " + number + " of the embedded mailbox", e);
    }
  }

  private boolean isStaff(List<String> addresses) {
    return addresses.stream()
        .anyMatch(address -> identityService.createUserQuery().userEmail(address).count() > 0);
  }
}
