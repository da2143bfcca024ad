package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.Schedule;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A window's {@code from} and {@code to} are times of day on a 24-hour clock, written {@code HH:MM}
 * ({@code 00:00} to {@code 23:59}), and differ: a window from a time to the same time is empty
 * ({@code SG211}). One spelling only: {@code 6:00} is refused with a hint to write {@code 06:00}.
 */
public final class WindowTimeRule implements Rule {

  private static final Pattern CLOCK = Pattern.compile("([0-9]{1,2}):([0-9]{2})(:[0-9]{2})?");

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    for (Schedule schedule : spec.schedules().values()) {
      Schedule.Window window = schedule.window();
      if (window == null) {
        continue;
      }
      String at = Pointers.schedule(schedule.name()) + "/window";
      boolean from = check(window.from(), "from", at, report);
      boolean to = check(window.to(), "to", at, report);
      if (from && to && window.from().equals(window.to())) {
        report.value(Code.BAD_TIME, at + "/to",
            "`window.from` and `window.to` are both `" + window.to() + "`, so the window is empty",
            "change `to` to the time the window ends; to change a tier all day, change its baseline instead");
      }
    }
  }

  /** Reports a malformed time; true when the time is valid. */
  private static boolean check(String time, String field, String at, Reporter report) {
    if (time == null) {
      return false;
    }
    String problem = problem(time);
    if (problem == null) {
      return true;
    }
    report.value(Code.BAD_TIME, at + "/" + field, "`window." + field + "` is `" + time + "`; " + problem, hint(time));
    return false;
  }

  /** What is wrong with {@code time}, or {@code null} when it is a valid {@code HH:MM}. */
  private static String problem(String time) {
    Matcher m = CLOCK.matcher(time);
    if (!m.matches()) {
      return "expected a 24-hour time `HH:MM`";
    }
    if (m.group(3) != null) {
      return "windows are set to the minute, without seconds";
    }
    int hour = Integer.parseInt(m.group(1));
    int minute = Integer.parseInt(m.group(2));
    if (hour > 23) {
      return "hours run from `00` to `23`";
    }
    if (minute > 59) {
      return "minutes run from `00` to `59`";
    }
    if (m.group(1).length() == 1) {
      return "hours are written with two digits";
    }
    return null;
  }

  private static String hint(String time) {
    Matcher m = CLOCK.matcher(time);
    if (!m.matches()) {
      return "write a quoted time such as `\"22:00\"`";
    }
    int hour = Integer.parseInt(m.group(1));
    int minute = Integer.parseInt(m.group(2));
    if (hour == 24 && minute == 0) {
      return "write `\"00:00\"` for midnight: a window whose `to` is before `from` runs across midnight";
    }
    if (hour > 23 || minute > 59) {
      return "use a time from `\"00:00\"` to `\"23:59\"`";
    }
    return "write `\"" + String.format("%02d:%02d", hour, minute) + "\"`";
  }
}
