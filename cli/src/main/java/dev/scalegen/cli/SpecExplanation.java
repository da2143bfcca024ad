package dev.scalegen.cli;

import dev.scalegen.core.spec.NodePool;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Scenario;
import dev.scalegen.core.spec.ScenarioResolver;
import dev.scalegen.core.spec.ScenarioResolver.EffectiveSet;
import dev.scalegen.core.spec.ScenarioResolver.EffectiveTier;
import dev.scalegen.core.spec.ScenarioResolver.Origin;
import dev.scalegen.core.spec.Schedule;
import dev.scalegen.core.spec.SourceMap;
import dev.scalegen.core.spec.Tier;
import java.util.ArrayList;
import java.util.List;

/**
 * The table that {@code scalegen explain SPEC} prints: for each set and tier, the effective value of
 * each field that scales it and where that value came from (the baseline, a scenario override, a
 * default), then what each schedule sets on it. Presentation only: the values and their origins come
 * from the core's {@link ScenarioResolver}.
 */
final class SpecExplanation {

  private record Row(String tier, String field, String value, String from) {}

  private final ScalingSpec spec;
  private final String file;

  SpecExplanation(ScalingSpec spec, String file) {
    this.spec = spec;
    this.file = file;
  }

  /** The table of one set, limited to {@code onlyTier} when it is not {@code null}. */
  String render(EffectiveSet set, String onlyTier) {
    List<Row> rows = new ArrayList<>();
    for (EffectiveTier effective : set.tiers().values()) {
      Tier t = effective.tier();
      if (onlyTier == null || onlyTier.equals(t.name())) {
        rows(effective, set.scenario(), rows);
      }
    }
    String title = set.scenario() == null ? "set " + set.name() + " (the baseline)"
        : "set " + set.name() + (set.scenario().description() == null ? "" : ": " + set.scenario().description());
    return title + "\n" + table(rows);
  }

  /** The rows of one tier in the set of {@code scenario} ({@code null}: the baseline), with that set's schedules. */
  private void rows(EffectiveTier effective, Scenario scenario, List<Row> rows) {
    Tier t = effective.tier();
    String name = t.name() + (t.stateful() ? " (stateful)" : "");
    java.util.Map<String, String> values = effective.values();
    List<String> fields = t.autoscaled()
        ? List.of("autoscaling.min", "autoscaling.max", "autoscaling.cpu", "autoscaling.memory", "autoscaling.behavior")
        : List.of("replicas");
    for (String field : fields) {
      add(rows, name, effective, field, values.get(field));
    }
    for (String field : List.of("resources.requests.cpu", "resources.requests.memory", "resources.limits.cpu",
        "resources.limits.memory")) {
      add(rows, name, effective, field, values.get(field));
    }
    if (t.workers() != null) {
      String how = t.workers().arg() != null ? t.workers().arg() + " " + values.get("workers.count")
          : t.workers().env() + "=" + values.get("workers.count");
      add(rows, name, effective, "workers.count", how);
    }
    if (t.placement() != null) {
      NodePool pool = spec.nodePools().get(t.placement().pool());
      String mode = t.placement().mode() == null ? "preferred" : t.placement().mode();
      rows.add(new Row(name, "placement", t.placement().pool() + " (" + (pool == null ? "?" : pool.preset()) + ", " + mode
          + ")", "baseline " + line(SourceMap.child("/tiers", t.name()) + "/placement")));
    }
    for (Schedule schedule : ScenarioResolver.schedules(spec, scenario).values()) {
      Schedule.ScheduledValues v = schedule.set().get(t.name());
      if (v == null) {
        continue;
      }
      boolean own = scenario != null && scenario.schedules().containsKey(schedule.name());
      String at = SourceMap.child(SourceMap.child(own ? SourceMap.child("/scenarios", scenario.name()) + "/schedules"
          : "/schedules", schedule.name()) + "/set", t.name());
      String when = when(schedule);
      for (String[] f : new String[][] {{"min", str(v.min())}, {"max", str(v.max())}, {"replicas", str(v.replicas())}}) {
        if (f[1] != null) {
          String field = ("replicas".equals(f[0]) ? "replicas" : "autoscaling." + f[0]) + " @ " + schedule.name();
          rows.add(new Row(name, field, f[1], "schedule " + when + ", " + line(at + "/" + f[0])));
        }
      }
    }
  }

  /** {@code 22:00-06:00 Mon-Fri Europe/Berlin}, or {@code cron "0 20 * * 5" to "0 6 * * 1" Europe/Berlin}. */
  private static String when(Schedule schedule) {
    Schedule.Window w = schedule.window();
    if (w != null) {
      return w.from() + "-" + w.to() + " " + (w.days() == null ? "Mon-Sun" : w.days()) + " " + w.timeZone();
    }
    Schedule.Cron c = schedule.cron();
    return c == null ? "cron ?" : "cron \"" + c.enter() + "\" to \"" + c.exit() + "\" " + c.timeZone();
  }

  private void add(List<Row> rows, String tier, EffectiveTier effective, String field, String value) {
    Origin origin = effective.origins().get(field);
    String from;
    if (origin == null) {
      from = value == null ? "not set" : "default";
    } else if (origin.source() == ScenarioResolver.Source.DEFAULT || origin.pointer() == null) {
      from = "default";
    } else {
      from = (origin.source() == ScenarioResolver.Source.SCENARIO ? "scenario " : "baseline ") + line(origin.pointer());
    }
    if (value == null && "autoscaling.behavior".equals(field)) {
      value = "Kubernetes defaults";
      from = "default";
    }
    rows.add(new Row(tier, field, value == null ? "-" : value, from));
  }

  private String line(String pointer) {
    var at = spec.source().valueAt(pointer);
    return file + ":" + at.line();
  }

  private static String str(Integer i) {
    return i == null ? null : String.valueOf(i);
  }

  private static String table(List<Row> rows) {
    String[] head = {"TIER", "FIELD", "VALUE", "FROM"};
    int[] w = {head[0].length(), head[1].length(), head[2].length()};
    for (Row r : rows) {
      w[0] = Math.max(w[0], r.tier().length());
      w[1] = Math.max(w[1], r.field().length());
      w[2] = Math.max(w[2], r.value().length());
    }
    StringBuilder b = new StringBuilder();
    String format = "  %-" + w[0] + "s  %-" + w[1] + "s  %-" + w[2] + "s  %s%n";
    b.append(String.format(format, (Object[]) head));
    String previous = null;
    for (Row r : rows) {
      b.append(String.format(format, r.tier().equals(previous) ? "" : r.tier(), r.field(), r.value(), r.from()));
      previous = r.tier();
    }
    return b.toString();
  }
}
