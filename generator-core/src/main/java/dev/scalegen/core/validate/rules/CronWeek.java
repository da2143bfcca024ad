package dev.scalegen.core.validate.rules;

import dev.scalegen.core.spec.Schedule;
import java.util.BitSet;

/**
 * The minutes of a week (Monday 00:00 is minute 0, as {@link WindowWeek} counts them) during which a
 * raw cron pair is in effect, in its own time zone: from each minute its {@code enter} expression
 * fires to the next minute its {@code exit} expression fires. Only for expressions that repeat
 * every week: day-of-month and month {@code *} (or {@code ?}), as in {@code 0 22 * * 1-5} and the
 * {@code @daily}, {@code @hourly} and {@code @weekly} macros; a pair whose jobs fire in the same
 * minute has no order, and is not judged either.
 */
final class CronWeek {

  private CronWeek() {}

  /** The pair's minutes, or {@code null} when they cannot be known from one week. */
  static BitSet minutes(Schedule.Cron cron) {
    boolean[] enter = fires(cron.enter());
    boolean[] exit = fires(cron.exit());
    if (enter == null || exit == null) {
      return null;
    }
    BitSet minutes = new BitSet(WindowWeek.WEEK);
    boolean in = false;
    // Two turns of the week: the second starts in the state the first one ended in.
    for (int m = 0; m < 2 * WindowWeek.WEEK; m++) {
      int minute = m % WindowWeek.WEEK;
      if (enter[minute] && exit[minute]) {
        return null;
      }
      if (enter[minute]) {
        in = true;
      } else if (exit[minute]) {
        in = false;
      }
      if (in && m >= WindowWeek.WEEK) {
        minutes.set(minute);
      }
    }
    return minutes;
  }

  /** For each minute of the week, whether {@code text} fires then; {@code null} unless it repeats weekly. */
  private static boolean[] fires(String text) {
    if (text == null) {
      return null;
    }
    String expression = text.strip();
    if (expression.startsWith("@")) {
      expression = CronExpression.MACROS.getOrDefault(expression, "");
    }
    String[] fields = expression.split("\\s+");
    CronExpression.Parsed parsed = CronExpression.parse(expression);
    if (!parsed.valid() || fields.length != 5 || !any(fields[2]) || !any(fields[3])) {
      return null;
    }
    CronExpression cron = parsed.expression();
    boolean[] fires = new boolean[WindowWeek.WEEK];
    for (int m = 0; m < WindowWeek.WEEK; m++) {
      int dayOfWeek = (m / WindowWeek.DAY + 1) % 7; // cron counts from Sunday, the week from Monday
      int hour = m % WindowWeek.DAY / 60;
      int minute = m % 60;
      fires[m] = bit(cron.minutes(), minute) && bit(cron.hours(), hour) && bit(cron.daysOfWeek(), dayOfWeek);
    }
    return fires;
  }

  private static boolean any(String field) {
    return field.equals("*") || field.equals("?");
  }

  private static boolean bit(long bits, int n) {
    return (bits & (1L << n)) != 0;
  }
}
