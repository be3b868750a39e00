package eu.complaintdesk.tasklist;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who is calling the tab's endpoint: the user logged in to the Camunda webapps in this browser
 * session, as the webapps keep it ({@link AuthenticationUtil#getAuthsFromSession}), so the tab needs
 * no login of its own and a logout in Tasklist closes it too.
 *
 * <p>A POST must carry the session's CSRF token in the {@code X-XSRF-TOKEN} header, exactly as
 * Camunda's {@code CsrfPreventionFilter} demands for the webapps' own API (which the webapps hand
 * to plugins as {@code api.CSRFToken}): a page on another site can make the browser send the
 * session cookie, but cannot read the token.
 */
@Component
class StaffSession {

  /** A logged-in user of the webapps, with the groups and tenants the engine authorizes by. */
  record Staff(String userId, List<String> groupIds, List<String> tenantIds) {
  }

  private final String engineName;

  StaffSession(ProcessEngine engine) {
    this.engineName = engine.getName();
  }

  /** @throws CustomerTabRefused 401 when nobody is logged in to the webapps in this session */
  Staff require(HttpServletRequest request) {
    return Optional.ofNullable(request.getSession(false))
        .map(AuthenticationUtil::getAuthsFromSession)
        .map(authentications -> authentications.getAuthenticationForProcessEngine(engineName))
        .filter(UserAuthentication.class::isInstance).map(UserAuthentication.class::cast)
        .map(user -> new Staff(user.getName(), list(user.getGroupIds()), list(user.getTenantIds())))
        .orElseThrow(() -> new CustomerTabRefused(HttpStatus.UNAUTHORIZED,
            "Log in to Tasklist first: the Customer tab is for agents and managers."));
  }

  /** @throws CustomerTabRefused 403 without the session's CSRF token in the header */
  void requireCsrfToken(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object expected = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    String given = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    if (!(expected instanceof String token) || given == null
        || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
      throw CustomerTabRefused.csrfTokenMissing("The request lacks this session's "
          + CsrfConstants.CSRF_TOKEN_HEADER_NAME + " header: reload Tasklist and try again.");
    }
  }

  private static List<String> list(List<String> values) {
    return values == null ? List.of() : List.copyOf(values);
  }
}
