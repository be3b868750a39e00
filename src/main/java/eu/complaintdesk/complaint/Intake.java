package eu.complaintdesk.complaint;

import static eu.complaintdesk.ProcessConstants.VAR_CHANNEL;
import static eu.complaintdesk.ProcessConstants.VAR_COMPLAINT_TYPE;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_EMAIL;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_LANGUAGE;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_NAME;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_TIER;
import static eu.complaintdesk.ProcessConstants.VAR_SEVERITY;
import static eu.complaintdesk.ProcessConstants.VAR_SUMMARY;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Checks a new complaint as the start form does, for complaints that arrive without it (the REST
 * API, an integration). A bad one is refused before anything is stored: the engine's REST API
 * answers 400 with the list of problems, so nothing reaches an agent half-filled and no mail
 * job fails later for a missing address.
 */
final class Intake {

  static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  /** The values the start form offers, per field. */
  static final Map<String, Set<String>> CHOICES = Map.of(
      VAR_CHANNEL, Set.of("email", "phone", "web", "letter", "inPerson"),
      VAR_COMPLAINT_TYPE, Set.of("serviceQuality", "price", "product", "other"),
      VAR_SEVERITY, Set.of("low", "medium", "high", "critical"),
      VAR_CUSTOMER_TIER, Set.of("standard", "gold", "platinum"),
      VAR_CUSTOMER_LANGUAGE, Set.of("en", "sl", "bg"));

  private Intake() {
  }

  /** Throws a {@link BadUserRequestException} that names every problem of the complaint. */
  static void check(VariableScope complaint) {
    List<String> problems = new ArrayList<>();
    for (String required : List.of(VAR_CUSTOMER_NAME, VAR_CUSTOMER_EMAIL, VAR_SUMMARY)) {
      if (text(complaint, required).isBlank()) {
        problems.add(required + " is required");
      }
    }
    String email = text(complaint, VAR_CUSTOMER_EMAIL);
    if (!email.isBlank() && !EMAIL.matcher(email).matches()) {
      problems.add(VAR_CUSTOMER_EMAIL + " '" + email + "' is not an e-mail address");
    }
    CHOICES.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(choice -> {
      String value = text(complaint, choice.getKey());
      boolean optional = VAR_CUSTOMER_LANGUAGE.equals(choice.getKey());
      if ((!optional || !value.isBlank()) && !choice.getValue().contains(value)) {
        problems.add(choice.getKey() + " must be one of " + choice.getValue().stream().sorted().toList()
            + (value.isBlank() ? "" : ", not '" + value + "'"));
      }
    });
    if (!problems.isEmpty()) {
      throw new BadUserRequestException("The complaint cannot be registered: " + String.join("; ", problems));
    }
  }

  private static String text(VariableScope complaint, String name) {
    Object value = complaint.getVariable(name);
    return value == null ? "" : value.toString().trim();
  }
}
