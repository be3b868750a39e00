package eu.complaintdesk.customer;

import static eu.complaintdesk.ProcessConstants.VAR_ACCOUNT_NUMBER;
import static eu.complaintdesk.ProcessConstants.VAR_COMPLAINT_TYPE;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_EMAIL;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_LANGUAGE;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_NAME;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_PHONE;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_TIER;
import static eu.complaintdesk.ProcessConstants.VAR_DESIRED_OUTCOME;
import static eu.complaintdesk.ProcessConstants.VAR_SEVERITY;
import static eu.complaintdesk.ProcessConstants.VAR_SUMMARY;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.complaintdesk.complaint.Problem;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A complaint as an integration sends it: field names for people outside the desk, mapped one to
 * one onto the process's start variables. The record is the OpenAPI schema; the request itself is
 * read as a JSON tree, so that a number where a text belongs reaches {@code Intake} as a number and
 * is refused by the same sentence as everywhere else, instead of being turned into text by Jackson.
 */
@Schema(name = "Complaint", description = "A customer's complaint. The limits are those of the intake "
    + "(see the README's table): each problem is answered as an entry of the problem document's errors.")
record ComplaintRequest(
    @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 200, example = "Jana Novak") String name,
    @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 254, example = "jana@example.org") String email,
    @Schema(maxLength = 40, example = "+386 1 234 5678") String phone,
    @Schema(allowableValues = {"en", "sl", "bg"}, defaultValue = "en") String language,
    @Schema(pattern = "^[A-Za-z0-9-]{4,34}$", example = "SI56-1234") String accountNumber,
    @Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = {"serviceQuality", "price", "product", "other"})
    String type,
    @Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = {"low", "medium", "high", "critical"})
    String severity,
    @Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = {"standard", "gold", "platinum"})
    String customerTier,
    @Schema(requiredMode = RequiredMode.REQUIRED, description = "What happened", minLength = 10, maxLength = 4000,
        example = "The kettle I bought broke after two days.") String summary,
    @Schema(description = "What the customer would like", maxLength = 4000) String desiredOutcome) {

  /** API field to process variable; the channel ({@code api}) and the client are set by the API. */
  static final Map<String, String> VARIABLES = Map.of(
      "name", VAR_CUSTOMER_NAME, "email", VAR_CUSTOMER_EMAIL, "phone", VAR_CUSTOMER_PHONE,
      "language", VAR_CUSTOMER_LANGUAGE, "accountNumber", VAR_ACCOUNT_NUMBER, "type", VAR_COMPLAINT_TYPE,
      "severity", VAR_SEVERITY, "customerTier", VAR_CUSTOMER_TIER, "summary", VAR_SUMMARY,
      "desiredOutcome", VAR_DESIRED_OUTCOME);

  private static final Map<String, String> FIELDS = new HashMap<>();

  static {
    VARIABLES.forEach((field, variable) -> FIELDS.put(variable, field));
  }

  /**
   * The start variables of a JSON complaint; a field we do not know is a problem, since a
   * misspelt optional field would otherwise be lost without anyone noticing.
   */
  static Map<String, Object> variables(JsonNode body, ObjectMapper json, List<Problem> problems) {
    Map<String, Object> variables = new LinkedHashMap<>();
    if (!body.isObject()) {
      problems.add(new Problem("", "the body must be a JSON object"));
      return variables;
    }
    body.fields().forEachRemaining(entry -> {
      String variable = VARIABLES.get(entry.getKey());
      if (variable == null) {
        problems.add(new Problem(entry.getKey(), "is not a field of a complaint"));
      } else {
        variables.put(variable, json.convertValue(entry.getValue(), Object.class));
      }
    });
    return variables;
  }

  /** The problem as the API names it: its field, not the process variable. */
  static Problem asField(Problem problem) {
    return new Problem(FIELDS.getOrDefault(problem.field(), problem.field()), problem.message());
  }
}
