package eu.complaintdesk.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The calendar that every deadline counts in, under {@code complaint-desk.business-hours.*}.
 *
 * <p>Public (unlike most of this package) so that plain unit tests in other packages can build a
 * {@link BusinessCalendar} without a Spring context. The checks run in the constructor, so a
 * wrong setting stops the application at startup with the property's name in the message.
 *
 * @param zone            the time zone in which the desk works; deadlines are computed in its
 *                        local time, so daylight-saving changes are respected
 * @param opens           when the desk opens on a working day (local time)
 * @param closes          when it closes; business time runs from {@code opens} to {@code closes}
 * @param workingDays     the days of the week on which the desk works
 * @param holidayCountry  jollyday calendar code whose public holidays are closed days
 *                        ({@code si}, {@code bg}, {@code de}, ...); empty for none
 * @param extraClosedDays further closed days, e.g. a company holiday between Christmas and New Year
 */
@ConfigurationProperties("complaint-desk.business-hours")
public record BusinessHoursProperties(
    @DefaultValue("Europe/Ljubljana") ZoneId zone,
    @DefaultValue("08:00") LocalTime opens,
    @DefaultValue("17:00") LocalTime closes,
    @DefaultValue({"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"})
    Set<DayOfWeek> workingDays,
    @DefaultValue("si") String holidayCountry,
    @DefaultValue List<LocalDate> extraClosedDays) {

  private static final String PREFIX = "complaint-desk.business-hours.";

  public BusinessHoursProperties {
    if (zone == null || opens == null || closes == null) {
      throw new IllegalArgumentException(PREFIX + "zone, opens and closes must all be set");
    }
    if (!opens.isBefore(closes)) {
      throw new IllegalArgumentException(PREFIX + "opens (" + opens
          + ") must be before closes (" + closes + "); overnight hours are not supported");
    }
    if (workingDays == null || workingDays.isEmpty()) {
      throw new IllegalArgumentException(PREFIX + "working-days must name at least one day");
    }
    workingDays = Set.copyOf(workingDays);
    holidayCountry = holidayCountry == null ? "" : holidayCountry.trim();
    extraClosedDays = extraClosedDays == null ? List.of() : List.copyOf(extraClosedDays);
  }

  /** The defaults above: Monday to Friday, 8:00 to 17:00 in Ljubljana, Slovenian holidays. */
  public static BusinessHoursProperties defaults() {
    return new BusinessHoursProperties(ZoneId.of("Europe/Ljubljana"), LocalTime.of(8, 0),
        LocalTime.of(17, 0), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), "si", List.of());
  }
}
