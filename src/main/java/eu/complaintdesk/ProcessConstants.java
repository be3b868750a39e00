package eu.complaintdesk;

/**
 * The names that the process models, the Java code and the tests share: group ids, process keys,
 * variable and message names. One place, so that a rename in a diagram has one counterpart here.
 */
public final class ProcessConstants {

  public static final String GROUP_AGENTS = "agents";
  public static final String GROUP_MANAGERS = "managers";
  public static final String GROUP_ANALYSTS = "analysts";
  public static final String GROUP_ADMINS = "admins";

  /** The deployment name under which everything in processes/ and forms/ is deployed. */
  public static final String DEPLOYMENT_NAME = "complaint-desk";

  private ProcessConstants() {
  }
}
