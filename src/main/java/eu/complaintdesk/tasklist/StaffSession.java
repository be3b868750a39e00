package eu.complaintdesk.tasklist;

import eu.complaintdesk.security.WebappLogin;
import eu.complaintdesk.security.WebappLogin.User;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who is calling the tab's endpoint: the user logged in to the Camunda webapps in this browser
 * session ({@link WebappLogin}), so the tab needs no login of its own and a logout in Tasklist
 * closes it too.
 *
 * <p>A POST must carry the session's CSRF token in the {@code X-XSRF-TOKEN} header, exactly as
 * Camunda's {@code CsrfPreventionFilter} demands for the webapps' own API (which the webapps hand
 * to plugins as {@code api.CSRFToken}): a page on another site can make the browser send the
 * session cookie, but cannot read the token.
 */
@Component
class StaffSession {

  private final WebappLogin login;

  StaffSession(WebappLogin login) {
    this.login = login;
  }

  /** @throws CustomerTabRefused 401 when nobody is logged in to the webapps in this session */
  User require(HttpServletRequest request) {
    return login.of(request).orElseThrow(() -> new CustomerTabRefused(HttpStatus.UNAUTHORIZED,
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
}
