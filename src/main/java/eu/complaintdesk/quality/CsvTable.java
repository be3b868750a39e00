package eu.complaintdesk.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table of the JSON API as CSV (RFC 4180, comma, CRLF): one row per JSON row, nested objects
 * flattened to dotted columns ({@code sla.resolution.share}, {@code satisfaction.distribution.5}),
 * null as an empty cell. The columns come from the JSON itself, so CSV and JSON cannot drift
 * apart; a blank row gives the header of an empty table. A text starting with {@code = + - @} is
 * prefixed with an apostrophe, so that a spreadsheet does not run it as a formula.
 */
final class CsvTable {

  private final ObjectMapper json;

  /** Writes rows as {@code json} writes them, amounts with their decimals ({@code 150.00}, not {@code 150}). */
  CsvTable(ObjectMapper json) {
    this.json = json.copy().setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
  }

  /** The CSV of {@code rows}, the header taken from {@code blank} (a row of the same type). */
  String of(List<?> rows, Object blank) {
    List<String> header = new ArrayList<>(flatten(json.valueToTree(blank)).keySet());
    StringBuilder csv = new StringBuilder();
    line(csv, header);
    for (Object row : rows) {
      Map<String, String> cells = flatten(json.valueToTree(row));
      line(csv, header.stream().map(column -> cells.getOrDefault(column, "")).toList());
    }
    return csv.toString();
  }

  static Map<String, String> flatten(JsonNode node) {
    Map<String, String> cells = new LinkedHashMap<>();
    flatten("", node, cells);
    return cells;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> cells) {
    if (node.isObject()) {
      node.fields().forEachRemaining(field -> flatten(prefix.isEmpty() ? field.getKey()
          : prefix + "." + field.getKey(), field.getValue(), cells));
    } else if (node.isArray()) {
      List<String> values = new ArrayList<>();
      node.forEach(value -> values.add(value.asText()));
      cells.put(prefix, String.join(" ", values));
    } else if (node.isNull()) {
      cells.put(prefix, "");
    } else if (node.isTextual()) {
      cells.put(prefix, defused(node.asText()));
    } else {
      cells.put(prefix, node.isBigDecimal() ? node.decimalValue().toPlainString() : node.asText());
    }
  }

  private static String defused(String text) {
    return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  private static void line(StringBuilder csv, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      String cell = cells.get(i);
      if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
        csv.append('"').append(cell.replace("\"", "\"\"")).append('"');
      } else {
        csv.append(cell);
      }
    }
    csv.append("\r\n");
  }
}
