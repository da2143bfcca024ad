package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.DidYouMean;
import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A window's {@code days}: a comma-separated list of day names ({@code Mon} .. {@code Sun}, in any
 * case) and ranges ({@code Mon-Fri}). The week runs Monday to Sunday, and a range may wrap around
 * its end: {@code Fri-Mon} is Friday, Saturday, Sunday and Monday. A day named twice is a mistake.
 * Parsing reports the first problem, never throws. Public because the compiler turns the days of a
 * window into the day-of-week field of its CronJobs ({@link #cronField()}), which cannot wrap.
 *
 * @param days the days the window starts on
 */
public record WindowDays(Set<DayOfWeek> days) {

  /** The outcome of {@link #parse}: the days, or the first problem and what to do about it. */
  public record Parsed(WindowDays days, String problem, String hint) {}

  static final List<String> NAMES = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");

  private static final Map<String, String> LONG_NAMES = Map.ofEntries(
      Map.entry("monday", "Mon"), Map.entry("tuesday", "Tue"), Map.entry("tues", "Tue"),
      Map.entry("wednesday", "Wed"), Map.entry("weds", "Wed"), Map.entry("thursday", "Thu"),
      Map.entry("thur", "Thu"), Map.entry("thurs", "Thu"), Map.entry("friday", "Fri"),
      Map.entry("saturday", "Sat"), Map.entry("sunday", "Sun"));

  /** Every day of the week: a window without {@code days}. */
  public static WindowDays everyDay() {
    return new WindowDays(EnumSet.allOf(DayOfWeek.class));
  }

  /** Reads {@code days}; {@code null} (left out) is every day. */
  public static Parsed parse(String text) {
    if (text == null) {
      return new Parsed(everyDay(), null, null);
    }
    if (text.isBlank()) {
      return problem("it names no day", "leave `days` out for every day, or write e.g. `Mon-Fri`");
    }
    Map<DayOfWeek, String> seen = new EnumMap<>(DayOfWeek.class);
    for (String raw : text.split(",", -1)) {
      String item = raw.strip();
      if (item.isEmpty()) {
        return problem("it has an empty list item", "remove the extra `,`");
      }
      String[] ends = item.split("-", -1);
      if (ends.length > 2) {
        return problem("`" + item + "` has more than one `-`", "write a range as `Mon-Fri`");
      }
      DayOfWeek first = null;
      for (String end : ends) {
        DayOfWeek day = day(end.strip());
        if (day == null) {
          return unknown(end.strip());
        }
        first = first == null ? day : first;
      }
      DayOfWeek last = day(ends[ends.length - 1].strip());
      if (ends.length == 2 && first == last) {
        return problem("the range `" + item + "` starts and ends on the same day",
            "write `" + NAMES.get(first.ordinal()) + "` for one day, or leave `days` out for every day");
      }
      for (DayOfWeek d = first; ; d = d.plus(1)) {
        String earlier = seen.putIfAbsent(d, item);
        if (earlier != null) {
          String name = NAMES.get(d.ordinal());
          return problem("`" + name + "` is named twice (in `" + earlier + "` and `" + item + "`)",
              "name each day once");
        }
        if (d == last) {
          break;
        }
      }
    }
    return new Parsed(new WindowDays(EnumSet.copyOf(seen.keySet())), null, null);
  }

  /** The days after these: where a window that runs across midnight ends. */
  public WindowDays nextDays() {
    Set<DayOfWeek> next = EnumSet.noneOf(DayOfWeek.class);
    days.forEach(d -> next.add(d.plus(1)));
    return new WindowDays(next);
  }

  /**
   * The days as a cron day-of-week field (Sunday is 0): {@code *} for every day, else ascending
   * values and ranges, since cron ranges cannot wrap: {@code Fri-Mon} is {@code 0-1,5-6}.
   */
  public String cronField() {
    if (days.size() == 7) {
      return "*";
    }
    boolean[] on = new boolean[7];
    days.forEach(d -> on[d.getValue() % 7] = true);
    StringBuilder field = new StringBuilder();
    for (int i = 0; i < 7; i++) {
      if (!on[i]) {
        continue;
      }
      int end = i;
      while (end + 1 < 7 && on[end + 1]) {
        end++;
      }
      field.append(field.length() == 0 ? "" : ",").append(i).append(end > i ? "-" + end : "");
      i = end;
    }
    return field.toString();
  }

  private static DayOfWeek day(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (int i = 0; i < NAMES.size(); i++) {
      if (NAMES.get(i).toLowerCase(Locale.ROOT).equals(lower)) {
        return DayOfWeek.of(i + 1);
      }
    }
    return null;
  }

  private static Parsed unknown(String word) {
    if (word.isEmpty()) {
      return problem("it has a range with a missing end", "write a range as `Mon-Fri`");
    }
    String abbreviation = LONG_NAMES.get(word.toLowerCase(Locale.ROOT));
    if (abbreviation != null) {
      return problem("days are written as three-letter names, not `" + word + "`", "write `" + abbreviation + "`");
    }
    String hint = DidYouMean.hint(word, NAMES);
    return problem("`" + word + "` is not a day", hint.isEmpty() ? "use `Mon`, `Tue`, `Wed`, `Thu`, `Fri`, `Sat` or `Sun`" : hint);
  }

  private static Parsed problem(String problem, String hint) {
    return new Parsed(null, problem, hint);
  }
}
