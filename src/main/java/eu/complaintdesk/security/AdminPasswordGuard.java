package eu.complaintdesk.security;

import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * In production the engine creates its administrator from {@code ADMIN_USER} and {@code
 * ADMIN_PASSWORD}. A missing or guessable password would hand the whole system to anyone, so the
 * engine refuses to start, before it creates the user, rather than start insecure.
 */
@Component
@Profile("postgres")
class AdminPasswordGuard extends AbstractProcessEnginePlugin {

  static final int MINIMUM_LENGTH = 12;

  private static final Set<String> WELL_KNOWN = Set.of("demo", "admin", "administrator",
      "camunda", "password", "passw0rd", "changeme", "changeit", "secret", "letmein", "123456",
      "12345678", "123456789", "123456789012", "qwerty", "postgres", "complaints", "adminadmin",
      "password1234", "password123", "admin123456");

  private final Environment environment;

  AdminPasswordGuard(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    String user = environment.getProperty("camunda.bpm.admin-user.id", "");
    String password = environment.getProperty("camunda.bpm.admin-user.password", "");
    String problem = problemWith(user, password);
    if (problem != null) {
      throw new InsecureAdminPasswordException(problem);
    }
  }

  /** Why the password is refused, or null when it is acceptable. */
  static String problemWith(String user, String password) {
    if (password == null || password.isBlank()) {
      return "ADMIN_PASSWORD is not set: the postgres profile needs a password for the administrator '" + user + "'.";
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (WELL_KNOWN.contains(lower) || lower.equals(user.toLowerCase(Locale.ROOT))) {
      return "ADMIN_PASSWORD is a well-known default or the user name: choose a password nobody can guess.";
    }
    if (password.length() < MINIMUM_LENGTH) {
      return "ADMIN_PASSWORD is shorter than " + MINIMUM_LENGTH + " characters.";
    }
    return null;
  }
}
