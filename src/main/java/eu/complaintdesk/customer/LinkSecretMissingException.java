package eu.complaintdesk.customer;

/** The postgres profile has no usable secret to sign customer links with; see {@link LinkTokens}. */
class LinkSecretMissingException extends RuntimeException {

  LinkSecretMissingException(String message) {
    super(message);
  }
}
