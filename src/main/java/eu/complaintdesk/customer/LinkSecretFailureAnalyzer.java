package eu.complaintdesk.customer;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells the operator in one line why the application did not start, instead of a stack trace. */
class LinkSecretFailureAnalyzer extends AbstractFailureAnalyzer<LinkSecretMissingException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, LinkSecretMissingException cause) {
    return new FailureAnalysis(cause.getMessage(), "Set LINKS_SECRET to a random text of at least "
        + LinkTokens.MINIMUM_SECRET_LENGTH + " characters (e.g. openssl rand -base64 48), then start again.", cause);
  }
}
