package eu.complaintdesk.customer;

import static eu.complaintdesk.ProcessConstants.GROUP_INTAKE;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.complaintdesk.security.GroupBasicAuthentication;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;

/**
 * HTTP Basic for our REST API against Camunda's own users, so that an integration is a user an
 * administrator manages in Admin like any other, and the group {@code intake} is what lets it in.
 * A servlet filter is all it takes: Spring Security would be a second security model next to the
 * engine's for two endpoints. The engine locks a user for a few seconds after a wrong password, so
 * guessing is slow here too.
 */
class ApiAuthentication extends GroupBasicAuthentication {

  /** The request attribute that names the authenticated API user for the controller. */
  static final String API_USER = "complaint-desk.api-user";

  private final ObjectMapper json;

  ApiAuthentication(IdentityService identityService, ObjectMapper json) {
    super(identityService, "Complaint Desk API", List.of(GROUP_INTAKE));
    this.json = json;
  }

  @Override
  protected void admit(String user, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    request.setAttribute(API_USER, user);
    chain.doFilter(request, response);
  }

  @Override
  protected void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status)
      throws IOException {
    String detail = status == HttpStatus.UNAUTHORIZED ? "Send the user and password of an API user (HTTP Basic)."
        : "The user is not in the group " + GROUP_INTAKE + ".";
    answerWithProblem(json, request, response, status, detail);
  }
}
