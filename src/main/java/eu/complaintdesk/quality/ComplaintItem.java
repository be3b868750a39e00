package eu.complaintdesk.quality;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A complaint in a drill-down list: what a manager needs to pick it, and the way to its audit
 * timeline. {@code receivedAt} is in the desk's time zone, with its offset.
 */
record ComplaintItem(String reference, String receivedAt, String type, String channel, String severity,
    String agent, String team, String status, String timeline) {

  /** The reporting table's columns that make an item. */
  static final String COLUMNS = "reference, received_at, complaint_type, channel, severity, agent, team, status";

  static ComplaintItem read(ResultSet row, ZoneId zone) throws SQLException {
    String reference = row.getString("reference");
    return new ComplaintItem(reference, row.getObject("received_at", OffsetDateTime.class).atZoneSameInstant(zone)
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), row.getString("complaint_type"), row.getString("channel"),
        row.getString("severity"), row.getString("agent"), row.getString("team"), row.getString("status"),
        "/staff/complaints/" + reference + "/timeline.html");
  }
}
