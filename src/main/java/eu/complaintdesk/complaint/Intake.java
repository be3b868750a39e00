package eu.complaintdesk.complaint;

import static eu.complaintdesk.ProcessConstants.CHANNEL_WEB;
import static eu.complaintdesk.ProcessConstants.VAR_ACCOUNT_NUMBER;
import static eu.complaintdesk.ProcessConstants.VAR_CHANNEL;
import static eu.complaintdesk.ProcessConstants.VAR_COMPLAINT_TYPE;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_EMAIL;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_LANGUAGE;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_NAME;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_PHONE;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_TIER;
import static eu.complaintdesk.ProcessConstants.VAR_DESIRED_OUTCOME;
import static eu.complaintdesk.ProcessConstants.VAR_INTAKE_AGENT;
import static eu.complaintdesk.ProcessConstants.VAR_FOLLOWS_COMPLAINT;
import static eu.complaintdesk.ProcessConstants.VAR_INTAKE_CLIENT;
import static eu.complaintdesk.ProcessConstants.VAR_PRIVACY_CONSENT;
import static eu.complaintdesk.ProcessConstants.VAR_PRIVACY_CONSENT_AT;
import static eu.complaintdesk.ProcessConstants.VAR_PRIVACY_POLICY;
import static eu.complaintdesk.ProcessConstants.VAR_SEVERITY;
import static eu.complaintdesk.ProcessConstants.VAR_SUMMARY;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The one check of a new complaint, whichever way it enters: Tasklist's start form, the engine's
 * REST API, an integration, the customer web form and the inbox, which call
 * {@link #check(Map)} before they start anything. A bad complaint is refused before anything is
 * stored, naming every problem, so nothing reaches an agent half-filled and no mail job fails later
 * on a value it cannot use (a name that is a number, an address no mail server takes).
 *
 * <p>The start form (forms/submit-complaint.form) shows the same limits to the user before
 * submitting; FormLimitsTests keeps the two in step. The same rules are checked again at every task
 * completion and every customer answer, so no later step can break what the intake let in.
 */
public final class Intake {

  /** RFC 5321: a path of at most 256 octets including the angle brackets leaves 254 for the address. */
  /**
   * The languages a complaint may be written in, the first the default: the customer pages pick
   * theirs from this list too. A new language is one more code here and its text files.
   */
  public static final List<String> LANGUAGES = List.of("en", "sl", "bg");

  static final int EMAIL_LIMIT = 254;
  /** RFC 5321, 4.5.3.1.1: the local part (before the @) is at most 64 octets. */
  static final int EMAIL_LOCAL_PART_LIMIT = 64;
  static final int NAME_LIMIT = 200;
  static final int PHONE_LIMIT = 40;
  /** What we need to understand a complaint at all; the customer's whole story is taken later. */
  static final int SUMMARY_MINIMUM = 10;

  public static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  /** Digits, spaces and + ( ) . / - as people write numbers: +386 1 234 5678, (01) 234-5678. */
  static final Pattern PHONE = Pattern.compile("^(?=.{6," + PHONE_LIMIT + "}$)\\+?[0-9 ()./-]+$");

  /** How account numbers are written, from 4 to 34 characters (an IBAN at most). */
  static final Pattern ACCOUNT_NUMBER = Pattern.compile("^[A-Za-z0-9-]{4,34}$");
  /** A reference as {@link ComplaintReferences} hands them out. */
  public static final Pattern REFERENCE = Pattern.compile("^CMP-\\d{4}-\\d{6}$");

  /** What a complaint can be about, as the start form and the web form offer it. */
  public static final List<String> COMPLAINT_TYPES = List.of("serviceQuality", "price", "product", "other");

  /** The address of a privacy policy's text: a URL, never a story. */
  static final int POLICY_LIMIT = 2000;

  /**
   * Filed by the customer alone on the public web form: channel {@code web} and keyed in by nobody
   * (no Tasklist or engine REST user, no integration). Only then can the desk have asked for
   * consent; an agent who keys in a call, or corrects the channel later, is not asked for what only
   * the customer can give.
   */
  private static final Predicate<Values> FILED_ON_THE_WEB = values -> CHANNEL_WEB.equals(values.get(VAR_CHANNEL))
      && values.get(VAR_INTAKE_AGENT) == null && values.get(VAR_INTAKE_CLIENT) == null;
  private static final Predicate<Values> CONSENTED = values -> values.get(VAR_PRIVACY_CONSENT) != null;

  /**
   * Every field of a complaint, in the start form's order; then the account number and the outcome
   * the customer wants, which an integration may send with the complaint and an agent records later.
   * The channel {@code api} is what our REST API records: Tasklist's start form does not offer it.
   * Last the consent to the processing of personal data, which the web form records: whether (only
   * {@code true} is a consent), when and to which policy.
   */
  static final List<Rule> RULES = List.of(
      Field.text(VAR_CUSTOMER_NAME).required().length(2, NAME_LIMIT).singleLine(),
      email(VAR_CUSTOMER_EMAIL).required(),
      Field.text(VAR_CUSTOMER_PHONE).matching(PHONE, "a phone number (6 to " + PHONE_LIMIT
          + " characters: digits, spaces and + ( ) . / -)"),
      Field.choice(VAR_CUSTOMER_LANGUAGE, LANGUAGES.toArray(String[]::new)),
      Field.choice(VAR_CHANNEL, "email", "phone", "web", "letter", "inPerson", "api").required(),
      Field.choice(VAR_COMPLAINT_TYPE, COMPLAINT_TYPES.toArray(String[]::new)).required(),
      Field.choice(VAR_SEVERITY, "low", "medium", "high", "critical").required(),
      Field.choice(VAR_CUSTOMER_TIER, "standard", "gold", "platinum").required(),
      Field.text(VAR_SUMMARY).required().length(SUMMARY_MINIMUM, Field.TEXT_LIMIT),
      Field.text(VAR_ACCOUNT_NUMBER).matching(ACCOUNT_NUMBER, "an account number (4 to 34 letters, digits and -)"),
      Field.text(VAR_DESIRED_OUTCOME),
      Field.text(VAR_FOLLOWS_COMPLAINT).matching(REFERENCE, "a complaint reference (CMP-yyyy-nnnnnn)"),
      Field.flag(VAR_PRIVACY_CONSENT).requiredWhen(FILED_ON_THE_WEB).and((value, values) -> Boolean.TRUE.equals(value)
          ? null : "must be true: a complaint from the web form is registered only with the customer's consent"),
      Field.moment(VAR_PRIVACY_CONSENT_AT).requiredWhen(CONSENTED),
      Field.text(VAR_PRIVACY_POLICY).requiredWhen(CONSENTED).max(POLICY_LIMIT).singleLine());

  private Intake() {
  }

  /**
   * For the web form and the inbox, before they start a complaint.
   *
   * @throws BadUserRequestException naming every problem of the complaint
   */
  public static void check(Map<String, ?> complaint) {
    check(Values.of(complaint));
  }

  /**
   * Every problem of a complaint, field by field, for callers that answer per field (the REST API
   * for integrations); empty when the complaint may be started. The same rules as {@link #check(Map)}.
   */
  public static List<Problem> problems(Map<String, ?> complaint) {
    return Rule.problems(RULES, Values.of(complaint));
  }

  /** The process's own check, at registration. */
  static void check(VariableScope complaint) {
    check(Values.of(complaint));
  }

  private static void check(Values complaint) {
    Rule.enforce("The complaint cannot be registered", RULES, complaint);
  }

  /**
   * An e-mail address within RFC 5321's limits, which mail servers enforce: 254 in all, 64 before
   * the @ (the domain's own limit of 255 is then always kept).
   */
  static Field email(String name) {
    return Field.text(name).max(EMAIL_LIMIT).singleLine()
        .and((value, values) -> {
          int at = value.toString().lastIndexOf('@');
          return at > EMAIL_LOCAL_PART_LIMIT ? "has a local part (before the @) of " + at
              + " characters, at most " + EMAIL_LOCAL_PART_LIMIT + " are allowed" : null;
        })
        .matching(EMAIL, "an e-mail address");
  }
}
