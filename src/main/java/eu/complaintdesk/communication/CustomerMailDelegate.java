package eu.complaintdesk.communication;

import static eu.complaintdesk.ProcessConstants.VAR_COMPLAINT_REFERENCE;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_EMAIL;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_LANGUAGE;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_NAME;
import static eu.complaintdesk.ProcessConstants.VAR_MAILS_SENT;
import static eu.complaintdesk.ProcessConstants.VAR_REMINDER;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * A mail task: sends one kind of mail to the customer of the complaint. The subclass names the
 * kind and the process variables its template shows; nothing else reaches the template, so that
 * internal notes (a manager's comment, authority notes) can never end up in a customer's mail by
 * a slip in a template.
 *
 * <p>A reminder reuses the kind's task with the local input parameter {@code reminder} = true. It
 * is read locally, from the task alone, because the delegates are singletons shared by every task
 * and must not carry a flag from one mail into the next.
 *
 * <p>The mail's sequence (the n-th mail of its kind for this complaint, part of its Message-ID) is
 * counted in the process variable {@code mailsSent.<kind>}, written in the same transaction as the
 * send: a retried job that was rolled back after sending reads the old count again and so sends
 * the same Message-ID. Mail tasks are asynchronous after the send as well, so that nothing that
 * follows can roll the transaction back once the mail has left.
 */
abstract class CustomerMailDelegate implements JavaDelegate {

  private final CustomerMailer mailer;
  private final MailKind kind;
  private final List<String> required;
  private final List<String> optional;
  private final Map<String, Object> settings;

  /**
   * @param required the variables the template needs; a missing one fails the task (and becomes
   *                 an incident) rather than sending a mail with a gap
   * @param optional the variables the template shows when they are set
   */
  CustomerMailDelegate(CustomerMailer mailer, MailKind kind, List<String> required,
      List<String> optional) {
    this(mailer, kind, required, optional, Map.of());
  }

  /**
   * @param settings values from the configuration that every mail of the kind shows (e.g. the
   *                 dispute resolution body), by their names in the template
   */
  CustomerMailDelegate(CustomerMailer mailer, MailKind kind, List<String> required,
      List<String> optional, Map<String, Object> settings) {
    this.mailer = mailer;
    this.kind = kind;
    this.required = List.copyOf(required);
    this.optional = List.copyOf(optional);
    this.settings = Map.copyOf(settings);
  }

  @Override
  public void execute(DelegateExecution execution) {
    CustomerMail mail = new CustomerMail(
        require(execution, VAR_CUSTOMER_EMAIL).toString(),
        text(execution, VAR_CUSTOMER_NAME),
        CustomerMail.localeOf(text(execution, VAR_CUSTOMER_LANGUAGE)),
        reference(execution),
        isReminder(execution),
        model(execution),
        sent(execution) + 1);
    mailer.send(kind, mail);
    execution.setVariable(sentVariable(), mail.sequence());
  }

  /** How many mails of this kind the complaint has had; 0 before the first. */
  private int sent(DelegateExecution execution) {
    return execution.getVariable(sentVariable()) instanceof Number count ? count.intValue() : 0;
  }

  private String sentVariable() {
    return String.format(VAR_MAILS_SENT, kind.templateName());
  }

  MailKind kind() {
    return kind;
  }

  /** The template's values: the named variables; a subclass may derive values instead. */
  Map<String, Object> model(DelegateExecution execution) {
    Map<String, Object> model = new HashMap<>(settings);
    required.forEach(name -> model.put(name, require(execution, name)));
    optional.forEach(name -> model.put(name, execution.getVariable(name)));
    return model;
  }

  /** The variable's value; fails the task, naming mail and complaint, when it is not set. */
  Object require(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    if (value == null) {
      throw failure(execution, "the process variable " + name + " is not set");
    }
    return value;
  }

  CustomerMailException failure(DelegateExecution execution, String reason) {
    return new CustomerMailException(kind, reference(execution), reason);
  }

  /**
   * The variable as text, without a cast: every way into a complaint refuses a name or a language
   * that is not a text (complaint/Intake), but a variable changed directly in Cockpit or over the
   * REST API passes no check, and a greeting with a number in it beats a mail that never goes out.
   */
  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? null : value.toString();
  }

  /** The reference; the business key is the same, and a mail task must not fail for lack of it. */
  static String reference(DelegateExecution execution) {
    Object reference = execution.getVariable(VAR_COMPLAINT_REFERENCE);
    return reference != null ? reference.toString() : execution.getProcessBusinessKey();
  }

  /**
   * The number of the request or offer this mail is about, kept in {@code variable}: the next one
   * for a first mail, the same for its reminder (0 for the reminder of one mailed before they were
   * numbered, whose links carry no number). Mails whose links are bound to what they ask share it.
   */
  static int numbered(DelegateExecution execution, String variable) {
    int last = execution.getVariable(variable) instanceof Number number ? number.intValue() : 0;
    return isReminder(execution) ? last : last + 1;
  }

  /** A Boolean from an expression ({@code ${true}}) or the text "true" from a plain input value. */
  static boolean isReminder(DelegateExecution execution) {
    Object reminder = execution.getVariableLocal(VAR_REMINDER);
    return reminder != null && Boolean.parseBoolean(reminder.toString());
  }
}
