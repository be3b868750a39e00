package eu.complaintdesk.quality;

import static eu.complaintdesk.ProcessConstants.GROUP_ADMINS;
import static eu.complaintdesk.ProcessConstants.GROUP_ANALYSTS;
import static eu.complaintdesk.ProcessConstants.GROUP_MANAGERS;

import eu.complaintdesk.security.WebappLogin;
import eu.complaintdesk.security.WebappLogin.User;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who may read a complaint's audit timeline: the user logged in to the Camunda webapps in this
 * browser session ({@link WebappLogin}, so the Cockpit tab needs no login of its own), and only
 * a manager, analyst or administrator: the timeline shows every customer's mails and every agent's
 * work, which agents have no need to see of complaints not theirs.
 */
@Component
class CockpitSession {

  static final List<String> READERS = List.of(GROUP_MANAGERS, GROUP_ANALYSTS, GROUP_ADMINS);

  private final WebappLogin login;

  CockpitSession(WebappLogin login) {
    this.login = login;
  }

  /**
   * The reader's user id.
   *
   * @throws TimelineRefused 401 when nobody is logged in to the webapps, 403 outside the groups
   */
  String requireReader(HttpServletRequest request) {
    User user = login.of(request).orElseThrow(() -> new TimelineRefused(HttpStatus.UNAUTHORIZED,
        "Log in to Cockpit first: the audit timeline is for managers and analysts."));
    if (user.groupIds().stream().noneMatch(READERS::contains)) {
      throw new TimelineRefused(HttpStatus.FORBIDDEN, user.userId()
          + " may not read audit timelines: they are for managers, analysts and administrators.");
    }
    return user.userId();
  }
}
