package dev.scalegen.core.validate.rules;

import dev.scalegen.core.spec.Schedule;
import java.time.DayOfWeek;
import java.util.BitSet;

/**
 * The minutes of a week (Monday 00:00 is minute 0) during which a window is in effect, in its own
 * time zone: from {@code from} on each of its days to {@code to} the same day, or the next day when
 * {@code to} is earlier (across midnight; Sunday night runs into Monday).
 */
final class WindowWeek {

  static final int DAY = 24 * 60;
  static final int WEEK = 7 * DAY;

  private WindowWeek() {}

  /** The window's minutes, or {@code null} when its times or days are not valid (other rules report that). */
  static BitSet minutes(Schedule.Window window) {
    if (!isClock(window.from()) || !isClock(window.to()) || window.from().equals(window.to())) {
      return null;
    }
    WindowDays.Parsed days = WindowDays.parse(window.days());
    if (days.days() == null) {
      return null;
    }
    int from = minute(window.from());
    int to = minute(window.to());
    int length = to > from ? to - from : DAY - from + to;
    BitSet minutes = new BitSet(WEEK);
    for (DayOfWeek day : days.days().days()) {
      int start = (day.getValue() - 1) * DAY + from;
      minutes.set(start, Math.min(start + length, WEEK));
      if (start + length > WEEK) {
        minutes.set(0, start + length - WEEK); // Sunday night runs into Monday
      }
    }
    return minutes;
  }

  /**
   * The minute of the week at which the first stretch of {@code minutes} begins: a set minute whose
   * previous minute (Sunday 23:59 before Monday 00:00) is clear, so that a stretch from Friday 22:00
   * into Monday begins on Friday, not at Monday 00:00; {@code 0} when every minute is set, {@code -1}
   * when none is.
   */
  static int firstStart(BitSet minutes) {
    int first = minutes.nextSetBit(0);
    if (first != 0 || !minutes.get(WEEK - 1)) {
      return first;
    }
    int clear = minutes.nextClearBit(0);
    return clear >= WEEK ? 0 : minutes.nextSetBit(clear);
  }

  /** {@code Mon 23:00} for minute 1380. */
  static String describe(int minute) {
    return WindowDays.NAMES.get(minute / DAY) + " " + String.format("%02d:%02d", minute % DAY / 60, minute % 60);
  }

  /** Whether {@code text} is a time of day {@code HH:MM} on the 24-hour clock ({@code 00:00} to {@code 23:59}). */
  static boolean isClock(String text) {
    return text != null && text.length() == 5 && text.charAt(2) == ':'
        && digit(text, 0) && digit(text, 1) && digit(text, 3) && digit(text, 4)
        && text.compareTo("24") < 0 && text.charAt(3) <= '5';
  }

  private static boolean digit(String text, int index) {
    return text.charAt(index) >= '0' && text.charAt(index) <= '9';
  }

  /** The minute of the day of a time that {@link #isClock} accepts. */
  static int minute(String clock) {
    return Integer.parseInt(clock.substring(0, 2)) * 60 + Integer.parseInt(clock.substring(3, 5));
  }
}
