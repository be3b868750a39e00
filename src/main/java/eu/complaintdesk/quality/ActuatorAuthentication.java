package eu.complaintdesk.quality;

import static eu.complaintdesk.ProcessConstants.GROUP_MANAGERS;
import static eu.complaintdesk.ProcessConstants.GROUP_METRICS;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.complaintdesk.security.GroupBasicAuthentication;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;

/**
 * Managers and the monitoring user (group {@code metrics}) read the desk's figures: HTTP Basic
 * against the desk's own users, as for the complaint API and the mailbox, so that a Prometheus
 * server is a user an administrator manages in Admin. Two doors use it:
 *
 * <ul>
 *   <li>{@code /actuator/prometheus} ({@link #required}): anyone else gets 401 or 403 as a problem
 *       document.
 *   <li>{@code /actuator/health} ({@link #optional}): public, since load balancers and probes ask it
 *       without a login, so a request without credentials, or of a user outside the groups, passes
 *       as anonymous and sees only the status. A wrong password is still a 401: whoever sent it
 *       wants to know. An admitted user reaches the endpoint as the request's principal, which is
 *       what Spring Boot's {@code show-details: when-authorized} asks for (no Spring Security).
 * </ul>
 */
final class ActuatorAuthentication extends GroupBasicAuthentication {

  private final ObjectMapper json;
  private final boolean credentialsOptional;

  private ActuatorAuthentication(IdentityService identityService, ObjectMapper json, boolean credentialsOptional) {
    super(identityService, "Complaint Desk metrics", List.of(GROUP_MANAGERS, GROUP_METRICS));
    this.json = json;
    this.credentialsOptional = credentialsOptional;
  }

  /** Only managers and the metrics user get through. */
  static ActuatorAuthentication required(IdentityService identityService, ObjectMapper json) {
    return new ActuatorAuthentication(identityService, json, false);
  }

  /** Everyone gets through; managers and the metrics user as themselves. */
  static ActuatorAuthentication optional(IdentityService identityService, ObjectMapper json) {
    return new ActuatorAuthentication(identityService, json, true);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return credentialsOptional && request.getHeader("Authorization") == null;
  }

  @Override
  protected void refuse(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
      HttpStatus status) throws ServletException, IOException {
    if (credentialsOptional && status == HttpStatus.FORBIDDEN) {
      chain.doFilter(request, response);
    } else {
      refuse(request, response, status);
    }
  }

  @Override
  protected void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status)
      throws IOException {
    String detail = status == HttpStatus.UNAUTHORIZED
        ? "Send the user and password of a manager or of the metrics user (HTTP Basic)."
        : "The metrics are for managers and the group " + GROUP_METRICS + ".";
    answerWithProblem(json, request, response, status, detail);
  }

  @Override
  protected void admit(String user, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Principal principal = () -> user;
    chain.doFilter(new HttpServletRequestWrapper(request) {
      @Override
      public Principal getUserPrincipal() {
        return principal;
      }

      @Override
      public String getRemoteUser() {
        return user;
      }
    }, response);
  }
}
