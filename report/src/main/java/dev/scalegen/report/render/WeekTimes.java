package dev.scalegen.report.render;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A minute of the report's week (Monday 00:00 on the zone's wall clock is 0) as the local date and
 * time, and as the UTC instant it is that week; a wall-clock time that daylight saving skips is
 * read as the time after the gap, as {@link java.time.ZonedDateTime} does.
 */
final class WeekTimes {

  static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ENGLISH);

  private final LocalDate monday;
  private final ZoneId zone;

  WeekTimes(LocalDate monday, ZoneId zone) {
    this.monday = monday;
    this.zone = zone;
  }

  String local(int minute) {
    return LOCAL.format(monday.atStartOfDay().plusMinutes(minute));
  }

  String utc(int minute) {
    return monday.atStartOfDay().plusMinutes(minute).atZone(zone).toInstant().toString();
  }
}
