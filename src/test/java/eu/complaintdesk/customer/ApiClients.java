package eu.complaintdesk.customer;

import static eu.complaintdesk.ProcessConstants.GROUP_INTAKE;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** API users of the tests: members of the group intake, each with the user name as password. */
final class ApiClients {

  private ApiClients() {
  }

  /** Creates the API user unless it exists; {@code intake} false makes an ordinary user. */
  static String apiUser(IdentityService identityService, String id, boolean intake) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setPassword(id);
      identityService.saveUser(user);
      if (intake) {
        identityService.createMembership(id, GROUP_INTAKE);
      }
    }
    return id;
  }

  /** A complaint as an integration sends it, with this e-mail address and language (null: none). */
  static String complaint(String email, String language) {
    return """
        {"name": "Jana Novak", "email": "%s",%s "type": "product", "severity": "high",
         "customerTier": "standard", "summary": "The kettle broke after two days.",
         "desiredOutcome": "A new kettle", "accountNumber": "SI56-1234"}
        """.formatted(email, language == null ? "" : " \"language\": \"" + language + "\",");
  }
}
