package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.DidYouMean;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * A five-field cron expression as a Kubernetes CronJob reads it (the standard parser of
 * robfig/cron v3): minute, hour, day-of-month, month, day-of-week, each a {@code ,} list of values,
 * {@code a-b} ranges, {@code *} and {@code /n} steps; month and day names in any case; {@code ?} in the
 * day fields; the {@code @daily}-style macros (in lower case, as Kubernetes reads them). Each field is kept as a bit set of the values it
 * matches. Parsing reports the first invalid field, never throws.
 *
 * @param minutes bit {@code n} set when minute {@code n} matches, and so on for each field
 */
record CronExpression(long minutes, long hours, long daysOfMonth, long months, long daysOfWeek) {

  /** The outcome of {@link #parse}: the expression, or the first problem and what to do about it. */
  record Parsed(CronExpression expression, String problem, String hint) {
    boolean valid() {
      return expression != null;
    }
  }

  /** One field of the expression: its name, bounds and the names it accepts (lower-case). */
  enum Field {
    MINUTE("minute", 0, 59, Map.of()),
    HOUR("hour", 0, 23, Map.of()),
    DAY_OF_MONTH("day-of-month", 1, 31, Map.of()),
    MONTH("month", 1, 12, Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3),
        Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
        Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12))),
    DAY_OF_WEEK("day-of-week", 0, 6, Map.of("sun", 0, "mon", 1, "tue", 2, "wed", 3, "thu", 4, "fri", 5, "sat", 6));

    final String label;
    final int min;
    final int max;
    final Map<String, Integer> names;

    Field(String label, int min, int max, Map<String, Integer> names) {
      this.label = label;
      this.min = min;
      this.max = max;
      this.names = names;
    }

    boolean isDay() {
      return this == DAY_OF_MONTH || this == DAY_OF_WEEK;
    }

    String range() {
      return min + "-" + max + (names.isEmpty() ? "" : this == MONTH ? " or JAN-DEC" : " or SUN-SAT");
    }
  }

  /** The macros Kubernetes accepts, as the five fields they stand for. */
  static final Map<String, String> MACROS = Map.of(
      "@yearly", "0 0 1 1 *", "@annually", "0 0 1 1 *", "@monthly", "0 0 1 * *", "@weekly", "0 0 * * 0",
      "@daily", "0 0 * * *", "@midnight", "0 0 * * *", "@hourly", "0 * * * *");

  private static final List<Field> FIELDS = List.of(Field.values());

  /** Parses {@code text}; the problem names the first invalid field and its value. */
  static Parsed parse(String text) {
    String expr = text.strip();
    if (expr.isEmpty()) {
      return problem("it is empty", "write five fields: minute hour day-of-month month day-of-week");
    }
    if (expr.startsWith("TZ=") || expr.startsWith("CRON_TZ=")) {
      String[] parts = expr.split("\\s+", 2);
      String zone = parts[0].substring(parts[0].indexOf('=') + 1);
      return problem("the `" + parts[0] + "` prefix is rejected by Kubernetes since 1.29",
          "remove the prefix and set `cron.timeZone: " + zone + "`");
    }
    if (expr.startsWith("@")) {
      return macro(expr);
    }
    String[] fields = expr.split("\\s+");
    if (fields.length != FIELDS.size()) {
      String hint = fields.length == 6
          ? "Kubernetes has no seconds field; drop the first field: `" + expr.substring(fields[0].length()).strip() + "`"
          : "write five fields: minute hour day-of-month month day-of-week";
      return problem("it has " + fields.length + " fields where Kubernetes expects five", hint);
    }
    long[] bits = new long[FIELDS.size()];
    for (int i = 0; i < fields.length; i++) {
      Field field = FIELDS.get(i);
      for (String item : fields[i].split(",", -1)) {
        Parsed p = item(field, fields[i], item, bits, i);
        if (p != null) {
          return p;
        }
      }
    }
    return new Parsed(new CronExpression(bits[0], bits[1], bits[2], bits[3], bits[4]), null, null);
  }

  private static Parsed macro(String expr) {
    String word = expr.split("\\s+")[0];
    if (word.toLowerCase(Locale.ROOT).equals("@every")) {
      return problem("`@every` intervals are not accepted: they run relative to the last run, not at clock times",
          "write five fields, e.g. `*/30 * * * *` for every 30 minutes");
    }
    String fields = MACROS.get(word);
    if (fields == null || !word.equals(expr)) {
      String hint = DidYouMean.hint(word, new TreeSet<>(MACROS.keySet()));
      return problem("`" + expr + "` is not a macro Kubernetes knows",
          hint.isEmpty() ? "use `@hourly`, `@daily`, `@weekly`, `@monthly` or `@yearly`, or five fields" : hint);
    }
    return parse(fields);
  }

  /** Adds one list item ({@code 5}, {@code 1-5}, {@code *}, a step such as {@code 3-59/15}) to {@code bits[i]}. */
  private static Parsed item(Field field, String whole, String item, long[] bits, int i) {
    if (item.isEmpty()) {
      return problem(field.label + " `" + whole + "` has an empty list item", "remove the extra `,`");
    }
    String[] rangeAndStep = item.split("/", -1);
    if (rangeAndStep.length > 2) {
      return problem(field.label + " `" + item + "` has more than one `/`", "write a single step, e.g. `*/15`");
    }
    String range = rangeAndStep[0];
    int start;
    int end;
    if (range.equals("*") || range.equals("?")) {
      if (range.equals("?") && !field.isDay()) {
        return problem("`?` is allowed only in day-of-month and day-of-week, not in " + field.label, "use `*`");
      }
      start = field.min;
      end = field.max;
    } else {
      String[] lowHigh = range.split("-", -1);
      if (lowHigh.length > 2) {
        return problem(field.label + " `" + item + "` has more than one `-`", "write a range as `a-b`");
      }
      Integer low = value(field, lowHigh[0]);
      Integer high = lowHigh.length == 2 ? value(field, lowHigh[1]) : low;
      for (String part : lowHigh) {
        if (value(field, part) == null) {
          return unknownValue(field, part);
        }
      }
      for (int v : new int[] {low, high}) {
        if (v < field.min || v > field.max) {
          return outOfRange(field, v);
        }
      }
      if (low > high) {
        return problem(field.label + " range `" + range + "` runs backwards",
            "write ascending ranges, e.g. `" + low + "-" + field.max + "," + field.min + "-" + high + "`");
      }
      start = low;
      end = rangeAndStep.length == 2 && lowHigh.length == 1 ? field.max : high;
    }
    int step = 1;
    if (rangeAndStep.length == 2) {
      String s = rangeAndStep[1];
      if (!s.matches("[0-9]{1,9}") || Integer.parseInt(s) == 0) {
        return problem(field.label + " step `" + s + "` in `" + item + "` is not a positive whole number",
            "use a step such as `*/15`");
      }
      step = Integer.parseInt(s);
    }
    for (int v = start; v <= end; v += step) {
      bits[i] |= 1L << v;
    }
    return null;
  }

  /** A number or a name of the field, or {@code null}; bounds are checked by the caller. */
  private static Integer value(Field field, String text) {
    Integer named = field.names.get(text.toLowerCase(Locale.ROOT));
    if (named != null) {
      return named;
    }
    return text.matches("[0-9]{1,9}") ? Integer.valueOf(text) : null;
  }

  private static Parsed unknownValue(Field field, String text) {
    if (text.isEmpty()) {
      return problem(field.label + " has a range with a missing end", "write a range as `a-b`");
    }
    String hint = field.names.isEmpty() ? "" : DidYouMean.hint(text, field.names.keySet().stream()
        .map(n -> n.toUpperCase(Locale.ROOT)).sorted().toList());
    return problem(field.label + " `" + text + "` is not a number" + (field.names.isEmpty() ? "" : " or a name")
        + " in range " + field.range(), hint.isEmpty() ? "use a value in range " + field.range() : hint);
  }

  private static Parsed outOfRange(Field field, int v) {
    String hint = field == Field.DAY_OF_WEEK && v == 7
        ? "Kubernetes reads Sunday as `0` or `SUN`, not `7`"
        : "use a value in range " + field.range();
    return problem(field.label + " `" + v + "` is out of range " + field.range(), hint);
  }

  private static Parsed problem(String problem, String hint) {
    return new Parsed(null, problem, hint);
  }
}
