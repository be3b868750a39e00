package eu.complaintdesk.complaint;

import static eu.complaintdesk.ProcessConstants.*;
import static eu.complaintdesk.complaint.Field.amount;
import static eu.complaintdesk.complaint.Field.choice;
import static eu.complaintdesk.complaint.Field.day;
import static eu.complaintdesk.complaint.Field.flag;
import static eu.complaintdesk.complaint.Field.text;
import static eu.complaintdesk.complaint.Field.wholeNumber;
import static eu.complaintdesk.complaint.Rule.is;
import static java.util.Map.entry;

import eu.complaintdesk.deadline.BusinessCalendar;
import eu.complaintdesk.system.ComplaintDeskProperties;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * What a completion of each user task must satisfy before it counts, whoever completes it (Tasklist,
 * the REST API): one line per task. {@link CompletionRulesPlugin} checks it at every completion,
 * together with the complaint's own {@link Intake} rules, so that no task can turn a valid complaint
 * into one a later step fails on.
 *
 * <p>The engine requires what the process needs to go on (a decision, the question to ask, the
 * remedies, the option chosen, the promises and their days) and checks every other field when it is
 * present: its type, its length, its allowed values. The forms ask for more, as the checklist wants.
 */
@Component
class CompletionRules {

  static final int OPTION_DESCRIPTION_LIMIT = 500;
  /** How the customer feels, as the show-empathy and record-outcome forms offer it. */
  static final String[] FEELINGS = {"angry", "frustrated", "disappointed", "worried", "calm", "satisfied"};

  private final Map<String, List<Rule>> byTask;

  CompletionRules(ComplaintDeskProperties properties, BusinessCalendar calendar) {
    ZoneId zone = calendar.zone();
    Supplier<LocalDate> today = () -> ClockUtil.getCurrentTime().toInstant().atZone(zone).toLocalDate();
    byTask = Map.ofEntries(
        entry(ACTIVITY_LISTEN_TO_CUSTOMER, List.of(text(VAR_CUSTOMER_ACCOUNT))),
        entry(TASK_GATHER_INFORMATION, List.of(choice(VAR_INFORMATION_COMPLETE, "complete", "askCustomer").required(),
            text(VAR_INFORMATION_REQUEST).requiredWhen(is(VAR_INFORMATION_COMPLETE, "askCustomer")))),
        // The account number and the desired outcome are the intake's (Intake.RULES, checked below).
        entry(TASK_RECORD_COMPLAINT, List.of(day(VAR_INCIDENT_DATE, zone).notAfter(today, zone), text(VAR_DETAILS),
            flag(VAR_CALL_RECORDING_NOTICE))),
        entry(TASK_SHOW_EMPATHY, List.of(choice(VAR_CUSTOMER_FEELING, FEELINGS), text(VAR_EMPATHY_NOTES))),
        entry(TASK_OFFER_SOLUTION, offer(properties.currency().getCurrencyCode())),
        entry(TASK_APPROVE_OFFER, List.of(choice(VAR_OFFER_DECISION, "approve", "reject").required(),
            text(VAR_MANAGER_COMMENT).requiredWhen(is(VAR_OFFER_DECISION, "reject")))),
        entry(TASK_DISCUSS_SOLUTIONS, List.of(CustomerAnswers.offeredOption(VAR_CHOSEN_OPTION).required(),
            text(VAR_DISCUSSION_NOTES))),
        entry(TASK_MAKE_PROMISE, promises(today, zone)),
        entry(TASK_KEEP_PROMISE, List.of(flag(VAR_PROMISE_KEPT), text(VAR_FULFILMENT_NOTES))),
        entry(TASK_RESOLVE_BROKEN_PROMISE, List.of(text(VAR_BROKEN_PROMISE_ACTION),
            day(VAR_NEW_PROMISE_DUE, zone).required().notBefore(today, zone))),
        // The root causes are the list analysts keep in forms/record-outcome.form: any one line.
        entry(TASK_RECORD_OUTCOME, List.of(choice(VAR_COMPLAINT_OUTCOME, "upheld", "partlyUpheld", "notUpheld").required(),
            text(VAR_ROOT_CAUSE).required().singleLine(), text(VAR_FINDINGS).required(), text(VAR_REDRESS).required(),
            choice(VAR_CUSTOMER_FEELING_AT_END, FEELINGS))),
        entry(TASK_TAKE_OVER_FINAL_RESPONSE, List.of(text(VAR_FINAL_RESPONSE_ACTION))),
        entry(TASK_TAKE_OVER_OVERDUE_COMPLAINT, List.of(text(VAR_TAKE_OVER_NOTES))),
        entry(TASK_TAKE_OVER_OVERDUE_RESOLUTION, List.of(text(VAR_TAKE_OVER_NOTES))),
        entry(TASK_RECOVER_CUSTOMER, List.of(text(VAR_RECOVERY_ACTION))),
        entry(TASK_REVIEW_QUALITY, review()),
        entry(TASK_REVIEW_REOPENED_COMPLAINT, List.of(text(VAR_REOPEN_NOTES).required(), text(VAR_REOPEN_REASON))),
        entry(TASK_READ_CUSTOMER_MESSAGE, List.of(text(VAR_MESSAGE_ACTION))));
  }

