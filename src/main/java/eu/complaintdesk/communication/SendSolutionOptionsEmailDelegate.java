package eu.complaintdesk.communication;

import static eu.complaintdesk.ProcessConstants.VAR_CHOICE_FALLBACK_AT;
import static eu.complaintdesk.ProcessConstants.VAR_CHOICE_ROUND;
import static eu.complaintdesk.ProcessConstants.VAR_OPTION_TYPE;

import eu.complaintdesk.complaint.JudgedOffers;
import eu.complaintdesk.complaint.SolutionOption;
import eu.complaintdesk.customer.CustomerLinks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Offers the customer the solutions the agent entered in the offer-solution form (step 8), exactly
 * as the authority check judged them and a manager approved them ({@link JudgedOffers}: later
 * changes to the form's variables do not reach the customer); also the reminder to choose one.
 *
 * <p>The template gets {@code solutionOptions}: per offered option a map with {@code number} (the
 * n of {@code option<n>Type}, so that "option 2" in the customer's answer is {@code option2}),
 * {@code type} (its name is looked up in the customer's language), {@code description} and, if set,
 * {@code amount} in the desk's currency. The first option is the one we recommend: the mail says that we go ahead
 * with it if the customer has not chosen by {@code choiceFallbackAt}, the date the timer waits for.
 * {@code choiceLink} opens the page where the customer chooses, or says that none suits. Like the
 * information link it is bound to its offer ({@code choiceRound}, counted here in the transaction
 * of the send; a reminder keeps it), so that an unused link of an offer the customer declined
 * cannot choose from the next one.
 */
@Component
class SendSolutionOptionsEmailDelegate extends CustomerMailDelegate {

  static final String SOLUTION_OPTIONS = "solutionOptions";
  static final String CHOICE_LINK = "choiceLink";

  private final JudgedOffers judgedOffers;
  private final CustomerLinks links;

  SendSolutionOptionsEmailDelegate(CustomerMailer mailer, JudgedOffers judgedOffers, CustomerLinks links) {
    super(mailer, MailKind.SOLUTION_OPTIONS, List.of(VAR_CHOICE_FALLBACK_AT), List.of());
    this.judgedOffers = judgedOffers;
    this.links = links;
  }

  @Override
  Map<String, Object> model(DelegateExecution execution) {
    List<Map<String, Object>> options = new ArrayList<>();
    for (SolutionOption offered : judgedOffers.options(execution)) {
      Map<String, Object> option = new HashMap<>();
      option.put("number", offered.number());
      option.put("type", offered.type());
      option.put("description", offered.description());
      option.put("amount", offered.amount());
      options.add(option);
    }
    if (options.isEmpty()) {
      throw failure(execution, "no solution is offered: the process variable "
          + String.format(VAR_OPTION_TYPE, 1) + " is not set");
    }
    Map<String, Object> model = super.model(execution);
    model.put(SOLUTION_OPTIONS, options);
    model.put(CHOICE_LINK, links.choiceLink(reference(execution), round(execution)));
    return model;
  }

  @Override
  public void execute(DelegateExecution execution) {
    super.execute(execution);
    execution.setVariable(VAR_CHOICE_ROUND, round(execution));
  }

  /** The offer this mail is about: the next for an options mail, the same for its reminder. */
  private static int round(DelegateExecution execution) {
    return numbered(execution, VAR_CHOICE_ROUND);
  }
}
