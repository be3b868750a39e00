package eu.complaintdesk.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The due dates the business calendar produces, Monday to Friday 8:00 to 17:00 in Ljubljana with
 * Slovenian public holidays. Dates are chosen so that no other holiday is near unless named.
 */
class BusinessCalendarTests {

  static final ZoneId LJUBLJANA = ZoneId.of("Europe/Ljubljana");

  private final BusinessCalendar calendar = new BusinessCalendar(BusinessHoursProperties.defaults());

  @Test
  void fridayAfternoonPlusFourHours_isDueMondayEleven() {
    // Given a complaint on Friday 6 March 2026 at 16:00
    Instant friday = at("2026-03-06T16:00");

    // When it has a 4 business-hour deadline
    Instant due = calendar.plus(friday, "PT4H");

    // Then one hour counts on Friday and three on Monday
    assertThat(due).isEqualTo(at("2026-03-09T11:00"));
  }

  @Test
  void deadlineEndingAtClosing_isDueAtClosingNotNextMorning() {
    // Given Friday 13:00, When four business hours are added, Then it is due Friday 17:00
    assertThat(calendar.plus(at("2026-03-06T13:00"), "PT4H")).isEqualTo(at("2026-03-06T17:00"));
  }

  @Test
  void christmasAndIndependenceDay_areSkipped() {
    // Given Wednesday 24 December 2025 13:00; Thursday 25 (Christmas) and Friday 26 (Independence
    // and Unity Day) are Slovenian public holidays, then comes the weekend
    Instant christmasEve = at("2025-12-24T13:00");

    // When ten business hours are added
    Instant due = calendar.plus(christmasEve, "PT10H");

    // Then four count on Wednesday and six on Monday 29 December
    assertThat(due).isEqualTo(at("2025-12-29T14:00"));
  }

  @Test
  void easterMonday_isSkipped() {
    // Given Friday 3 April 2026 16:00 before Easter Monday (6 April)
    // When four business hours are added, Then the rest runs on Tuesday
    assertThat(calendar.plus(at("2026-04-03T16:00"), "PT4H")).isEqualTo(at("2026-04-07T11:00"));
  }

  @Test
  void springDaylightSavingChange_keepsLocalOpeningHours() {
    // Given Friday 27 March 2026 16:00 CET (15:00 UTC); clocks go forward on Sunday 29 March
    Instant friday = Instant.parse("2026-03-27T15:00:00Z");

    // When four business hours are added
    Instant due = calendar.plus(friday, "PT4H");

    // Then it is due Monday 11:00 CEST, which is 09:00 UTC (not 10:00 UTC)
    assertThat(due).isEqualTo(Instant.parse("2026-03-30T09:00:00Z"));
  }

  @Test
  void autumnDaylightSavingChange_keepsLocalOpeningHours() {
    // Given Friday 23 October 2026 16:00 CEST (14:00 UTC); clocks go back on Sunday 25 October
    // When one business day and four hours are counted, Then local times stay 8 to 17 (CET = UTC+1)
    assertThat(calendar.plus(Instant.parse("2026-10-23T14:00:00Z"), "PT4H"))
        .isEqualTo(Instant.parse("2026-10-26T10:00:00Z"));
    assertThat(calendar.plus(Instant.parse("2026-10-23T14:00:00Z"), "P1D"))
        .isEqualTo(Instant.parse("2026-10-26T15:00:00Z"));
  }

  @Test
  void startBeforeOpening_countsFromOpening() {
    // Given Tuesday 06:30, When two business hours are added, Then it is due at 10:00
    assertThat(calendar.plus(at("2026-03-10T06:30"), "PT2H")).isEqualTo(at("2026-03-10T10:00"));
  }

  @Test
  void startAfterClosing_countsFromNextOpening() {
    // Given Tuesday 18:00, When 2 h 30 min are added, Then it is due Wednesday 10:30
    assertThat(calendar.plus(at("2026-03-10T18:00"), "PT2H30M"))
        .isEqualTo(at("2026-03-11T10:30"));
  }

  @Test
  void startOnWeekend_countsFromMondayOpening() {
    // Given Saturday 12:00, When 1 h 30 min are added, Then it is due Monday 09:30
    assertThat(calendar.plus(at("2026-03-07T12:00"), "PT1H30M"))
        .isEqualTo(at("2026-03-09T09:30"));
  }

  @Test
  void businessDays_areWorkingDaysLaterAtTheSameTime() {
    // Given Wednesday 11 March 2026 10:00, When three business days are added,
    // Then it is due the next Monday at 10:00 (Saturday and Sunday do not count)
    assertThat(calendar.plus(at("2026-03-11T10:00"), "P3D")).isEqualTo(at("2026-03-16T10:00"));
  }

  @Test
  void businessDaysFromWeekend_startAtMondayOpening() {
    // Given Saturday 7 March, When three business days are added, Then Thursday 08:00
    assertThat(calendar.plus(at("2026-03-07T15:00"), "P3D")).isEqualTo(at("2026-03-12T08:00"));
  }

  @Test
  void daysAndHours_addDaysThenHours() {
    // Given Tuesday 15:00, When P2DT4H is added, Then Thursday 15:00 plus 4 h is Friday 10:00
    assertThat(calendar.plus(at("2026-03-10T15:00"), "P2DT4H")).isEqualTo(at("2026-03-13T10:00"));
  }

  @Test
  void businessDuration_isAddedLikeHours() {
    // Given the time left on a paused deadline, When it is added on Friday 16:30,
    // Then the rest runs on Monday
    assertThat(calendar.plus(at("2026-03-06T16:30"), Duration.ofMinutes(90)))
        .isEqualTo(at("2026-03-09T09:00"));
    assertThat(calendar.plus(at("2026-03-07T10:00"), Duration.ZERO))
        .isEqualTo(at("2026-03-09T08:00"));
  }

