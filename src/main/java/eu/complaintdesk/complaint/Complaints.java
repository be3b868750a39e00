package eu.complaintdesk.complaint;

import static eu.complaintdesk.ProcessConstants.PROCESS_COMPLAINT_HANDLING;
import static eu.complaintdesk.ProcessConstants.VAR_INTAKE_CLIENT;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The web side's one door into the process for new complaints: the REST API for integrations, the
 * customer web form and the inbox. It checks with {@link Intake} before it starts
 * anything, so every caller gets the problems field by field instead of an engine exception, and
 * the process checks the same rules again at registration for those who come in another way.
 */
@Component
public class Complaints {

  private final RuntimeService runtimeService;
  private final ComplaintStatuses statuses;

  Complaints(RuntimeService runtimeService, ComplaintStatuses statuses) {
    this.runtimeService = runtimeService;
    this.statuses = statuses;
  }

  /**
   * Starts a complaint with these start-event variables and answers its reference.
   *
   * @throws ComplaintRefused naming every problem, before anything is stored
   */
  public String start(Map<String, ?> complaint) {
    List<Problem> problems = Intake.problems(complaint);
    if (!problems.isEmpty()) {
      throw new ComplaintRefused(problems);
    }
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS_COMPLAINT_HANDLING,
        new HashMap<String, Object>(complaint));
    return instance.getBusinessKey();
  }

  /**
   * Where the complaint with this reference stands, if {@code intakeClient} submitted it: a client
   * never learns whether a reference it did not send exists.
   */
  public Optional<ComplaintStatus> statusFor(String reference, String intakeClient) {
    HistoricProcessInstance complaint = statuses.find(reference);
    if (complaint == null) {
      return Optional.empty();
    }
    Map<String, Object> variables = statuses.variables(complaint);
    if (!Objects.equals(variables.get(VAR_INTAKE_CLIENT), intakeClient)) {
      return Optional.empty();
    }
    return Optional.of(statuses.of(complaint, variables));
  }

  /**
   * Where the complaint with this reference stands, for whoever holds a genuine status link to it
   * (the link itself is the permission); empty for a reference we do not know.
   */
  public Optional<ComplaintStatus> statusOf(String reference) {
    HistoricProcessInstance complaint = statuses.find(reference);
    return complaint == null ? Optional.empty() : Optional.of(statuses.of(complaint, statuses.variables(complaint)));
  }
}
