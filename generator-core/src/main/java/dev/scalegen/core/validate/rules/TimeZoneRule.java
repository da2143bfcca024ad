package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.DidYouMean;
import dev.scalegen.core.spec.Schedule;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code window.timeZone} and {@code cron.timeZone} are IANA time zone names that the JDK knows
 * ({@code SG213}), since a CronJob's {@code timeZone} is one. Fixed offsets ({@code +02:00}) and
 * abbreviations ({@code PST}) are refused because they do not follow daylight saving time, and so
 * are the legacy System V names ({@code CET}, {@code EST5EDT}, ...), which are not locations and
 * whose meaning tz database releases changed (2024b made them aliases of a city).
 */
public final class TimeZoneRule implements Rule {

  /** Legacy names that are zone ids but not locations, with the location tzdata 2024b links them to. */
  private static final Map<String, String> LEGACY = Map.ofEntries(
      Map.entry("CET", "Europe/Brussels"), Map.entry("MET", "Europe/Brussels"), Map.entry("EET", "Europe/Athens"),
      Map.entry("WET", "Europe/Lisbon"), Map.entry("EST", "America/Panama"), Map.entry("MST", "America/Phoenix"),
      Map.entry("HST", "Pacific/Honolulu"), Map.entry("EST5EDT", "America/New_York"),
      Map.entry("CST6CDT", "America/Chicago"), Map.entry("MST7MDT", "America/Denver"),
      Map.entry("PST8PDT", "America/Los_Angeles"));

  /** Common abbreviations users write, with a location that uses them (a guess: several are ambiguous). */
  private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
      Map.entry("PST", "America/Los_Angeles"), Map.entry("PDT", "America/Los_Angeles"),
      Map.entry("MDT", "America/Denver"), Map.entry("CST", "America/Chicago"), Map.entry("CDT", "America/Chicago"),
      Map.entry("EDT", "America/New_York"), Map.entry("BST", "Europe/London"), Map.entry("CEST", "Europe/Berlin"),
      Map.entry("EEST", "Europe/Athens"), Map.entry("WEST", "Europe/Lisbon"), Map.entry("IST", "Asia/Kolkata"),
      Map.entry("JST", "Asia/Tokyo"), Map.entry("KST", "Asia/Seoul"), Map.entry("AEST", "Australia/Sydney"),
      Map.entry("AEDT", "Australia/Sydney"), Map.entry("NZST", "Pacific/Auckland"));

  /** Compiled for a zone that is not one, not by every run (a regular expression costs milliseconds cold). */
  private static final class Offset {
    static final Pattern PATTERN = Pattern.compile("(?:UTC|GMT)?([+-])([0-9]{1,2})(?::?([0-9]{2}))?");
  }

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    // Once per spec, not per schedule: the JDK copies its set of zone ids on every call.
    Zones zones = new Zones(ZoneId.getAvailableZoneIds());
    for (Schedule schedule : spec.schedules().values()) {
      String at = Pointers.schedule(schedule.name());
      if (schedule.window() != null) {
        check(schedule.window().timeZone(), "window", at, zones, report);
      }
      if (schedule.cron() != null) {
        check(schedule.cron().timeZone(), "cron", at, zones, report);
      }
    }
  }

  /** The zone ids of the JDK, and the names to suggest from, prepared on the first unknown zone of a check. */
  private static final class Zones {
    final Set<String> ids;
    private DidYouMean near;

    Zones(Set<String> ids) {
      this.ids = ids;
    }

    String hint(String zone) {
      near = near != null ? near : DidYouMean.among(new TreeSet<>(ids));
      return near.hint(zone);
    }
  }

  private static void check(String zone, String block, String at, Zones zones, Reporter report) {
    if (zone == null) {
      return;
    }
    String field = "`" + block + ".timeZone` is `" + zone + "`";
    String pointer = at + "/" + block + "/timeZone";
    String legacy = LEGACY.get(zone);
    if (zones.ids.contains(zone) && legacy == null) {
      return;
    }
    Matcher offset = Offset.PATTERN.matcher(zone);
    if (legacy != null) {
      report.value(Code.UNKNOWN_TIME_ZONE, pointer,
          field + ", a legacy name that is not a location; tz database 2024b redefined it as an alias of `"
              + legacy + "`",
          "use the location whose clocks you mean, such as `" + legacy + "`");
    } else if (offset.matches()) {
      report.value(Code.UNKNOWN_TIME_ZONE, pointer,
          field + ", a fixed UTC offset rather than an IANA time zone; it does not follow daylight saving time",
          "use a location such as `Europe/Berlin`" + fixedOffsetHint(offset));
    } else if (zone.matches("[A-Z]{2,5}")) {
      String location = ABBREVIATIONS.getOrDefault(zone, "Europe/Berlin");
      report.value(Code.UNKNOWN_TIME_ZONE, pointer,
          field + ", an abbreviation rather than an IANA time zone; abbreviations are ambiguous and"
              + " do not say when daylight saving time applies",
          "use a location such as `" + location + "`");
    } else {
      String hint = zones.hint(zone);
      report.value(Code.UNKNOWN_TIME_ZONE, pointer, field + ", which is not an IANA time zone name",
          hint.isEmpty() ? "use a name of the form `Area/Location`, such as `Europe/Berlin` or `America/New_York`, or `UTC`"
              : hint);
    }
  }

  /** "; for a fixed offset write `Etc/GMT-2` (the sign is inverted)" for whole hours, else nothing. */
  private static String fixedOffsetHint(Matcher offset) {
    int hours = Integer.parseInt(offset.group(2));
    boolean wholeHours = offset.group(3) == null || offset.group(3).equals("00");
    boolean east = offset.group(1).equals("+");
    if (!wholeHours || hours > (east ? 14 : 12)) {
      return "";
    }
    if (hours == 0) {
      return "; for UTC itself write `UTC`";
    }
    String inverted = east ? "-" : "+";
    return "; to keep a fixed offset, write `Etc/GMT" + inverted + hours + "` (POSIX inverts the sign)";
  }
}
