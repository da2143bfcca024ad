package dev.scalegen.report.runbook;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * When a CronJob runs, read for people: its five-field expression in local time and, when the
 * minute and hour fields are plain numbers, the same moment in UTC for each offset the zone has in
 * a year (standard and daylight saving time), with the day it falls on when UTC is on another day.
 * The offsets are those of mid-January and mid-July of {@value #YEAR} (both hemispheres), from the
 * JDK's time-zone rules, so the text does not depend on the day it is generated.
 */
final class ScheduleTimes {

  static final int YEAR = 2027;

  private ScheduleTimes() {}

  /** {@code 22:00} for {@code 0 22 * * *}; {@code null} when the minute or hour is not one number. */
  static String local(String cron) {
    int[] at = time(cron);
    return at == null ? null : "%02d:%02d".formatted(at[0], at[1]);
  }

  /**
   * The UTC time of a cron expression read in {@code zone} ({@code null}: the controller's zone,
   * unknown here): {@code 21:00 UTC in standard time (UTC+01:00), 20:00 UTC in daylight saving time
   * (UTC+02:00)}; {@code null} when it cannot be said in one line.
   */
  static String utc(String cron, String zone) {
    int[] at = time(cron);
    if (at == null || zone == null) {
      return null;
    }
    ZoneId id;
    try {
      id = ZoneId.of(zone);
    } catch (DateTimeException e) {
      return null;
    }
    Map<ZoneOffset, Boolean> offsets = offsets(id.getRules(), id);
    List<String> parts = new ArrayList<>();
    offsets.forEach((offset, daylight) -> {
      int minutes = at[0] * 60 + at[1] - offset.getTotalSeconds() / 60;
      String day = minutes < 0 ? " the day before" : minutes >= 24 * 60 ? " the day after" : "";
      int m = Math.floorMod(minutes, 24 * 60);
      String text = "%02d:%02d UTC%s".formatted(m / 60, m % 60, day);
      if (offsets.size() > 1) {
        text += (daylight ? " in daylight saving time (UTC" : " in standard time (UTC") + offset.getId() + ")";
      } else if (offset.getTotalSeconds() != 0) {
        text += " (UTC" + offset.getId() + " all year)";
      }
      parts.add(text);
    });
    return String.join(", ", parts);
  }

  private static Map<ZoneOffset, Boolean> offsets(ZoneRules rules, ZoneId zone) {
    Map<ZoneOffset, Boolean> offsets = new LinkedHashMap<>();
    for (Month month : List.of(Month.JANUARY, Month.JULY)) {
      Instant instant = LocalDateTime.of(YEAR, month, 15, 12, 0).atZone(zone).toInstant();
      offsets.putIfAbsent(rules.getOffset(instant), rules.isDaylightSavings(instant));
    }
    // Standard time first, whichever hemisphere.
    Map<ZoneOffset, Boolean> ordered = new LinkedHashMap<>();
    offsets.forEach((o, d) -> { if (!d) ordered.put(o, false); });
    offsets.forEach((o, d) -> { if (d) ordered.put(o, true); });
    return ordered;
  }

  /** Hour and minute of a cron expression whose first two fields are plain numbers, else {@code null}. */
  private static int[] time(String cron) {
    String[] fields = cron.trim().split("\\s+");
    if (fields.length != 5 || !fields[0].matches("[0-9]{1,2}") || !fields[1].matches("[0-9]{1,2}")) {
      return null;
    }
    return new int[] {Integer.parseInt(fields[1]), Integer.parseInt(fields[0])};
  }
}
