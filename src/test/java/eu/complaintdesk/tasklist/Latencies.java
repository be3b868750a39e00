package eu.complaintdesk.tasklist;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Response times of one operation, in milliseconds, and their percentiles (nearest rank). */
final class Latencies {

  /** What a call that gave no answer within 30 seconds, or an error, counts as. */
  static final long TIMED_OUT = 30_000_000_000L;

  private final List<Double> millis = Collections.synchronizedList(new ArrayList<>());

  void add(long nanos) {
    millis.add(nanos / 1_000_000.0);
  }

  /** The percentile in whole milliseconds, or "> 30000" when it fell on a call that timed out. */
  String format(double p) {
    double value = percentile(p);
    return value >= TIMED_OUT / 1_000_000.0 ? "> 30000" : String.format("%.0f", value);
  }

  int count() {
    return millis.size();
  }

  double percentile(double p) {
    List<Double> sorted;
    synchronized (millis) {
      sorted = new ArrayList<>(millis);
    }
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    Collections.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }
}
