package eu.complaintdesk.deadline;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the process waits for the customer, under {@code complaint-desk.timings.*}. Waits are
 * ISO-8601 durations in business time ({@code P3D} = three working days, see {@link
 * BusinessCalendar}); a process model reads them by name with {@code
 * ${deadlines.afterSetting('informationReminderAfter')}}.
 *
 * <p>Checked in the constructor rather than with Bean Validation: a duration's validity is the
 * business-time parser's own rule, and a typo such as {@code P1W} or {@code 3 days} must stop the
 * application at startup with the property's name, not fail a timer months later.
 *
 * @param informationReminderAfter remind the customer of our information request after this
 * @param informationCloseAfter    close the complaint when the customer has not answered the
 *                                 information request after this (counted from the request, not
 *                                 from the reminder)
 * @param choiceReminderAfter      remind the customer to choose one of the offered solutions
 * @param choiceFallbackAfter      fall back to the agent when the customer has not chosen
 * @param feedbackReminderAfter    remind the customer of the satisfaction survey
 * @param feedbackCloseAfter       stop waiting for survey feedback
 * @param holdingReplyBefore       send the holding reply this many working days before the final
 *                                 response limit
 * @param finalResponseLimitWeeks  the final response limit in CALENDAR weeks from receipt (the UK
 *                                 FCA's DISP rules give eight weeks), not business time
 * @param qualitySampleRate        the share of closed complaints (0 to 1) that a manager reviews
 * @param managerResponseAfter     a task for managers is due this long after it was created; when
 *                                 it passes, the head of service is told
 */
@ConfigurationProperties("complaint-desk.timings")
public record ProcessTimingsProperties(
    @DefaultValue("P3D") String informationReminderAfter,
    @DefaultValue("P10D") String informationCloseAfter,
    @DefaultValue("P3D") String choiceReminderAfter,
    @DefaultValue("P7D") String choiceFallbackAfter,
    @DefaultValue("P5D") String feedbackReminderAfter,
    @DefaultValue("P10D") String feedbackCloseAfter,
    @DefaultValue("P5D") String holdingReplyBefore,
    @DefaultValue("8") int finalResponseLimitWeeks,
    @DefaultValue("0.10") double qualitySampleRate,
    @DefaultValue("P1D") String managerResponseAfter) {

  private static final String PREFIX = "complaint-desk.timings.";

  public ProcessTimingsProperties {
    check("information-reminder-after", informationReminderAfter);
    check("information-close-after", informationCloseAfter);
    check("choice-reminder-after", choiceReminderAfter);
    check("choice-fallback-after", choiceFallbackAfter);
    check("feedback-reminder-after", feedbackReminderAfter);
    check("feedback-close-after", feedbackCloseAfter);
    check("holding-reply-before", holdingReplyBefore);
    check("manager-response-after", managerResponseAfter);
    if (finalResponseLimitWeeks < 1) {
      throw new IllegalArgumentException(PREFIX + "final-response-limit-weeks must be at least 1,"
          + " not " + finalResponseLimitWeeks);
    }
    if (!(qualitySampleRate >= 0 && qualitySampleRate <= 1)) {
      throw new IllegalArgumentException(PREFIX + "quality-sample-rate must be between 0 and 1"
          + " (0.10 = one complaint in ten), not " + qualitySampleRate);
    }
  }

  /** The defaults above, for tests without a Spring context. */
  public static ProcessTimingsProperties defaults() {
    return new ProcessTimingsProperties("P3D", "P10D", "P3D", "P7D", "P5D", "P10D", "P5D", 8, 0.10, "P1D");
  }

  /**
   * The wait named {@code name} as in this record ({@code informationReminderAfter}, ...), for
   * process models. Only the waits "after" something are offered; the holding reply is counted
   * back from the final response limit.
   */
  public String businessWait(String name) {
    String value = waits().get(name);
    if (value == null) {
      throw new IllegalArgumentException("'" + name + "' is not a wait in complaint-desk.timings;"
          + " known waits: " + String.join(", ", waits().keySet()));
    }
    return value;
  }

  private Map<String, String> waits() {
    Map<String, String> waits = new LinkedHashMap<>();
    waits.put("informationReminderAfter", informationReminderAfter);
    waits.put("informationCloseAfter", informationCloseAfter);
    waits.put("choiceReminderAfter", choiceReminderAfter);
    waits.put("choiceFallbackAfter", choiceFallbackAfter);
    waits.put("feedbackReminderAfter", feedbackReminderAfter);
    waits.put("feedbackCloseAfter", feedbackCloseAfter);
    waits.put("managerResponseAfter", managerResponseAfter);
    return waits;
  }

  private static void check(String property, String value) {
    try {
      BusinessDuration.parse(value);
    } catch (IllegalArgumentException e) {
      // Not chained: Spring Boot's startup failure report shows the root cause's message.
      throw new IllegalArgumentException(PREFIX + property + ": " + e.getMessage());
    }
  }
}
