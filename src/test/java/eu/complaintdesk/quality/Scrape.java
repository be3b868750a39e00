package eu.complaintdesk.quality;

import java.util.Arrays;

/**
 * What {@code /actuator/prometheus} answered, read as Prometheus reads it: a sample is a line
 * {@code name{label="value",...} number}. A series that is not there counts as 0, as it does for a
 * Prometheus query.
 */
public record Scrape(String text) {

  /** The sample of that metric whose labels include the given ones (pairs of name and value). */
  public double value(String metric, String... labelPairs) {
    return text.lines()
        .filter(line -> line.startsWith(metric + "{") || line.startsWith(metric + " "))
        .filter(line -> hasLabels(line, labelPairs))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .sum();
  }

  /** Whether the metric is described (a {@code # TYPE} line), samples or not. */
  public boolean describes(String metric, String type) {
    return text.lines().anyMatch(line -> line.equals("# TYPE " + metric + " " + type));
  }

  private static boolean hasLabels(String line, String... labelPairs) {
    String labels = line.contains("{") ? line.substring(line.indexOf('{'), line.lastIndexOf('}') + 1) : "";
    for (int i = 0; i + 1 < labelPairs.length; i += 2) {
      String label = labelPairs[i] + "=\"" + labelPairs[i + 1] + "\"";
      if (Arrays.stream(labels.substring(Math.min(1, labels.length()), Math.max(0, labels.length() - 1))
          .split(",(?=[a-z_]+=\")")).noneMatch(label::equals)) {
        return false;
      }
    }
    return true;
  }
}
