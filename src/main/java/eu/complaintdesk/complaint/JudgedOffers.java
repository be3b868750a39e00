package eu.complaintdesk.complaint;

import static eu.complaintdesk.ProcessConstants.VAR_JUDGED_OFFER;
import static eu.complaintdesk.ProcessConstants.VAR_JUDGED_OFFER_SEAL;
import static eu.complaintdesk.ProcessConstants.VAR_OFFERED_BY;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.stereotype.Component;

/**
 * The offer exactly as the authority check judged it, and who made it. Whatever happens to the
 * form's {@code option<n>...} variables later, the customer is offered what was judged (and, above
 * the agent's authority, approved), and the approver is checked against who really made it.
 *
 * <p>Why a seal: process variables are no safe record. Whoever completes a later task (an agent's
 * "Discuss the solutions", say) may send any variables with it, {@code judgedOffer} and
 * {@code offeredBy} included, and administrators and managers may set variables directly. So the
 * check stores the judged offer with an HMAC over it and the process instance id, under a key
 * that only the engine knows (created once per database, kept in the engine's property table,
 * which only administrators can read). A changed record no longer matches its seal and is
 * refused with an {@link AuthorizationException}: a 403 for the approver, an incident at the
 * options mail. An administrator who removes the seal variable altogether reverts the complaint
 * to the unjudged state, as complaints started before the seal existed are; administrators can
 * change everything anyway.
 */
@Component
public class JudgedOffers extends AbstractProcessEnginePlugin {

  static final String SEAL_KEY_PROPERTY = "complaint-desk.judged-offer-seal-key";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What the check judged: who offered (may be null without a login) and the options. */
  record JudgedOffer(String offeredBy, List<SolutionOption> options) {
  }

  private volatile byte[] key;

  /** Loads the seal key, or creates it on the first start against a database. */
  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ManagementService management = engine.getManagementService();
    if (management.getProperties().get(SEAL_KEY_PROPERTY) == null) {
      byte[] fresh = new byte[32];
      new SecureRandom().nextBytes(fresh);
      management.setProperty(SEAL_KEY_PROPERTY, Base64.getEncoder().encodeToString(fresh));
    }
    key = Base64.getDecoder().decode(management.getProperties().get(SEAL_KEY_PROPERTY));
  }

  /** Stores the options the check judged, with who offered them, under a seal. */
  void record(DelegateExecution execution, List<SolutionOption> options) {
    String offeredBy = (String) execution.getVariable(VAR_OFFERED_BY);
    try {
      String judged = JSON.writeValueAsString(new JudgedOffer(offeredBy, options));
      execution.setVariable(VAR_JUDGED_OFFER, judged);
      execution.setVariable(VAR_JUDGED_OFFER_SEAL, seal(execution.getProcessInstanceId(), judged));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The offer cannot be written as JSON", e);
    }
  }

  /**
   * The options offered to the customer, for everything after the check (the mail, the chosen
   * option): those the check judged; the form's variables only when the complaint has not passed
   * the check (started before the seal existed, or a test mid-way).
   *
   * @param variables an execution or a task of the complaint
   */
  public List<SolutionOption> options(VariableScope variables) {
    JudgedOffer judged;
    if (variables instanceof DelegateExecution execution) {
      judged = judged(Values.of(execution), execution.getProcessInstanceId(), execution.getProcessBusinessKey());
    } else if (variables instanceof DelegateTask task) {
      judged = judged(Values.of(task), task.getProcessInstanceId(), task.getExecution().getProcessBusinessKey());
    } else {
      throw new IllegalArgumentException("Not an execution or a task of a complaint: " + variables);
    }
    return judged == null ? SolutionOption.offered(variables) : judged.options();
  }

  /** The same, for the customer's choice page: from the variables of the running complaint. */
  List<SolutionOption> options(String processInstanceId, String complaint, Map<String, ?> variables) {
    JudgedOffer judged = judged(Values.of(variables), processInstanceId, complaint);
    return judged == null ? SolutionOption.offered(Values.of(variables)) : judged.options();
  }

  /**
   * The options as recorded at the check, for the rules of a choice (which see variables, not the
   * instance the seal is bound to); the form's variables when the offer was never judged. The seal
   * is verified in the same transaction all the same: the promise step reads the choice through
   * {@link #options(VariableScope)}, and a changed record fails there.
   */
  static List<SolutionOption> recorded(Values variables) {
    if (variables.get(VAR_JUDGED_OFFER_SEAL) == null) {
      return SolutionOption.offered(variables);
    }
    try {
      return variables.get(VAR_JUDGED_OFFER) instanceof String text ? JSON.readValue(text, JudgedOffer.class).options()
          : List.of();
    } catch (JsonProcessingException e) {
      return List.of();
    }
  }

  /**
   * The options as recorded at the check, from an ended complaint's last variables (the reports'
   * rebuild from the history, where no execution is left to verify the seal against).
   */
  public static List<SolutionOption> recordedOptions(Map<String, ?> variables) {
    return recorded(Values.of(variables));
  }

  /** The verified record, or null when the offer was never judged; refuses a changed one. */
  JudgedOffer judged(Values variables, String processInstanceId, String complaint) {
    if (variables.get(VAR_JUDGED_OFFER_SEAL) == null) {
      return null;
    }
    Object sealValue = variables.get(VAR_JUDGED_OFFER_SEAL);
    Object judged = variables.get(VAR_JUDGED_OFFER);
    if (!(judged instanceof String text) || !(sealValue instanceof String found)
        || !MessageDigest.isEqual(seal(processInstanceId, text).getBytes(StandardCharsets.UTF_8),
            found.getBytes(StandardCharsets.UTF_8))) {
      throw new AuthorizationException("The offer of complaint " + complaint
          + " was changed after the authority check. It is not sent and cannot be approved: "
          + "the agent must offer a solution again.");
    }
    try {
      return JSON.readValue(text, JudgedOffer.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The sealed offer of complaint " + complaint + " is no JSON", e);
    }
  }

  /**
   * True when the form's options are still those that were judged. Compared as values, not as
   * stored: Tasklist sends the approve form's read-only fields back, an amount of 5000.0 maybe as
   * the integer 5000.
   */
  static boolean sameOptions(List<SolutionOption> judged, List<SolutionOption> now) {
    if (judged.size() != now.size()) {
      return false;
    }
    for (int i = 0; i < judged.size(); i++) {
      SolutionOption a = judged.get(i);
      SolutionOption b = now.get(i);
      if (a.number() != b.number() || !sameText(a.type(), b.type())
          || !sameText(a.description(), b.description()) || !sameAmount(a.amount(), b.amount())) {
        return false;
      }
    }
    return true;
  }

  /** A form may send back an empty text where there was none. */
  private static boolean sameText(String a, String b) {
    return Objects.equals(a == null ? "" : a, b == null ? "" : b);
  }

  private static boolean sameAmount(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
    }
    return Objects.equals(a, b);
  }

  private String seal(String processInstanceId, String judged) {
    if (key == null) {
      throw new IllegalStateException("The seal key of judged offers is not loaded (engine not started)");
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] digest = mac.doFinal((processInstanceId + "\n" + judged).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
