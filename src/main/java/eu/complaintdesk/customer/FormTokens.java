package eu.complaintdesk.customer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * The web form's protection against cross-site request forgery: a synchronizer token, random and
 * bound to the visitor's session, that the form carries as a hidden field and the POST must bring
 * back. Another site can make a browser post to us with our session cookie, but cannot read the
 * token from our page. Written here because the desk has no Spring Security (the engine's users and
 * the webapps' own CSRF filter guard everything else, and adding it would put a second security
 * model in front of the webapps); these few lines are all a session-bound token needs.
 */
@Component
class FormTokens {

  static final String FIELD = "csrf";
  private static final String SESSION_ATTRIBUTE = FormTokens.class.getName();

  private final SecureRandom random = new SecureRandom();

  /** The session's token, made on first use; the same for every form of the session. */
  String issue(HttpServletRequest request) {
    HttpSession session = request.getSession();
    Object token = session.getAttribute(SESSION_ATTRIBUTE);
    if (token instanceof String existing) {
      return existing;
    }
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    session.setAttribute(SESSION_ATTRIBUTE, fresh);
    return fresh;
  }

  /** Whether the request brings its session's token; false without a session or a token. */
  boolean isValid(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    String sent = request.getParameter(FIELD);
    if (session == null || sent == null || !(session.getAttribute(SESSION_ATTRIBUTE) instanceof String expected)) {
      return false;
    }
    return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.UTF_8));
  }
}