  /** The user tasks that have rules; a task of the diagram without an entry is a slip (see the tests). */
  Set<String> tasks() {
    return byTask.keySet();
  }

  /** Throws a {@code BadUserRequestException} naming every problem of the completion. */
  void check(DelegateTask task) {
    List<Rule> rules = new ArrayList<>(byTask.getOrDefault(task.getTaskDefinitionKey(), List.of()));
    rules.addAll(Intake.RULES);
    Rule.enforce("The task " + task.getTaskDefinitionKey() + " cannot be completed", rules, Values.of(task));
  }

  /**
   * The remedies offered: for each option shown, a remedy from the list, an amount (a number, in the
   * desk's currency) for those worth one, and a description for the customer.
   */
  private static List<Rule> offer(String currency) {
    List<Rule> rules = new ArrayList<>(List.of(choice(VAR_CURRENCY, currency)));
    for (int n = 1; n <= MAX_SOLUTION_OPTIONS; n++) {
      int number = n;
      String type = String.format(VAR_OPTION_TYPE, n);
      rules.add(flag(String.format(VAR_ADD_OPTION, n)));
      rules.add(Rule.when(values -> SolutionOption.isShown(values, number),
          choice(type, SolutionOption.REMEDIES).required(),
          amount(String.format(VAR_OPTION_AMOUNT, n))
              .requiredWhen(values -> SolutionOption.WITH_AMOUNT.contains(values.get(type))),
          text(String.format(VAR_OPTION_DESCRIPTION, n)).required().max(OPTION_DESCRIPTION_LIMIT)));
    }
    return rules;
  }

  /**
   * The quality review: the overall score and one score per checklist step, each a whole number from
   * 1 to 5 and required, since the quality figures average them per agent and team and a review
   * without them would count as nothing there; the notes are optional.
   */
  private static List<Rule> review() {
    List<Rule> rules = new ArrayList<>(List.of(wholeNumber(VAR_QUALITY_SCORE, 1, 5).required(),
        text(VAR_QUALITY_NOTES)));
    REVIEW_STEP_SCORES.forEach(score -> rules.add(wholeNumber(score, 1, 5).required()));
    return rules;
  }

  /** Promise 1, and 2 and 3 while their checkbox is ticked: each a description and a day to come. */
  private static List<Rule> promises(Supplier<LocalDate> today, ZoneId zone) {
    List<Rule> rules = new ArrayList<>();
    for (int n = 1; n <= MAX_PROMISES; n++) {
      int number = n;
      String added = String.format(VAR_ADD_PROMISE, n);
      rules.add(flag(added));
      rules.add(Rule.when(values -> number == 1 || Boolean.TRUE.equals(values.get(added)),
          text(String.format(VAR_PROMISE_N_DESCRIPTION, n)).required(),
          day(String.format(VAR_PROMISE_N_DUE, n), zone).required().notBefore(today, zone)));
    }
    return rules;
  }
}
