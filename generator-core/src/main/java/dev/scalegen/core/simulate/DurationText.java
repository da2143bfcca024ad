package dev.scalegen.core.simulate;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as a spec and the command line write them: one or more whole numbers each followed by
 * {@code d}, {@code h}, {@code m} or {@code s}, largest first or not ({@code 90s}, {@code 5m},
 * {@code 1h30m}, {@code 7d}); the schema's {@code promise} pattern accepts the same text. Printed
 * back in the same form ({@link #format}), so a time line reads like the spec.
 */
public final class DurationText {

  private static final Pattern WHOLE = Pattern.compile("([0-9]{1,9}[dhms])+");
  private static final Pattern PART = Pattern.compile("([0-9]{1,9})([dhms])");

  private DurationText() {}

  /** The duration {@code text} stands for, or {@code null} when it is not of the form above. */
  public static Duration parse(String text) {
    if (text == null || !WHOLE.matcher(text.strip()).matches()) {
      return null;
    }
    long seconds = 0;
    Matcher m = PART.matcher(text.strip());
    while (m.find()) {
      long n = Long.parseLong(m.group(1));
      seconds += switch (m.group(2)) {
        case "d" -> n * 86_400;
        case "h" -> n * 3_600;
        case "m" -> n * 60;
        default -> n;
      };
    }
    return Duration.ofSeconds(seconds);
  }

  /** {@code 0s}, {@code 45s}, {@code 5m}, {@code 2m30s}, {@code 1h}, {@code 1d2h}: whole seconds, largest unit first. */
  public static String format(Duration duration) {
    long s = duration.getSeconds();
    if (s == 0) {
      return "0s";
    }
    StringBuilder out = new StringBuilder(s < 0 ? "-" : "");
    s = Math.abs(s);
    long[] sizes = {86_400, 3_600, 60, 1};
    String[] units = {"d", "h", "m", "s"};
    for (int i = 0; i < sizes.length; i++) {
      if (s >= sizes[i]) {
        out.append(s / sizes[i]).append(units[i]);
        s %= sizes[i];
      }
    }
    return out.toString();
  }
}
