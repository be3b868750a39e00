package eu.complaintdesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import eu.complaintdesk.deadline.BusinessCalendar;
import eu.complaintdesk.deadline.BusinessHoursProperties;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which final response a resolved complaint gets, and the settings it needs. */
class FinalResponseTests {

  private static final BusinessCalendar CALENDAR = new BusinessCalendar(BusinessHoursProperties.defaults());

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @ParameterizedTest(name = "resolved {0}: summary resolution {1}")
  @CsvSource({"2026-03-11T16:00, true", "2026-03-12T09:00, true", "2026-03-12T09:01, false",
      "2026-03-16T10:00, false"})
  void summaryResolution_withinThreeBusinessDaysOfReceipt(String resolvedAt, boolean summary) {
    // Given a complaint received Monday 9 March 2026 at 9:00 (three business days: Thursday 9:00)
    VariableScope complaint = mock(VariableScope.class);
    when(complaint.getVariable("receivedAt")).thenReturn(at("2026-03-09T09:00"));

    // When it is resolved at that time
    ClockUtil.setCurrentTime(at(resolvedAt));

    // Then it gets the summary resolution only within the three business days
    assertThat(new FinalResponse(CALENDAR, FinalResponseProperties.defaults()).isSummaryResolution(complaint))
        .isEqualTo(summary);
  }

  @Test
  void settingsThatCannotWork_stopTheStartNamingTheProperty() {
    assertThatIllegalArgumentException().isThrownBy(() -> new FinalResponse(CALENDAR,
            new FinalResponseProperties("the Ombudsman", "https://ombudsman.example", 6, "3 days")))
        .withMessageStartingWith("complaint-desk.final-response.summary-resolution-within: ");
    assertThatIllegalArgumentException().isThrownBy(() -> new FinalResponseProperties(" ", "", 6, "P3D"))
        .withMessageContaining("adr-body and adr-url");
    assertThatIllegalArgumentException().isThrownBy(() -> new FinalResponseProperties("the Ombudsman",
            "https://ombudsman.example", 0, "P3D"))
        .withMessageContaining("referral-time-limit-months must be at least 1");
  }

  private static Date at(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(BusinessHoursProperties.defaults().zone()).toInstant());
  }
}
