package eu.complaintdesk.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused admin password into Spring Boot's short start-up failure report. */
class InsecureAdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<InsecureAdminPasswordException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, InsecureAdminPasswordException cause) {
    return new FailureAnalysis(cause.getMessage(),
        "Set ADMIN_PASSWORD to a password of at least " + AdminPasswordGuard.MINIMUM_LENGTH
            + " characters that is not a default, then start again.", cause);
  }
}
