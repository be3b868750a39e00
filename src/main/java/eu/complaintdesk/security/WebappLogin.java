package eu.complaintdesk.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.stereotype.Component;

/**
 * Who is logged in to the Camunda webapps in this browser session, as the webapps keep it
 * ({@link AuthenticationUtil#getAuthsFromSession}): the endpoints behind our webapp plugins (the
 * Customer tab in Tasklist, the audit timeline in Cockpit) need no login of their own, and a logout
 * in the webapps closes them too. Each endpoint decides for itself whom it lets in and how a
 * refusal reads.
 */
@Component
public class WebappLogin {

  /** A logged-in user of the webapps, with the groups and tenants the engine authorizes by. */
  public record User(String userId, List<String> groupIds, List<String> tenantIds) {
  }

  private final String engineName;
  private final IdentityService identityService;

  WebappLogin(ProcessEngine engine) {
    this.engineName = engine.getName();
    this.identityService = engine.getIdentityService();
  }

  /** The user logged in to the webapps in the request's session; empty when nobody is. */
  public Optional<User> of(HttpServletRequest request) {
    return Optional.ofNullable(request.getSession(false))
        .map(AuthenticationUtil::getAuthsFromSession)
        .map(authentications -> authentications.getAuthenticationForProcessEngine(engineName))
        .filter(UserAuthentication.class::isInstance).map(UserAuthentication.class::cast)
        .map(user -> new User(user.getName(), list(user.getGroupIds()), list(user.getTenantIds())));
  }

  /**
   * The answer of {@code query} run as {@code user}, with the engine's authorization checks, as the
   * webapps run it: a task query then finds only what Tasklist would show that user. Our endpoints
   * otherwise read without checks, so this is how they ask "may this user see it?".
   */
  public <T> T asUser(User user, Supplier<T> query) {
    identityService.setAuthentication(user.userId(), user.groupIds(), user.tenantIds());
    try {
      return query.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private static List<String> list(List<String> values) {
    return values == null ? List.of() : List.copyOf(values);
  }
}
