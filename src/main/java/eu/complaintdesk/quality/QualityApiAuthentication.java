package eu.complaintdesk.quality;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.complaintdesk.security.GroupBasicAuthentication;
import eu.complaintdesk.security.WebappLogin;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may read the quality figures ({@code /api/quality/*}): managers, analysts and administrators
 * ({@link CockpitSession#READERS}), either logged in to the Camunda webapps in this browser session
 * ({@link WebappLogin}: the dashboard and the Cockpit plugin need no login of their own) or with
 * HTTP Basic against the desk's users ({@link GroupBasicAuthentication}), for a spreadsheet or a
 * script. Credentials sent win over the session. Agents get 403 and nobody 401, both as problem
 * documents.
 */
final class QualityApiAuthentication extends OncePerRequestFilter {

  private final WebappLogin login;
  private final BasicReaders basic;

  QualityApiAuthentication(IdentityService identityService, WebappLogin login, ObjectMapper json) {
    this.login = login;
    this.basic = new BasicReaders(identityService, json);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<WebappLogin.User> user = request.getHeader("Authorization") == null ? login.of(request) : Optional.empty();
    if (user.isEmpty()) {
      basic.doFilter(request, response, chain);
    } else if (user.get().groupIds().stream().anyMatch(CockpitSession.READERS::contains)) {
      chain.doFilter(request, response);
    } else {
      basic.forbid(request, response, forbidden(user.get().userId()));
    }
  }

  private static String forbidden(String user) {
    return user + " may not read the quality figures: they are for managers, analysts and administrators.";
  }

  /** The HTTP Basic half: the desk's users in the readers' groups. */
  private static final class BasicReaders extends GroupBasicAuthentication {

    private final ObjectMapper json;

    BasicReaders(IdentityService identityService, ObjectMapper json) {
      super(identityService, "Complaint Desk quality figures", CockpitSession.READERS);
      this.json = json;
    }

    @Override
    protected void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status)
        throws IOException {
      String detail = status == HttpStatus.UNAUTHORIZED
          ? "Log in to Cockpit or Tasklist, or send the user and password of a manager or analyst (HTTP Basic)."
          : "The user may not read the quality figures: they are for managers, analysts and administrators.";
      answerWithProblem(json, request, response, status, detail);
    }

    /** A 403 to a user logged in to the webapps who is not a reader. */
    void forbid(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
      answerWithProblem(json, request, response, HttpStatus.FORBIDDEN, detail);
    }
  }
}
