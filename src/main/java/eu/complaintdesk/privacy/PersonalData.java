package eu.complaintdesk.privacy;

import static eu.complaintdesk.ProcessConstants.VAR_ACCOUNT_NUMBER;
import static eu.complaintdesk.ProcessConstants.VAR_CHANNEL;
import static eu.complaintdesk.ProcessConstants.VAR_CHOICE_MADE_BY;
import static eu.complaintdesk.ProcessConstants.VAR_CHOSEN_OPTION;
import static eu.complaintdesk.ProcessConstants.VAR_COMPLAINT_OUTCOME;
import static eu.complaintdesk.ProcessConstants.VAR_COMPLAINT_REFERENCE;
import static eu.complaintdesk.ProcessConstants.VAR_COMPLAINT_TYPE;
import static eu.complaintdesk.ProcessConstants.VAR_CURRENCY;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_ACCOUNT;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_EMAIL;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_FEELING;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_FEELING_AT_END;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_LANGUAGE;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_NAME;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_PHONE;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_TIER;
import static eu.complaintdesk.ProcessConstants.VAR_FOLLOWS_COMPLAINT;
import static eu.complaintdesk.ProcessConstants.VAR_INBOUND_MAIL_FROM;
import static eu.complaintdesk.ProcessConstants.VAR_INBOUND_MAIL_REASON;
import static eu.complaintdesk.ProcessConstants.VAR_INFORMATION_COMPLETE;
import static eu.complaintdesk.ProcessConstants.VAR_INTAKE_AGENT;
import static eu.complaintdesk.ProcessConstants.VAR_INTAKE_CLIENT;
import static eu.complaintdesk.ProcessConstants.VAR_JUDGED_OFFER_SEAL;
import static eu.complaintdesk.ProcessConstants.VAR_MAIL_FROM;
import static eu.complaintdesk.ProcessConstants.VAR_OFFERED_BY;
import static eu.complaintdesk.ProcessConstants.VAR_OFFER_DECISION;
import static eu.complaintdesk.ProcessConstants.VAR_PRIVACY_POLICY;
import static eu.complaintdesk.ProcessConstants.VAR_ROOT_CAUSE;
import static eu.complaintdesk.ProcessConstants.VAR_SEVERITY;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which variables of a complaint hold a person's data, as the erasure reads them.
 *
 * <p>The rule is the other way round from a list of personal fields, so that a field added later
 * is erased unless someone decides otherwise: every text variable is erased (the customer's words,
 * the agents' notes about them, the offer's descriptions), except the statistical record and the
 * desk's own codes named here: the values of a select (type, outcome, root cause...), the
 * reference, staff user ids and the policy's address. Numbers, dates and yes/no values are the
 * statistical record and stay.
 */
final class PersonalData {

  /** Text variables that are codes or references, never the person's words. */
  static final Set<String> KEPT_TEXTS = Set.of(VAR_COMPLAINT_REFERENCE, VAR_CHANNEL, VAR_COMPLAINT_TYPE, VAR_SEVERITY,
      VAR_CUSTOMER_TIER, VAR_CUSTOMER_LANGUAGE, VAR_COMPLAINT_OUTCOME, VAR_ROOT_CAUSE, VAR_CHOSEN_OPTION,
      VAR_CHOICE_MADE_BY, VAR_OFFER_DECISION, VAR_INFORMATION_COMPLETE, VAR_CUSTOMER_FEELING,
      VAR_CUSTOMER_FEELING_AT_END, VAR_CURRENCY, VAR_FOLLOWS_COMPLAINT, VAR_INBOUND_MAIL_REASON, VAR_OFFERED_BY,
      VAR_INTAKE_AGENT, VAR_INTAKE_CLIENT, VAR_JUDGED_OFFER_SEAL, VAR_PRIVACY_POLICY, "incidentDate", "newPromiseDue",
      "promiseDue");

  /** Kept texts numbered per option or promise: the option's type, the promise's day. */
  private static final Pattern KEPT_NUMBERED = Pattern.compile("option\\d+Type|promise\\d+Due");

  /** The variables whose values identify the person, wherever else they appear (a task's name, a subject). */
  static final Set<String> IDENTIFYING = Set.of(VAR_CUSTOMER_NAME, VAR_CUSTOMER_EMAIL, VAR_CUSTOMER_PHONE,
      VAR_CUSTOMER_ACCOUNT, VAR_ACCOUNT_NUMBER, VAR_INBOUND_MAIL_FROM, VAR_MAIL_FROM);

  /** What an erased value becomes. */
  static final String PLACEHOLDER = "[erased]";

  private PersonalData() {
  }

  static boolean isKept(String variableName) {
    return KEPT_TEXTS.contains(variableName) || KEPT_NUMBERED.matcher(variableName).matches();
  }
}
