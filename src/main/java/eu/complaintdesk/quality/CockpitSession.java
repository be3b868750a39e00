package eu.complaintdesk.quality;

import static eu.complaintdesk.ProcessConstants.GROUP_ADMINS;
import static eu.complaintdesk.ProcessConstants.GROUP_ANALYSTS;
import static eu.complaintdesk.ProcessConstants.GROUP_MANAGERS;

import eu.complaintdesk.security.WebappLogin;
import eu.complaintdesk.security.WebappLogin.User;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who may read a complaint's audit timeline: the user logged in to the Camunda webapps in this
 * browser session ({@link WebappLogin}, so the Cockpit tab and the link in Tasklist need no login of
 * their own). Managers, analysts and administrators read every complaint's. Anyone else (an agent)
 * reads only the timeline of a complaint with a task they can see now, as Tasklist shows it to them
 * (candidate group or assignee: the engine's task query as that user, authorization on): the
 * timeline shows every customer's mails and every agent's work, which agents have no need to see
 * of complaints not theirs.
 */
@Component
class CockpitSession {

  static final List<String> READERS = List.of(GROUP_MANAGERS, GROUP_ANALYSTS, GROUP_ADMINS);

  private final WebappLogin login;
  private final TaskService taskService;

  CockpitSession(WebappLogin login, TaskService taskService) {
    this.login = login;
    this.taskService = taskService;
  }

  /**
   * The reader's user id, for a manager, analyst or administrator.
   *
   * @throws TimelineRefused 401 when nobody is logged in to the webapps, 403 outside the groups
   */
  String requireReader(HttpServletRequest request) {
    User user = loggedIn(request);
    if (!isReader(user)) {
      throw new TimelineRefused(HttpStatus.FORBIDDEN, user.userId()
          + " may not read audit timelines: they are for managers, analysts and administrators.");
    }
    return user.userId();
  }

  /**
   * The reader's user id, for a manager, analyst or administrator, or for a user who can see a task
   * that {@code complaint} finds (a task query narrowed to the complaint).
   *
   * @param which the complaint in words, for the refusal
   * @throws TimelineRefused 401 when nobody is logged in to the webapps, 403 for anyone else
   */
  String requireReaderOf(HttpServletRequest request, String which, UnaryOperator<TaskQuery> complaint) {
    User user = loggedIn(request);
    if (isReader(user) || login.asUser(user, () -> complaint.apply(taskService.createTaskQuery()).count()) > 0) {
      return user.userId();
    }
    throw new TimelineRefused(HttpStatus.FORBIDDEN, user.userId() + " may not read the audit timeline of "
        + which + ": it is for managers, analysts and administrators, and for whoever has one of its tasks.");
  }

  private User loggedIn(HttpServletRequest request) {
    return login.of(request).orElseThrow(() -> new TimelineRefused(HttpStatus.UNAUTHORIZED,
        "Log in to Tasklist or Cockpit first: the audit timeline is for staff."));
  }

  private static boolean isReader(User user) {
    return user.groupIds().stream().anyMatch(READERS::contains);
  }
}
