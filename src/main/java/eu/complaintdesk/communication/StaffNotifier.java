package eu.complaintdesk.communication;

import eu.complaintdesk.system.ComplaintDeskProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Short notices to staff (a deadline close, an escalation), to the e-mail addresses their Camunda
 * users have. Staff read English and act in Tasklist, so a plain text with the link is enough.
 * A failure is thrown, like every mail, so that the job retries and ends as an incident.
 *
 * <p>Each notice is recorded in the complaint's {@link CommunicationLog} with the Message-ID the
 * mail actually carried, in the caller's transaction, like the customer mails.
 */
@Service
public class StaffNotifier {

  private static final Logger LOG = LoggerFactory.getLogger(StaffNotifier.class);

  private final JavaMailSender sender;
  private final IdentityService identityService;
  private final String from;
  private final CommunicationLog log;
  private final MailCounters counters;

  StaffNotifier(JavaMailSender sender, IdentityService identityService, ComplaintDeskProperties properties,
      CommunicationLog log, MailCounters counters) {
    this.sender = sender;
    this.log = log;
    this.counters = counters;
    this.identityService = identityService;
    this.from = properties.mail().from();
  }

  /**
   * Sends the notice about the complaint {@code reference} to the named users and to every member
   * of the named groups that has an address; returns the addresses it went to (none is not an
   * error: it is logged).
   */
  public Set<String> notify(String reference, Collection<String> userIds, Collection<String> groupIds, String subject,
      String text) {
    Set<String> addresses = new TreeSet<>();
    userIds.stream().filter(Objects::nonNull).forEach(id ->
        identityService.createUserQuery().userId(id).list().forEach(user -> add(addresses, user)));
    groupIds.forEach(group ->
        identityService.createUserQuery().memberOfGroup(group).list().forEach(user -> add(addresses, user)));
    if (addresses.isEmpty()) {
      LOG.warn("Nobody to tell '{}': no user of {} or groups {} has an e-mail address", subject, userIds, groupIds);
      return addresses;
    }
    MimeMessage mail = sender.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(mail, StandardCharsets.UTF_8.name());
      helper.setFrom(from);
      helper.setTo(addresses.toArray(String[]::new));
      helper.setSubject(subject);
      helper.setText(text);
    } catch (MessagingException e) {
      counters.failed(CommunicationEntry.KIND_STAFF_NOTICE);
      throw new MailPreparationException("The staff notice '" + subject + "' cannot be written: " + e.getMessage(), e);
    }
    try {
      sender.send(mail);
    } catch (MailException e) {
      counters.failed(CommunicationEntry.KIND_STAFF_NOTICE);
      throw e;
    }
    counters.sent(CommunicationEntry.KIND_STAFF_NOTICE);
    log.sent(reference, CommunicationEntry.KIND_STAFF_NOTICE, String.join(", ", addresses), subject, "en",
        messageId(mail));
    LOG.info("Told {} staff: {}", addresses.size(), subject);
    return addresses;
  }

  /** The Message-ID the mail went out with: the mail server's sender sets one when it sends. */
  private static String messageId(MimeMessage mail) {
    try {
      return mail.getMessageID();
    } catch (MessagingException e) {
      throw new MailPreparationException("The staff notice has no Message-ID: " + e.getMessage(), e);
    }
  }

  private static void add(Set<String> addresses, User user) {
    if (user.getEmail() != null && !user.getEmail().isBlank()) {
      addresses.add(user.getEmail());
    }
  }
}
