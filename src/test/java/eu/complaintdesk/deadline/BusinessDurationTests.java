package eu.complaintdesk.deadline;

import static eu.complaintdesk.deadline.BusinessCalendarTests.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How business-time durations are read, and what a wrong one says. */
class BusinessDurationTests {

  @ParameterizedTest
  @CsvSource({
      "PT4H, 0, PT4H",
      "PT2H30M, 0, PT2H30M",
      "P3D, 3, PT0S",
      "P2DT4H, 2, PT4H",
      "pt90m, 0, PT1H30M",
      "PT13H30M12S, 0, PT13H30M12S"})
  void readsDaysAndTime(String value, int days, String time) {
    assertThat(BusinessDuration.parse(value))
        .isEqualTo(new BusinessDuration(days, Duration.parse(time)));
  }

  @Test
  void weeks_areRejectedWithAReason() {
    assertThatIllegalArgumentException().isThrownBy(() -> BusinessDuration.parse("P1W"))
        .withMessage("'P1W' is not a valid business-time duration:"
            + " weeks are not business time; give working days, e.g. P5D");
  }

  @Test
  void monthsAndYears_areRejectedWithAReason() {
    assertThatIllegalArgumentException().isThrownBy(() -> BusinessDuration.parse("P1M"))
        .withMessage("'P1M' is not a valid business-time duration:"
            + " years and months are not business time; give working days, e.g. P20D");
    assertThatIllegalArgumentException().isThrownBy(() -> BusinessDuration.parse("P1Y2D"))
        .withMessageStartingWith("'P1Y2D' is not a valid business-time duration: years and months");
  }

  @ParameterizedTest
  @CsvSource({"4 hours", "4H", "PT", "P", "P1DT", "PT1D", "-PT1H", "PT-1H", "P-1D", "P1.5D"})
  void malformedValues_areNamedInTheMessage(String value) {
    assertThatIllegalArgumentException().isThrownBy(() -> BusinessDuration.parse(value))
        .withMessageStartingWith("'" + value + "' is not a valid business-time duration: ");
  }

  @Test
  void emptyValues_areRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> BusinessDuration.parse(" "))
        .withMessage("' ' is not a valid business-time duration: it is empty");
    assertThatIllegalArgumentException().isThrownBy(() -> BusinessDuration.parse(null))
        .withMessage("'null' is not a valid business-time duration: it is empty");
  }

  @Test
  void calendarRejectsBadInputWithReadableMessages() {
    var calendar = new BusinessCalendar(BusinessHoursProperties.defaults());
    var start = at("2026-03-10T10:00");

    assertThatIllegalArgumentException().isThrownBy(() -> calendar.plus(start, "P2W"))
        .withMessageStartingWith("'P2W' is not a valid business-time duration: weeks");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> calendar.plus(start, Duration.ofHours(-1)))
        .withMessage("Business time must be zero or more, not PT-1H");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> calendar.fractionOf(start, "PT4H", 1.5))
        .withMessage("The fraction must be between 0 and 1, not 1.5");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> calendar.fractionOf(start, "PT4H", Double.NaN))
        .withMessage("The fraction must be between 0 and 1, not NaN");
  }
}
