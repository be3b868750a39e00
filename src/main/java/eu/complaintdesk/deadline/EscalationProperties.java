package eu.complaintdesk.deadline;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who hears of a task that managers let pass its due date, under {@code complaint-desk.escalation}.
 *
 * @param headOfService the user id of the head of service; empty (the default) to tell the
 *                      administrators ({@code admins}) instead
 */
@ConfigurationProperties("complaint-desk.escalation")
record EscalationProperties(String headOfService) {

  EscalationProperties {
    headOfService = headOfService == null || headOfService.isBlank() ? null : headOfService.trim();
  }
}
