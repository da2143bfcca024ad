package dev.scalegen.core.simulate;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A built-in load: how the demand on a tier changes over time. Levels are either multiples of the
 * tier's base traffic ({@code 10x}: ten times the demand that keeps the tier's minimum at its
 * target) or CPU cores ({@code 70}, {@code 7.5}); both ends of a shape use the same unit.
 *
 * <ul>
 *   <li>{@code spike10x}: the DocVault guide's sudden 10x spike, {@code step:1x..10x@1m};
 *   <li>{@code step:A..B@T}: A until T, then B;
 *   <li>{@code ramp:A..B@T1..T2}: A until T1, rising in a straight line to B at T2, then B;
 *   <li>{@code wave:A..B}: a daily wave on the simulated clock, A at 04:00 and B at 16:00 (cosine);
 *   <li>{@code flat:A}: A all the time.
 * </ul>
 *
 * @param multiples whether levels are multiples of the base traffic (else CPU cores)
 */
public record LoadShape(String text, Kind kind, double from, double to, Duration at, Duration until,
    boolean multiples) {

  /** The forms of a shape. */
  public enum Kind { STEP, RAMP, WAVE, FLAT }

  /** The names of the shapes, for messages and help. */
  public static final String FORMS = "spike10x, step:1x..10x@1m, ramp:1x..10x@1m..21m, wave:1x..4x, flat:2x";

  private static final String LEVEL = "([0-9]+(?:\\.[0-9]+)?x?)";
  private static final String TIME = "([0-9dhms]+)";
  private static final Pattern STEP = Pattern.compile("step:" + LEVEL + "\\.\\." + LEVEL + "@" + TIME);
  private static final Pattern RAMP = Pattern.compile("ramp:" + LEVEL + "\\.\\." + LEVEL + "@" + TIME + "\\.\\." + TIME);
  private static final Pattern WAVE = Pattern.compile("wave:" + LEVEL + "\\.\\." + LEVEL);
  private static final Pattern FLAT = Pattern.compile("flat:" + LEVEL);

  /** A shape, or why {@code text} is not one ({@code shape} {@code null}). */
  public record Parsed(LoadShape shape, String problem) {}

  /** Reads {@code text} as one of the shapes above. */
  public static Parsed parse(String text) {
    String t = text == null ? "" : text.strip();
    if (t.equals("spike10x")) {
      return new Parsed(new LoadShape(t, Kind.STEP, 1, 10, Duration.ofMinutes(1), null, true), null);
    }
    Matcher m;
    if ((m = STEP.matcher(t)).matches()) {
      return shape(t, Kind.STEP, m.group(1), m.group(2), m.group(3), null);
    }
    if ((m = RAMP.matcher(t)).matches()) {
      return shape(t, Kind.RAMP, m.group(1), m.group(2), m.group(3), m.group(4));
    }
    if ((m = WAVE.matcher(t)).matches()) {
      return shape(t, Kind.WAVE, m.group(1), m.group(2), null, null);
    }
    if ((m = FLAT.matcher(t)).matches()) {
      return shape(t, Kind.FLAT, m.group(1), m.group(1), null, null);
    }
    return new Parsed(null, "is not a load shape (" + FORMS + ") nor a .csv file");
  }

  private static Parsed shape(String text, Kind kind, String from, String to, String at, String until) {
    if (from.endsWith("x") != to.endsWith("x")) {
      return new Parsed(null, "mixes a multiple of the base traffic and cores; write both as `Nx` or both as cores");
    }
    Duration start = at == null ? null : DurationText.parse(at);
    Duration end = until == null ? null : DurationText.parse(until);
    if ((at != null && start == null) || (until != null && end == null)) {
      return new Parsed(null, "has a time that is not a duration such as `1m`, `90s` or `1h30m`");
    }
    if (end != null && end.compareTo(start) <= 0) {
      return new Parsed(null, "ends its ramp at " + until + ", not after it starts at " + at);
    }
    return new Parsed(new LoadShape(text, kind, level(from), level(to), start, end, from.endsWith("x")), null);
  }

  private static double level(String text) {
    return Double.parseDouble(text.endsWith("x") ? text.substring(0, text.length() - 1) : text);
  }

  /** The level at {@code t} after the start, the simulated clock then showing {@code startSecondOfDay} + t. */
  public double level(Duration t, long startSecondOfDay) {
    return switch (kind) {
      case FLAT -> from;
      case STEP -> t.compareTo(at) < 0 ? from : to;
      case RAMP -> t.compareTo(at) <= 0 ? from : t.compareTo(until) >= 0 ? to
          : from + (to - from) * (t.minus(at).toMillis() / (double) until.minus(at).toMillis());
      case WAVE -> {
        double hour = ((startSecondOfDay + t.toSeconds()) % 86_400) / 3_600.0;
        yield from + (to - from) * (1 - Math.cos(2 * Math.PI * (hour - 4) / 24)) / 2;
      }
    };
  }

  /** How long to simulate when nothing says: a day for a wave, else 30 minutes or 10 past the last change. */
  public Duration defaultLength() {
    if (kind == Kind.WAVE) {
      return Duration.ofDays(1);
    }
    Duration last = until != null ? until : at != null ? at : Duration.ZERO;
    Duration after = last.plusMinutes(10);
    return after.compareTo(Duration.ofMinutes(30)) > 0 ? after : Duration.ofMinutes(30);
  }
}
