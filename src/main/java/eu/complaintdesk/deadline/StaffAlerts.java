package eu.complaintdesk.deadline;

import eu.complaintdesk.system.ComplaintDeskProperties;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * What the notices to staff about a deadline have in common: a due date as staff read it (in the
 * desk's zone, whatever the server's), the Tasklist link that opens the task, and how far a task
 * that is running late moves up the Tasklist.
 */
@Component
class StaffAlerts {

  /** How far the priority goes up; Tasklist lists higher priorities first. */
  static final int PRIORITY_RAISE = 25;
  static final int MAX_PRIORITY = 100;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);

  private final ZoneId zone;
  private final String tasklistUrl;

  StaffAlerts(BusinessCalendar calendar, ComplaintDeskProperties properties) {
    this.zone = calendar.zone();
    this.tasklistUrl = properties.publicUrl() + "/camunda/app/tasklist/default/#/?task=";
  }

  /** E.g. "Monday 9 March 2026, 11:00"; "no due date" for none. */
  String when(Date date) {
    return date == null ? "no due date" : WHEN.format(date.toInstant().atZone(zone));
  }

  /** The address that opens the task in Tasklist. */
  String link(String taskId) {
    return tasklistUrl + taskId;
  }

  /** The priority of a task that is running late. */
  static int raised(int priority) {
    return Math.min(MAX_PRIORITY, priority + PRIORITY_RAISE);
  }
}
