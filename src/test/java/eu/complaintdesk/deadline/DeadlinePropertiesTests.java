package eu.complaintdesk.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/**
 * The settings of business hours and process timings as Spring binds them, without starting the
 * application: defaults, application.yaml, and the startup failure for a wrong value.
 */
class DeadlinePropertiesTests {

  @Test
  void defaults_areLjubljanaOfficeHoursAndTheAgreedWaits() {
    // Given no settings, When the records are bound, Then the defaults apply
    Binder binder = new Binder(new MapConfigurationPropertySource());

    assertThat(binder.bindOrCreate("complaint-desk.business-hours", BusinessHoursProperties.class))
        .isEqualTo(BusinessHoursProperties.defaults())
        .isEqualTo(new BusinessHoursProperties(ZoneId.of("Europe/Ljubljana"), LocalTime.of(8, 0),
            LocalTime.of(17, 0), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), "si",
            List.of()));
    assertThat(binder.bindOrCreate("complaint-desk.timings", ProcessTimingsProperties.class))
        .isEqualTo(ProcessTimingsProperties.defaults())
        .isEqualTo(new ProcessTimingsProperties("P3D", "P10D", "P3D", "P7D", "P5D", "P10D", "P5D",
            8, 0.10, "P1D"));
  }

  @Test
  void applicationYaml_statesTheDefaults() throws IOException {
    // Given the application's own configuration file
    var sources = new YamlPropertySourceLoader()
        .load("application", new ClassPathResource("application.yaml"));
    Binder binder = new Binder(ConfigurationPropertySources.from(sources));

    // Then its business-hours and timings blocks bind to the documented defaults
    assertThat(binder.bind("complaint-desk.business-hours", BusinessHoursProperties.class).get())
        .isEqualTo(BusinessHoursProperties.defaults());
    assertThat(binder.bind("complaint-desk.timings", ProcessTimingsProperties.class).get())
        .isEqualTo(ProcessTimingsProperties.defaults());
  }

  @Test
  void settings_bindFromText() {
    // Given another desk's settings as they would appear in the environment
    Binder binder = new Binder(new MapConfigurationPropertySource(Map.of(
        "complaint-desk.business-hours.zone", "Europe/Sofia",
        "complaint-desk.business-hours.opens", "09:30",
        "complaint-desk.business-hours.closes", "18:00",
        "complaint-desk.business-hours.working-days", "MONDAY,TUESDAY,SATURDAY",
        "complaint-desk.business-hours.holiday-country", "bg",
        "complaint-desk.business-hours.extra-closed-days", "2026-12-31,2026-12-30")));

    // Then every value is read
    assertThat(binder.bind("complaint-desk.business-hours", BusinessHoursProperties.class).get())
        .isEqualTo(new BusinessHoursProperties(ZoneId.of("Europe/Sofia"), LocalTime.of(9, 30),
            LocalTime.of(18, 0), EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.SATURDAY),
            "bg", List.of(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 30))));
  }

  @Test
  void wrongTiming_failsBindingWithThePropertyName() {
    // Given a wait written in weeks
    Binder binder = new Binder(new MapConfigurationPropertySource(
        Map.of("complaint-desk.timings.choice-fallback-after", "P1W")));

    // Then binding (and so startup) fails and names the property and the reason
    assertThatThrownBy(() -> binder.bindOrCreate("complaint-desk.timings",
        ProcessTimingsProperties.class))
        .isInstanceOf(BindException.class)
        .rootCause()
        .hasMessage("complaint-desk.timings.choice-fallback-after: 'P1W' is not a valid"
            + " business-time duration: weeks are not business time; give working days, e.g. P5D");
  }

  @Test
  void timings_checkEveryValue() {
    var d = ProcessTimingsProperties.defaults();
    assertThatIllegalArgumentException().isThrownBy(() -> new ProcessTimingsProperties(
            "3 days", d.informationCloseAfter(), d.choiceReminderAfter(), d.choiceFallbackAfter(),
            d.feedbackReminderAfter(), d.feedbackCloseAfter(), d.holdingReplyBefore(), 8, 0.1, "P1D"))
        .withMessageStartingWith("complaint-desk.timings.information-reminder-after: '3 days'");
    assertThatIllegalArgumentException().isThrownBy(() -> new ProcessTimingsProperties(
            "P3D", "P10D", "P3D", "P7D", "P5D", "P10D", "", 8, 0.1, "P1D"))
        .withMessage("complaint-desk.timings.holding-reply-before: ''"
            + " is not a valid business-time duration: it is empty");
    assertThatIllegalArgumentException().isThrownBy(() -> new ProcessTimingsProperties(
            "P3D", "P10D", "P3D", "P7D", "P5D", "P10D", "P5D", 0, 0.1, "P1D"))
        .withMessage("complaint-desk.timings.final-response-limit-weeks must be at least 1, not 0");
    assertThatIllegalArgumentException().isThrownBy(() -> new ProcessTimingsProperties(
            "P3D", "P10D", "P3D", "P7D", "P5D", "P10D", "P5D", 8, 10, "P1D"))
        .withMessage("complaint-desk.timings.quality-sample-rate must be between 0 and 1"
            + " (0.10 = one complaint in ten), not 10.0");
    assertThatIllegalArgumentException().isThrownBy(() -> new ProcessTimingsProperties(
            "P3D", "P10D", "P3D", "P7D", "P5D", "P10D", "P5D", 8, 0.1, "P1W"))
        .withMessageStartingWith("complaint-desk.timings.manager-response-after: 'P1W'");
  }

  @Test
  void waitsAreFoundByName() {
    var timings = new ProcessTimingsProperties("P1D", "P2D", "P3D", "P4D", "P5D", "P6D", "P7D", 8,
        0.1, "PT8H");
    assertThat(List.of("informationReminderAfter", "informationCloseAfter", "choiceReminderAfter",
        "choiceFallbackAfter", "feedbackReminderAfter", "feedbackCloseAfter", "managerResponseAfter"))
        .extracting(timings::businessWait)
        .containsExactly("P1D", "P2D", "P3D", "P4D", "P5D", "P6D", "PT8H");
    assertThatIllegalArgumentException().isThrownBy(() -> timings.businessWait("holdingReplyBefore"))
        .withMessage("'holdingReplyBefore' is not a wait in complaint-desk.timings; known waits:"
            + " informationReminderAfter, informationCloseAfter, choiceReminderAfter,"
            + " choiceFallbackAfter, feedbackReminderAfter, feedbackCloseAfter, managerResponseAfter");
  }

  @Test
  void businessHours_areChecked() {
    var zone = ZoneId.of("Europe/Ljubljana");
    var weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    assertThatIllegalArgumentException().isThrownBy(() -> new BusinessHoursProperties(zone,
            LocalTime.of(17, 0), LocalTime.of(8, 0), weekdays, "si", List.of()))
        .withMessage("complaint-desk.business-hours.opens (17:00) must be before closes (08:00);"
            + " overnight hours are not supported");
    assertThatIllegalArgumentException().isThrownBy(() -> new BusinessHoursProperties(zone,
            LocalTime.of(8, 0), LocalTime.of(17, 0), EnumSet.noneOf(DayOfWeek.class), "si",
            List.of()))
        .withMessage("complaint-desk.business-hours.working-days must name at least one day");
    var unknownCountry = new BusinessHoursProperties(zone, LocalTime.of(8, 0), LocalTime.of(17, 0),
        weekdays, "xx", List.of());
    assertThatIllegalArgumentException().isThrownBy(() -> new BusinessCalendar(unknownCountry))
        .withMessage("complaint-desk.business-hours.holiday-country: 'xx' is not a holiday calendar"
            + " that jollyday knows (e.g. si, bg, de); leave it empty for no public holidays");
  }
}
