package dev.scalegen.core.simulate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A tier's time line as text: a table for people (time, load, utilization against the target,
 * desired and ready pods, the rule that limited the step) and CSV for tools. The table shows the
 * syncs at which something changed (desired, ready, or the limiting rule), and the first and the
 * last; the CSV has every sync.
 */
public final class TimelineTable {

  private TimelineTable() {}

  /** The rows of {@code steps} at which something changed, with the first and the last. */
  public static List<Step> changes(List<Step> steps) {
    List<Step> rows = new ArrayList<>();
    Step before = null;
    for (int i = 0; i < steps.size(); i++) {
      Step s = steps.get(i);
      if (before == null || i == steps.size() - 1 || s.desired() != before.desired() || s.ready() != before.ready()
          || !Objects.equals(s.limitedBy(), before.limitedBy())) {
        rows.add(s);
      }
      before = s;
    }
    return rows;
  }

  /** The table of {@code rows} for {@code tier}, whose first metric is {@code resource}; lines end in {@code \n}. */
  public static String text(String tier, Resource resource, List<Step> rows) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "  %-9s %12s %12s %8s %6s  %s%n", "time", "load", "utilization",
        "desired", "ready", "limited by").replace(System.lineSeparator(), "\n"));
    for (Step s : rows) {
      out.append(String.format(Locale.ROOT, "  %-9s %12s %12s %8d %6d  %s", DurationText.format(s.t()),
          load(s.load(), resource), Math.round(s.utilizationPercent()) + "%/" + s.targetPercent() + "%", s.desired(),
          s.ready(), s.limitedBy() == null ? "" : s.limitedBy()).stripTrailing()).append('\n');
    }
    return out.toString();
  }

  /** The header of {@link #csv}. */
  public static final String CSV_HEADER =
      "tier,seconds,time,load,unit,utilization_percent,target_percent,desired,current,ready,limited_by\n";

  /** Every step of {@code tier} as CSV rows (no header). */
  public static String csv(String tier, Resource resource, List<Step> steps) {
    StringBuilder out = new StringBuilder();
    for (Step s : steps) {
      out.append(tier).append(',').append(s.t().toSeconds()).append(',').append(DurationText.format(s.t()))
          .append(',').append(number(resource == Resource.CPU ? s.load() : s.load() / GIB))
          .append(',').append(resource == Resource.CPU ? "cores" : "GiB")
          .append(',').append(number(s.utilizationPercent())).append(',').append(s.targetPercent())
          .append(',').append(s.desired()).append(',').append(s.current()).append(',').append(s.ready())
          .append(',').append(s.limitedBy() == null ? "" : '"' + s.limitedBy().replace("\"", "\"\"") + '"')
          .append('\n');
    }
    return out.toString();
  }

  /** {@code 5m} after {@code from} for a summary: {@code never} when empty. */
  static String after(java.util.Optional<Duration> d) {
    return d.map(DurationText::format).orElse("never");
  }

  private static final double GIB = 1024.0 * 1024 * 1024;

  private static String load(double value, Resource resource) {
    return resource == Resource.CPU ? String.format(Locale.ROOT, "%.2f cores", value)
        : String.format(Locale.ROOT, "%.1f GiB", value / GIB);
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
