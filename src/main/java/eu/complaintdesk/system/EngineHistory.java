package eu.complaintdesk.system;

/**
 * The rule that our own tables follow the engine's history of a complaint (the retention period):
 * their rows of a complaint go once no process instance in the history has its reference as
 * business key any more. One SQL condition, for the communication log, the inbox's records and the
 * access log alike.
 */
public final class EngineHistory {

  private EngineHistory() {
  }

  /** A SQL condition, true when the complaint whose reference is in {@code referenceColumn} has no history left. */
  public static String removedFor(String referenceColumn) {
    return "NOT EXISTS (SELECT 1 FROM ACT_HI_PROCINST p WHERE p.BUSINESS_KEY_ = " + referenceColumn + ")";
  }
}
