package eu.complaintdesk.deadline;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Which dates the desk works on: a working day of the week that is neither a public holiday of
 * the configured country nor an extra closed day.
 *
 * <p>Public holidays come from jollyday's maintained holiday files, never from a table of ours.
 * Only {@link HolidayType#PUBLIC_HOLIDAY} closes the desk (bank holidays and observances do not);
 * where a country moves a holiday that falls on a weekend, the day off (jollyday's actual date)
 * is the closed day. Holidays are looked up once per year and kept.
 */
class WorkingDays {

  /** No deadline is further away than this; more means the settings leave no working day. */
  private static final int MAX_DAYS_SEARCHED = 3_660;

  private final Set<DayOfWeek> workingDaysOfWeek;
  private final Set<LocalDate> extraClosedDays;
  private final HolidayManager holidays;
  private final Map<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

  WorkingDays(BusinessHoursProperties properties) {
    this.workingDaysOfWeek = properties.workingDays();
    this.extraClosedDays = Set.copyOf(properties.extraClosedDays());
    this.holidays = holidayManager(properties.holidayCountry());
  }

  private static HolidayManager holidayManager(String country) {
    if (country.isEmpty()) {
      return null;
    }
    boolean known = HolidayManager.getSupportedCalendarCodes().stream()
        .anyMatch(code -> code.equalsIgnoreCase(country));
    if (!known) {
      throw new IllegalArgumentException("complaint-desk.business-hours.holiday-country: '"
          + country + "' is not a holiday calendar that jollyday knows (e.g. si, bg, de);"
          + " leave it empty for no public holidays");
    }
    return HolidayManager.getInstance(ManagerParameters.create(country.toLowerCase(Locale.ROOT)));
  }

  boolean isWorkingDay(LocalDate date) {
    return workingDaysOfWeek.contains(date.getDayOfWeek())
        && !extraClosedDays.contains(date)
        && !publicHolidays(date.getYear()).contains(date);
  }

  /** The first working day after {@code date}. */
  LocalDate next(LocalDate date) {
    return step(date, 1);
  }

  /** The last working day before {@code date}. */
  LocalDate previous(LocalDate date) {
    return step(date, -1);
  }

  private LocalDate step(LocalDate date, int direction) {
    LocalDate candidate = date;
    for (int i = 0; i < MAX_DAYS_SEARCHED; i++) {
      candidate = candidate.plusDays(direction);
      if (isWorkingDay(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("No working day within " + MAX_DAYS_SEARCHED + " days of "
        + date + "; check complaint-desk.business-hours");
  }

  private Set<LocalDate> publicHolidays(int year) {
    if (holidays == null) {
      return Set.of();
    }
    // A holiday of the next or last year may be observed in this one (1 January on a Saturday).
    return holidaysByYear.computeIfAbsent(year, y -> IntStream.rangeClosed(y - 1, y + 1)
        .mapToObj(Year::of)
        .flatMap(each -> holidays.getHolidays(each, HolidayType.PUBLIC_HOLIDAY).stream())
        .map(Holiday::getActualDate)
        .filter(date -> date.getYear() == y)
        .collect(Collectors.toUnmodifiableSet()));
  }
}
