package eu.complaintdesk.communication;

import eu.complaintdesk.system.ComplaintDeskProperties;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * Short notices to staff (a deadline close, an escalation), to the e-mail addresses their Camunda
 * users have. Staff read English and act in Tasklist, so a plain text with the link is enough.
 * A failure is thrown, like every mail, so that the job retries and ends as an incident.
 */
@Service
public class StaffNotifier {

  private static final Logger LOG = LoggerFactory.getLogger(StaffNotifier.class);

  private final JavaMailSender sender;
  private final IdentityService identityService;
  private final String from;

  StaffNotifier(JavaMailSender sender, IdentityService identityService, ComplaintDeskProperties properties) {
    this.sender = sender;
    this.identityService = identityService;
    this.from = properties.mail().from();
  }

  /**
   * Sends the notice to the named users and to every member of the named groups that has an
   * address; returns the addresses it went to (none is not an error: it is logged).
   */
  public Set<String> notify(Collection<String> userIds, Collection<String> groupIds, String subject, String text) {
    Set<String> addresses = new TreeSet<>();
    userIds.stream().filter(Objects::nonNull).forEach(id ->
        identityService.createUserQuery().userId(id).list().forEach(user -> add(addresses, user)));
    groupIds.forEach(group ->
        identityService.createUserQuery().memberOfGroup(group).list().forEach(user -> add(addresses, user)));
    if (addresses.isEmpty()) {
      LOG.warn("Nobody to tell '{}': no user of {} or groups {} has an e-mail address", subject, userIds, groupIds);
      return addresses;
    }
    SimpleMailMessage mail = new SimpleMailMessage();
    mail.setFrom(from);
    mail.setTo(addresses.toArray(String[]::new));
    mail.setSubject(subject);
    mail.setText(text);
    sender.send(mail);
    LOG.info("Told {} staff: {}", addresses.size(), subject);
    return addresses;
  }

  private static void add(Set<String> addresses, User user) {
    if (user.getEmail() != null && !user.getEmail().isBlank()) {
      addresses.add(user.getEmail());
    }
  }
}
