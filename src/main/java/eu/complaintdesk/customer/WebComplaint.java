package eu.complaintdesk.customer;

import static eu.complaintdesk.ProcessConstants.CHANNEL_WEB;
import static eu.complaintdesk.ProcessConstants.VAR_CHANNEL;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_LANGUAGE;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_TIER;
import static eu.complaintdesk.ProcessConstants.VAR_PRIVACY_CONSENT;
import static eu.complaintdesk.ProcessConstants.VAR_PRIVACY_CONSENT_AT;
import static eu.complaintdesk.ProcessConstants.VAR_PRIVACY_POLICY;
import static eu.complaintdesk.ProcessConstants.VAR_SEVERITY;

import eu.complaintdesk.complaint.Problem;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.MediaType;

/**
 * A complaint as the public web form sends it, turned into the process's start variables. The
 * form's fields carry the names of the complaint API ({@link ComplaintRequest}), so that one mapping
 * onto the variables serves both ways in, and a refusal comes back under the field the visitor sees.
 */
final class WebComplaint {

  /** The fields a visitor fills in, in the form's order. */
  static final List<String> FIELDS = List.of("name", "email", "phone", "accountNumber", "type", "summary",
      "desiredOutcome");
  /** The consent checkbox; only the form has it, so it is not a field of the API. */
  static final String CONSENT = "consent";

  /**
   * The severity the desk assumes for a web complaint: {@code medium}, the triage's ordinary rows.
   * The public is not asked, because everyone would rate their own complaint critical and the
   * queue would mean nothing; the agent who listens to the customer judges it.
   */
  static final String SEVERITY = "medium";
  /**
   * The tier the desk assumes for a web complaint: {@code standard}. An anonymous visitor proves no
   * membership, and a tier that buys a faster answer cannot be taken on the visitor's word.
   */
  static final String CUSTOMER_TIER = "standard";

  private WebComplaint() {
  }

  /**
   * Whether the request is a form as browsers send one: URL-encoded, or multipart (the form's
   * encoding once it carries attachments). Anything else is not our form, and is refused with 415.
   */
  static boolean isForm(HttpServletRequest request) {
    try {
      MediaType type = MediaType.parseMediaType(request.getContentType());
      return MediaType.APPLICATION_FORM_URLENCODED.includes(type) || MediaType.MULTIPART_FORM_DATA.includes(type);
    } catch (IllegalArgumentException notAType) { // InvalidMediaTypeException: no or a garbled header
      return false;
    }
  }

  /** What the visitor typed, field by field, without the spaces around it; blank fields left out. */
  static Map<String, String> typed(HttpServletRequest request) {
    Map<String, String> typed = new LinkedHashMap<>();
    for (String field : FIELDS) {
      String value = request.getParameter(field);
      if (value != null && !value.isBlank()) {
        typed.put(field, value.strip());
      }
    }
    return typed;
  }

  /**
   * The start variables: what was typed, the page's language as the customer's, the channel
   * {@code web}, the assumed severity and tier, and the consent when it was given (whether, when,
   * which policy). Without consent none of the three is set, and the intake refuses the complaint.
   */
  static Map<String, Object> variables(Map<String, String> typed, boolean consented, String language,
      String policy) {
    Map<String, Object> variables = new LinkedHashMap<>();
    typed.forEach((field, value) -> variables.put(ComplaintRequest.VARIABLES.get(field), value));
    variables.put(VAR_CUSTOMER_LANGUAGE, language);
    variables.put(VAR_CHANNEL, CHANNEL_WEB);
    variables.put(VAR_SEVERITY, SEVERITY);
    variables.put(VAR_CUSTOMER_TIER, CUSTOMER_TIER);
    if (consented) {
      variables.put(VAR_PRIVACY_CONSENT, true);
      variables.put(VAR_PRIVACY_CONSENT_AT, Date.from(ClockUtil.getCurrentTime().toInstant()));
      variables.put(VAR_PRIVACY_POLICY, policy);
    }
    return variables;
  }

  /**
   * The text key of each refused field's message ({@code form.error.email.invalid}); a problem the
   * visitor cannot have caused, or one without a text, under {@code other} at the top of the form.
   */
  static Map<String, String> errors(List<Problem> problems, Predicate<String> hasText) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (Problem problem : problems) {
      String field = VAR_PRIVACY_CONSENT.equals(problem.field()) ? CONSENT
          : ComplaintRequest.asField(problem).field();
      String key = "form.error." + field + ("is required".equals(problem.message()) ? ".required" : ".invalid");
      boolean shown = (FIELDS.contains(field) || CONSENT.equals(field)) && hasText.test(key);
      errors.putIfAbsent(shown ? field : "other", shown ? key : "form.error.other");
    }
    return errors;
  }
}
