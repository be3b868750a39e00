package eu.complaintdesk.deadline;

import static eu.complaintdesk.deadline.BusinessCalendarTests.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A broken promise's new day, as bean {@code promises} gives it to the promise. */
class PromisesTests {

  private final Promises promises = new Promises(new Deadlines(
      new BusinessCalendar(BusinessHoursProperties.defaults()), ProcessTimingsProperties.defaults()));

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void reschedule_replacesThePromisesDay_andForgetsTheEntry() {
    // Given promise 2, due Thursday 12 March 2026, broken, and a manager's new day Monday 16 March
    ClockUtil.setCurrentTime(Date.from(at("2026-03-13T09:00")));
    VariableScope complaint = scope(Map.of("promise2Description", "A call from the team leader.",
        "promise2Due", "2026-03-12", "newPromiseDue", "2026-03-16"));

    // When the promise is rescheduled
    promises.reschedule(complaint, 2);

    // Then it is due at closing time on the new day, and the entry cannot leak into the next one
    assertThat(promises.day(complaint, 2)).isEqualTo("2026-03-16");
    assertThat(promises.due(complaint, 2)).isEqualTo(Date.from(at("2026-03-16T17:00")));
    assertThat(complaint.getVariable("newPromiseDue")).isNull();
  }

  @Test
  void reschedule_refusesADayThatHasPassed_orNoDay_asTheCallersMistake() {
    // Given Friday 13 March 2026, after closing time
    ClockUtil.setCurrentTime(Date.from(at("2026-03-13T17:30")));

    // Then neither today nor a missing day is a new date
    assertThatExceptionOfType(BadUserRequestException.class).isThrownBy(() -> promises.reschedule(
        scope(Map.of("promise1Due", "2026-03-12", "newPromiseDue", "2026-03-13")), 1))
        .withMessageContaining("must be a day still to come");
    assertThatExceptionOfType(BadUserRequestException.class).isThrownBy(() -> promises.reschedule(
        scope(Map.of("promise1Due", "2026-03-12")), 1));
  }

  /** Process variables in memory, read and written as the engine's variable scope does. */
  static VariableScope scope(Map<String, Object> values) {
    Map<String, Object> variables = new HashMap<>(values);
    VariableScope scope = mock(VariableScope.class);
    when(scope.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
    doAnswer(call -> variables.put(call.getArgument(0), call.getArgument(1)))
        .when(scope).setVariable(anyString(), any());
    doAnswer(call -> variables.remove(call.<String>getArgument(0))).when(scope).removeVariable(anyString());
    return scope;
  }
}