  @Test
  void businessTimeBetween_ignoresWeekendAndNight() {
    // Given Friday 15:00 and Monday 10:00, Then two hours on Friday and two on Monday count
    assertThat(calendar.businessTimeBetween(at("2026-03-06T15:00"), at("2026-03-09T10:00")))
        .isEqualTo(Duration.ofHours(4));
    // and from Saturday to Monday 08:00 nothing counts
    assertThat(calendar.businessTimeBetween(at("2026-03-07T09:00"), at("2026-03-09T08:00")))
        .isZero();
  }

  @Test
  void businessTimeBetween_overHolidaysAndDaylightSaving() {
    // Given 24 December 2025 13:00 to 29 December 14:00, Then 4 + 6 hours count
    assertThat(calendar.businessTimeBetween(at("2025-12-24T13:00"), at("2025-12-29T14:00")))
        .isEqualTo(Duration.ofHours(10));
    // and over the spring change: Friday 16:00 CET to Monday 11:00 CEST
    assertThat(calendar.businessTimeBetween(at("2026-03-27T16:00"), at("2026-03-30T11:00")))
        .isEqualTo(Duration.ofHours(4));
  }

  @Test
  void businessTimeBetween_isZeroWhenTheEndHasPassed() {
    assertThat(calendar.businessTimeBetween(at("2026-03-10T12:00"), at("2026-03-10T09:00")))
        .isZero();
  }

  @Test
  void seventyFivePercentOfFourHours_isThreeBusinessHours() {
    // Given Friday 16:00 and a PT4H deadline (due Monday 11:00)
    // When 75 % of it has passed, Then it is Monday 10:00
    assertThat(calendar.fractionOf(at("2026-03-06T16:00"), "PT4H", 0.75))
        .isEqualTo(at("2026-03-09T10:00"));
  }

  @Test
  void fractionOfBusinessDays_countsTheBusinessHoursInThem() {
    // Given Tuesday 10:00 and P1D (due Wednesday 10:00: 9 business hours)
    // Then 75 % (6 h 45 min) is Tuesday 16:45, and 100 % is the deadline itself
    assertThat(calendar.fractionOf(at("2026-03-10T10:00"), "P1D", 0.75))
        .isEqualTo(at("2026-03-10T16:45"));
    assertThat(calendar.fractionOf(at("2026-03-10T10:00"), "P1D", 1.0))
        .isEqualTo(at("2026-03-11T10:00"));
  }

  @Test
  void minus_countsBackWorkingDaysFromTheLastClosing() {
    // Given a final response limit on Saturday 2 May 2026 10:00; Friday 1 May (Labour Day) and
    // Monday 27 April (Day of Uprising Against Occupation) are public holidays
    // When five business days are counted back from the last closing, Thursday 30 April 17:00,
    // Then 29, 28, 24, 23 and 22 April count: Wednesday 22 April 17:00
    assertThat(calendar.minus(at("2026-05-02T10:00"), "P5D")).isEqualTo(at("2026-04-22T17:00"));
    // and hours go back over the night: Tuesday 09:00 minus 2 h is Monday 16:00
    assertThat(calendar.minus(at("2026-03-10T09:00"), "PT2H")).isEqualTo(at("2026-03-09T16:00"));
  }

  @Test
  void roundedUpForCustomers_isTheNextWholeQuarterHourWithinOpeningHours() {
    // A deadline to the minute or second goes up to the next quarter hour; a whole one stays
    assertThat(calendar.roundedUpForCustomers(at("2026-03-09T13:07"))).isEqualTo(at("2026-03-09T13:15"));
    assertThat(calendar.roundedUpForCustomers(at("2026-03-09T13:45:01"))).isEqualTo(at("2026-03-09T14:00"));
    assertThat(calendar.roundedUpForCustomers(at("2026-03-09T13:30"))).isEqualTo(at("2026-03-09T13:30"));
    // and never past closing time
    assertThat(calendar.roundedUpForCustomers(at("2026-03-09T16:59"))).isEqualTo(at("2026-03-09T17:00"));
  }

  @Test
  void lastClosingOnOrBefore_movesAClosedDayBackToTheLastWorkingDay() {
    // Saturday 2 May 2026 and Friday 1 May (Labour Day) are closed: Thursday 30 April 17:00
    assertThat(calendar.lastClosingOnOrBefore(LocalDate.of(2026, 5, 2))).isEqualTo(at("2026-04-30T17:00"));
    // a working day keeps its own closing
    assertThat(calendar.lastClosingOnOrBefore(LocalDate.of(2027, 1, 26))).isEqualTo(at("2027-01-26T17:00"));
  }

  @Test
  void extraClosedDaysAndOtherHours_areRespected() {
    // Given a desk open 9:00 to 13:00, Monday to Thursday, closed on Monday 9 March 2026,
    // without public holidays
    var properties = new BusinessHoursProperties(LJUBLJANA, LocalTime.of(9, 0), LocalTime.of(13, 0),
        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), "", List.of(LocalDate.of(2026, 3, 9)));
    var shortWeek = new BusinessCalendar(properties);

    // When Thursday 5 March 12:00 plus three business hours
    // Then one hour counts on Thursday and two on Tuesday 10 March
    assertThat(shortWeek.plus(at("2026-03-05T12:00"), "PT3H")).isEqualTo(at("2026-03-10T11:00"));
    // and without a holiday calendar, Christmas Day is a working day
    assertThat(shortWeek.plus(at("2025-12-24T12:00"), "PT2H")).isEqualTo(at("2025-12-25T10:00"));
  }

  static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(LJUBLJANA).toInstant();
  }
}
