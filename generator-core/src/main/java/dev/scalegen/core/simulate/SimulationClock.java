package dev.scalegen.core.simulate;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a simulation starts on the wall clock, for the schedules that change a tier's bounds and for
 * the daily wave: a day of the week and a time, in the time zone of the spec's first schedule (UTC
 * when it has none), in the week of Monday 12 January 2026 (a week without clock changes in either
 * hemisphere; a longer simulation runs into the following weeks). Written {@code Mon 12:00}.
 */
public record SimulationClock(DayOfWeek day, LocalTime time, ZoneId zone) {

  /** The default start: Monday at noon, inside working hours and outside a night window. */
  public static final String DEFAULT = "Mon 12:00";
  /** The default start under a daily wave: Monday at 04:00, the wave's lowest point, so a day shows its whole rise. */
  public static final String WAVE_DEFAULT = "Mon 04:00";

  /** The default start for {@code load}. */
  public static String defaultFor(SimulatedLoad load) {
    return load.shape() != null && load.shape().kind() == LoadShape.Kind.WAVE ? WAVE_DEFAULT : DEFAULT;
  }

  static final LocalDate MONDAY = LocalDate.of(2026, 1, 12);
  private static final Pattern FORM = Pattern.compile("(Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([01][0-9]|2[0-3]):([0-5][0-9])");

  /** The clock {@code text} ({@code Wed 21:30}) names in {@code zone}, or {@code null} when it is not of that form. */
  public static SimulationClock parse(String text, ZoneId zone) {
    Matcher m = FORM.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      return null;
    }
    DayOfWeek day = DayOfWeek.MONDAY;
    while (!day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).equals(m.group(1))) {
      day = day.plus(1);
    }
    return new SimulationClock(day, LocalTime.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))), zone);
  }

  /** The instant the simulation starts. */
  public Instant start() {
    return ZonedDateTime.of(MONDAY.plusDays(day.getValue() - 1L), time, zone).toInstant();
  }

  /** The second of the day on the wall clock at the start (for the daily wave). */
  public long secondOfDay() {
    return time.toSecondOfDay();
  }

  @Override
  public String toString() {
    return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + time + " " + zone.getId();
  }
}
