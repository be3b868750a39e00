package eu.complaintdesk.complaint;

/**
 * One thing wrong with an input: the variable it is about and what is wrong, e.g.
 * {@code customerEmail} and {@code 'x' is not an e-mail address}. Kept as two parts so that a caller
 * that shows problems per field (the integrations' REST API, a web form) never parses a sentence;
 * {@link #toString()} is the sentence the engine's refusals have always given.
 */
public record Problem(String field, String message) {

  @Override
  public String toString() {
    return field + " " + message;
  }
}
