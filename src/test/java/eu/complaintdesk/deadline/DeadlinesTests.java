package eu.complaintdesk.deadline;

import static eu.complaintdesk.deadline.BusinessCalendarTests.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The due dates that process models get from bean {@code deadlines}, on the engine's clock. */
class DeadlinesTests {

  private final Deadlines deadlines = new Deadlines(
      new BusinessCalendar(BusinessHoursProperties.defaults()), ProcessTimingsProperties.defaults());

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void after_countsFromTheEngineClock() {
    // Given the engine clock on Friday 6 March 2026 16:00
    ClockUtil.setCurrentTime(Date.from(at("2026-03-06T16:00")));

    // When a timer waits four business hours, Then it is due Monday 11:00
    assertThat(deadlines.after("PT4H")).isEqualTo(Date.from(at("2026-03-09T11:00")));
  }

  @Test
  void afterSetting_usesTheNamedWait() {
    // Given the engine clock on Tuesday 10 March 2026 10:00
    ClockUtil.setCurrentTime(Date.from(at("2026-03-10T10:00")));

    // Then the information reminder (P3D) is due Friday, the choice fallback (P7D) on Thursday
    // of the next week
    assertThat(deadlines.afterSetting("informationReminderAfter"))
        .isEqualTo(Date.from(at("2026-03-13T10:00")));
    assertThat(deadlines.afterSetting("choiceFallbackAfter"))
        .isEqualTo(Date.from(at("2026-03-19T10:00")));
  }

  @Test
  void afterSetting_rejectsAnUnknownName() {
    assertThatIllegalArgumentException().isThrownBy(() -> deadlines.afterSetting("reminder"))
        .withMessageStartingWith("'reminder' is not a wait in complaint-desk.timings;");
  }

  @Test
  void finalResponseDue_isClosingTimeEightCalendarWeeksLater() {
    // Given a complaint received on Tuesday 1 December 2026 at 23:04
    // When eight calendar weeks pass, Then the limit is closing time that day, not 23:04
    assertThat(deadlines.finalResponseDue(Date.from(at("2026-12-01T23:04"))))
        .isEqualTo(Date.from(at("2027-01-26T17:00")));
  }

  @Test
  void finalResponseDue_onAClosedDay_isTheLastWorkingDayBefore() {
    // Given a complaint received on Saturday 7 March 2026 at 23:04
    // When eight calendar weeks end on Saturday 2 May, after Labour Day (Friday 1 May),
    // Then the limit is Thursday 30 April 2026 at closing time (over the change to summer time)
    assertThat(deadlines.finalResponseDue(Date.from(at("2026-03-07T23:04"))))
        .isEqualTo(Date.from(at("2026-04-30T17:00")));
  }

  @Test
  void holdingReplyAt_isFiveWorkingDaysBeforeTheLimit_atOpeningTime() {
    // Given the limit Thursday 30 April 2026 17:00, When five working days are counted back over
    // Monday 27 April (a holiday), Then the holding reply goes out on Wednesday 22 April, at 8:00
    // rather than at 17:00 when the desk closes
    assertThat(deadlines.holdingReplyAt(Date.from(at("2026-04-30T17:00"))))
        .isEqualTo(Date.from(at("2026-04-22T08:00")));
  }

  @Test
  void endOfBusinessDay_isClosingTimeOnThePromisedDay() {
    // Given a promise "by Monday 14 December 2026", as the form's date field gives it
    // Then it is due at closing time that day in Ljubljana, whatever form the day comes in
    Date closing = Date.from(at("2026-12-14T17:00"));
    assertThat(deadlines.endOfBusinessDay("2026-12-14")).isEqualTo(closing);
    assertThat(deadlines.endOfBusinessDay("2026-12-14T09:30:00+01:00")).isEqualTo(closing);
    assertThat(deadlines.endOfBusinessDay(Date.from(at("2026-12-14T08:15")))).isEqualTo(closing);
  }

  @Test
  void endOfBusinessDay_rejectsWhatIsNoDate() {
    assertThatIllegalArgumentException().isThrownBy(() -> deadlines.endOfBusinessDay("next week"))
        .withMessage("'next week' is not a date (yyyy-MM-dd)");
    assertThatIllegalArgumentException().isThrownBy(() -> deadlines.endOfBusinessDay(null))
        .withMessage("'null' is not a date (yyyy-MM-dd)");
  }
}
