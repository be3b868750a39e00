package eu.complaintdesk.security;

/** The administrator's password would leave a production installation open. */
class InsecureAdminPasswordException extends RuntimeException {

  InsecureAdminPasswordException(String message) {
    super(message);
  }
}
