package eu.complaintdesk.privacy;

import static eu.complaintdesk.ProcessConstants.GROUP_PRIVACY;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.complaintdesk.security.GroupBasicAuthentication;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;

/**
 * Only data-protection officers (group {@code privacy}) reach the privacy API, by HTTP Basic against
 * the desk's own users like the complaint API: a subject's export holds everything we know of a
 * person, so not even administrators get it without being made officers in Admin. Refusals are
 * problem documents; the user let in is the request's {@link GroupBasicAuthentication#AUTHENTICATED_USER}.
 */
class PrivacyAuthentication extends GroupBasicAuthentication {

  private final ObjectMapper json;

  PrivacyAuthentication(IdentityService identityService, ObjectMapper json) {
    super(identityService, "Complaint Desk privacy", List.of(GROUP_PRIVACY));
    this.json = json;
  }

  @Override
  protected void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status)
      throws IOException {
    String detail = status == HttpStatus.UNAUTHORIZED
        ? "Send the user and password of a data-protection officer (HTTP Basic)."
        : "The privacy API is for the group " + GROUP_PRIVACY + " (data-protection officers).";
    answerWithProblem(json, request, response, status, detail);
  }
}
