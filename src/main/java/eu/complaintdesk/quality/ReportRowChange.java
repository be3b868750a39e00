package eu.complaintdesk.quality;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one engine command changes in one complaint's report row, gathered from its history events
 * and written once when the command's sessions flush ({@link ReportRows}): a command that completes
 * a task and runs on to the next wait state fires dozens of events, and costs one UPDATE.
 */
final class ReportRowChange {

  /** A promise event whose meaning depends on the promise's earlier history (broken before?). */
  record PromiseCheck(boolean kept, String promiseInstanceId, Date at) {
  }

  final String processInstanceId;
  /** Set when the complaint gets its reference: the row is created with it. */
  String reference;
  Instant receivedAt;
  /** Columns set to a value (null included), the last event of the command wins. */
  final Map<String, Object> set = new LinkedHashMap<>();
  /** Columns set only while they are still null (the first response is given once). */
  final Map<String, Object> setOnce = new LinkedHashMap<>();
  final Map<String, Integer> add = new LinkedHashMap<>();
  /** Who completed the latest agents' task: the agent, whose team the flush looks up. */
  String agent;
  boolean offerJudged;
  boolean optionChosen;
  final List<PromiseCheck> promiseChecks = new ArrayList<>();

  ReportRowChange(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void set(String column, Object value) {
    set.put(column, value);
  }

  void add(String column) {
    add.merge(column, 1, Integer::sum);
  }

  boolean isEmpty() {
    return reference == null && set.isEmpty() && setOnce.isEmpty() && add.isEmpty() && agent == null
        && !offerJudged && !optionChosen && promiseChecks.isEmpty();
  }
}
