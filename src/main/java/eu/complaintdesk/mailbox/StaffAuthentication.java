package eu.complaintdesk.mailbox;

import static eu.complaintdesk.ProcessConstants.GROUP_ADMINS;
import static eu.complaintdesk.ProcessConstants.GROUP_AGENTS;
import static eu.complaintdesk.ProcessConstants.GROUP_MANAGERS;

import eu.complaintdesk.security.BasicCredentials;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Only staff read the mailbox (HTTP Basic against the desk's users, like the complaint API): it
 * holds every customer's mail. Every page also gets a Content-Security-Policy without scripts, so
 * that a customer's words inside a mail can never run script on our origin; the mail's own HTML
 * is shown in a sandboxed frame on top of that.
 */
class StaffAuthentication extends OncePerRequestFilter {

  static final List<String> STAFF = List.of(GROUP_AGENTS, GROUP_MANAGERS, GROUP_ADMINS);
  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; "
      + "img-src https: data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private final IdentityService identityService;

  StaffAuthentication(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    BasicCredentials credentials = BasicCredentials.of(request.getHeader("Authorization")).orElse(null);
    if (credentials == null || !credentials.verifiedBy(identityService)) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"Complaint Desk mailbox\", charset=\"UTF-8\"");
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Log in as an agent, manager or administrator.");
      return;
    }
    if (!credentials.memberOfAny(identityService, STAFF)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN, "The mailbox is for agents, managers and administrators.");
      return;
    }
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    chain.doFilter(request, response);
  }
}
