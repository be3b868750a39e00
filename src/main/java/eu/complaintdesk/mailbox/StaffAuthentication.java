package eu.complaintdesk.mailbox;

import static eu.complaintdesk.ProcessConstants.GROUP_ADMINS;
import static eu.complaintdesk.ProcessConstants.GROUP_AGENTS;
import static eu.complaintdesk.ProcessConstants.GROUP_MANAGERS;

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
 * Only staff read the mailbox (agents, managers, administrators, by HTTP Basic like the complaint
 * API): it holds every customer's mail. Every page also gets a Content-Security-Policy without
 * scripts, so that a customer's words inside a mail can never run script on our origin; the mail's
 * own HTML is shown in a sandboxed frame on top of that. Forms may post to the mailbox itself only
 * (the Reply button).
 */
class StaffAuthentication extends GroupBasicAuthentication {

  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; "
      + "img-src https: data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  StaffAuthentication(IdentityService identityService) {
    super(identityService, "Complaint Desk mailbox", List.of(GROUP_AGENTS, GROUP_MANAGERS, GROUP_ADMINS));
  }

  @Override
  protected void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status)
      throws IOException {
    response.sendError(status.value(), status == HttpStatus.UNAUTHORIZED
        ? "Log in as an agent, manager or administrator." : "The mailbox is for agents, managers and administrators.");
  }

  @Override
  protected void admit(String user, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    chain.doFilter(request, response);
  }
}
