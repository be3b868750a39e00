package eu.complaintdesk.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;

/** User and password of an HTTP Basic header, checked against Camunda's own users. */
record BasicCredentials(String user, String password) {

  /** The credentials of an {@code Authorization} header, empty when there is none or it is not Basic. */
  static Optional<BasicCredentials> of(String authorizationHeader) {
    if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(authorizationHeader.substring(6).trim()),
          StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon <= 0 ? Optional.empty()
          : Optional.of(new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
  }

  /** Whether the password is right; the engine locks the user for a while after wrong ones. */
  boolean verifiedBy(IdentityService identityService) {
    return identityService.checkPassword(user, password);
  }

  /** Whether the user is a member of at least one of the groups. */
  boolean memberOfAny(IdentityService identityService, Collection<String> groups) {
    return groups.stream()
        .anyMatch(group -> identityService.createUserQuery().userId(user).memberOfGroup(group).count() > 0);
  }

  @Override
  public String toString() {
    return "BasicCredentials[user=" + user + "]";
  }
}
