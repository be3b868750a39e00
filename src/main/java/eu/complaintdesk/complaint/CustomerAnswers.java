package eu.complaintdesk.complaint;

import static eu.complaintdesk.ProcessConstants.MAIL_REASON_BOUNCE;
import static eu.complaintdesk.ProcessConstants.MAIL_REASON_NOT_WAITING;
import static eu.complaintdesk.ProcessConstants.MAIL_REASON_OTHER_SENDER;
import static eu.complaintdesk.ProcessConstants.MAIL_REASON_UNCLEAR;
import static eu.complaintdesk.ProcessConstants.MESSAGE_COMPLAINT_WITHDRAWN;
import static eu.complaintdesk.ProcessConstants.MESSAGE_CUSTOMER_MESSAGE_RECEIVED;
import static eu.complaintdesk.ProcessConstants.MESSAGE_FEEDBACK_RECEIVED;
import static eu.complaintdesk.ProcessConstants.MESSAGE_INFORMATION_RECEIVED;
import static eu.complaintdesk.ProcessConstants.MESSAGE_OPTIONS_DECLINED;
import static eu.complaintdesk.ProcessConstants.MESSAGE_SOLUTION_CHOSEN;
import static eu.complaintdesk.ProcessConstants.VAR_CHOICE_COMMENT;
import static eu.complaintdesk.ProcessConstants.VAR_CHOSEN_OPTION;
import static eu.complaintdesk.ProcessConstants.VAR_CUSTOMER_EMAIL_FAILING;
import static eu.complaintdesk.ProcessConstants.VAR_FEEDBACK_COMMENT;
import static eu.complaintdesk.ProcessConstants.VAR_FEEDBACK_SCORE;
import static eu.complaintdesk.ProcessConstants.VAR_INBOUND_MAIL_FROM;
import static eu.complaintdesk.ProcessConstants.VAR_INBOUND_MAIL_REASON;
import static eu.complaintdesk.ProcessConstants.VAR_INBOUND_MAIL_SUBJECT;
import static eu.complaintdesk.ProcessConstants.VAR_INBOUND_MAIL_TEXT;
import static eu.complaintdesk.ProcessConstants.VAR_INFORMATION_REPLY;
import static eu.complaintdesk.ProcessConstants.VAR_WITHDRAWAL_REASON;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * The one check of a customer's answer (the messages correlated by the complaint reference),
 * whoever delivers it: the engine checks every answer when it arrives at its event in the diagram
 * ({@link CheckCustomerAnswerListener}), and the customer pages and the inbox call
 * {@link #check(String, Map, Map)} before they correlate, to show the customer the same refusal.
 *
 * <p>A score sent as the text "4" is refused, not read as 4: the survey page sends a number, so a
 * text means a caller with a bug, and a score the gateway cannot compare must never silently skip
 * the review that a low score calls for.
 */
public final class CustomerAnswers {

  /** A customer's text: as long as the engine can store, the rest belongs in an attachment. */
  public static final int ANSWER_TEXT_LIMIT = Field.TEXT_LIMIT;

  /** Per message, the rules of its variables; a new answer's rules are one more line. */
  static final Map<String, List<Field>> RULES = Map.of(
      MESSAGE_INFORMATION_RECEIVED, List.of(Field.text(VAR_INFORMATION_REPLY).required()),
      MESSAGE_SOLUTION_CHOSEN, List.of(offeredOption(VAR_CHOSEN_OPTION).required(), Field.text(VAR_CHOICE_COMMENT)),
      MESSAGE_OPTIONS_DECLINED, List.of(Field.text(VAR_CHOICE_COMMENT).required()),
      MESSAGE_FEEDBACK_RECEIVED, List.of(Field.wholeNumber(VAR_FEEDBACK_SCORE, 1, 5), Field.text(VAR_FEEDBACK_COMMENT)),
      MESSAGE_COMPLAINT_WITHDRAWN, List.of(Field.text(VAR_WITHDRAWAL_REASON)),
      MESSAGE_CUSTOMER_MESSAGE_RECEIVED, List.of(Field.text(VAR_INBOUND_MAIL_FROM).required(),
          Field.text(VAR_INBOUND_MAIL_SUBJECT), Field.text(VAR_INBOUND_MAIL_TEXT).required(),
          Field.choice(VAR_INBOUND_MAIL_REASON, MAIL_REASON_NOT_WAITING, MAIL_REASON_UNCLEAR, MAIL_REASON_OTHER_SENDER,
              MAIL_REASON_BOUNCE).required(), Field.flag(VAR_CUSTOMER_EMAIL_FAILING)));

  private CustomerAnswers() {
  }

  /**
   * The variables an answer to {@code message} may carry (e.g. {@code feedbackScore},
   * {@code feedbackComment}); empty for a message that is no customer answer. For callers that
   * take an answer from staff, so that an answer can set nothing else of the complaint.
   */
  public static Set<String> variablesOf(String message) {
    return RULES.getOrDefault(message, List.of()).stream().map(Field::name)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /**
   * For the customer pages and the inbox, before they correlate.
   *
   * @param message   the message name, e.g. {@code CustomerFeedbackReceived}
   * @param answer    the variables the message will carry
   * @param complaint the complaint's variables (the options it offered, its contact data)
   * @throws BadUserRequestException naming every problem of the answer
   */
  public static void check(String message, Map<String, ?> answer, Map<String, ?> complaint) {
    check(message, Values.over(answer, complaint));
  }

  /** The answer's rules, and the complaint's own, which an answer must not break either. */
  static void check(String message, Values values) {
    List<Rule> rules = new ArrayList<>(RULES.getOrDefault(message, List.of()));
    rules.addAll(Intake.RULES);
    Rule.enforce("The answer " + message + " cannot be accepted", rules, values);
  }

  /**
   * One of the options the complaint actually offered, e.g. {@code option1}: as the authority check
   * judged them ({@link JudgedOffers#recorded}), not as the form's variables say by now, which any
   * later completion may have changed.
   */
  static Field offeredOption(String name) {
    return Field.text(name).and((value, values) -> {
      List<String> offered = JudgedOffers.recorded(values).stream().map(SolutionOption::key).toList();
      return offered.contains(value) ? null : "must be one of the options offered " + offered + ", not '" + value + "'";
    });
  }
}
