package eu.complaintdesk.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic against Camunda's own users, letting in members of some groups: whoever an
 * administrator manages in Admin is who gets in, and a servlet filter is all it takes (Spring
 * Security would be a second security model next to the engine's). The complaint API and the demo
 * mailbox both stand behind one; each answers a refusal in its own format (problem JSON, a page).
 * The engine locks a user for a few seconds after a wrong password, so guessing is slow.
 */
public abstract class GroupBasicAuthentication extends OncePerRequestFilter {

  /**
   * The request attribute naming the user a filter let in, for what is behind it (the mailbox and
   * the privacy API log who read a customer's personal data).
   */
  public static final String AUTHENTICATED_USER = "complaint-desk.authenticated-user";

  private final IdentityService identityService;
  private final String realm;
  private final List<String> groups;

  protected GroupBasicAuthentication(IdentityService identityService, String realm, List<String> groups) {
    this.identityService = identityService;
    this.realm = realm;
    this.groups = List.copyOf(groups);
  }

  @Override
  protected final void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<BasicCredentials> credentials = BasicCredentials.of(request.getHeader("Authorization"))
        .filter(given -> given.verifiedBy(identityService));
    if (credentials.isEmpty()) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\", charset=\"UTF-8\"");
      refuse(request, response, chain, HttpStatus.UNAUTHORIZED);
      return;
    }
    if (!credentials.get().memberOfAny(identityService, groups)) {
      refuse(request, response, chain, HttpStatus.FORBIDDEN);
      return;
    }
    request.setAttribute(AUTHENTICATED_USER, credentials.get().user());
    admit(credentials.get().user(), request, response, chain);
  }

  /** Answers 401 (no or wrong credentials) or 403 (not in the groups) in the format of what is behind. */
  protected abstract void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status)
      throws IOException;

  /**
   * Refuses the request; a subclass in front of something that is public at heart (the health
   * endpoint) may let it through without the user instead.
   */
  protected void refuse(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
      HttpStatus status) throws ServletException, IOException {
    refuse(request, response, status);
  }

  /**
   * Answers an RFC 9457 problem document, the refusal of what is behind a JSON or text API (the
   * problem's instance is the path asked for).
   */
  protected static void answerWithProblem(ObjectMapper json, HttpServletRequest request,
      HttpServletResponse response, HttpStatus status, String detail) throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setInstance(URI.create(request.getRequestURI()));
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    json.writeValue(response.getOutputStream(), problem);
  }

  /** Lets the request of this user through; a subclass may note the user or add headers first. */
  protected void admit(String user, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(request, response);
  }
}
