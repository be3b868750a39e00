package eu.complaintdesk.quality;

import java.util.Date;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;

/**
 * The value of a variable as its history event carries it, for the primitive types the report
 * reads (texts, numbers, booleans, dates); anything serialised (JSON, Java objects) is not read.
 */
final class VariableValue {

  private VariableValue() {
  }

  static Object of(HistoricVariableUpdateEventEntity event) {
    String type = event.getSerializerName();
    if (type == null) {
      return null;
    }
    return switch (type) {
      case "string" -> event.getTextValue();
      case "integer", "long", "short" -> event.getLongValue();
      case "double" -> event.getDoubleValue();
      case "boolean" -> event.getLongValue() == null ? null : event.getLongValue() == 1;
      case "date" -> event.getLongValue() == null ? null : new Date(event.getLongValue());
      default -> null;
    };
  }
}
