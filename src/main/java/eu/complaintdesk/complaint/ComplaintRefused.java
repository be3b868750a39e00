package eu.complaintdesk.complaint;

import java.util.List;

/**
 * A complaint the {@link Intake} refused before anything was stored, with every problem field by
 * field, so that a caller can answer per field (the REST API's problem document, a web form).
 */
public class ComplaintRefused extends RuntimeException {

  private final transient List<Problem> problems;

  ComplaintRefused(List<Problem> problems) {
    super("The complaint cannot be registered: "
        + String.join("; ", problems.stream().map(Problem::toString).toList()));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
