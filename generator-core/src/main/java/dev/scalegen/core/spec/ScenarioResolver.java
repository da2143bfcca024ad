package dev.scalegen.core.spec;

import dev.scalegen.core.Options;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves a set: the baseline ({@value Options#BASELINE}), or the baseline with a scenario's
 * overrides merged in. Each effective tier comes with the origin of each value it scales by, so that
 * a reader can tell where a number came from: the baseline, the scenario's override (each with the
 * spec pointer that {@link SourceMap} turns into a line), or the Kubernetes default. Overrides
 * replace field by field ({@link Autoscaling#merge}, {@link Resources#merge}, {@link Rollout#merge}); {@code workers}
 * overrides only the count. A scenario switches schedules off or sets other values in them
 * ({@link #schedules}). Pure; tolerates specs that failed validation.
 */
public final class ScenarioResolver {

  /** Where an effective value came from. */
  public enum Source { BASELINE, SCENARIO, DEFAULT }

  /** The origin of one value: its source and the spec pointer of the value ({@code null} for a default). */
  public record Origin(Source source, String pointer) {}

  /**
   * A tier as a set renders it, and the origin of each value by field path ({@code replicas},
   * {@code autoscaling.min}, {@code resources.requests.cpu}, {@code workers.count}, ...).
   */
  public record EffectiveTier(Tier tier, Map<String, Origin> origins) {
    public EffectiveTier {
      origins = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(origins));
    }

    /**
     * The value of each tracked field, as text ({@code 70%}, {@code fast-up}, {@code 2Gi}), by the
     * same field paths as {@link #origins()}; every field is present, {@code null} when unset.
     */
    public Map<String, String> values() {
      Tier t = tier;
      Autoscaling a = t.autoscaling();
      Resources r = t.resources() == null ? new Resources(null, null) : t.resources();
      Map<String, String> v = new LinkedHashMap<>();
      v.put("replicas", string(t.replicas()));
      v.put("autoscaling.min", a == null ? null : string(a.min()));
      v.put("autoscaling.max", a == null ? null : string(a.max()));
      v.put("autoscaling.cpu", a == null || a.cpu() == null ? null : a.cpu() + "%");
      v.put("autoscaling.memory", a == null || a.memory() == null ? null : a.memory() + "%");
      v.put("autoscaling.behavior", a == null || a.behavior() == null ? null
          : a.behavior().preset() != null ? a.behavior().preset() : "custom policies");
      v.put("resources.requests.cpu", r.requestsOrEmpty().cpu());
      v.put("resources.requests.memory", r.requestsOrEmpty().memory());
      v.put("resources.limits.cpu", r.limitsOrEmpty().cpu());
      v.put("resources.limits.memory", r.limitsOrEmpty().memory());
      v.put("workers.count", t.workers() == null ? null : string(t.workers().count()));
      return v;
    }

    private static String string(Integer value) {
      return value == null ? null : value.toString();
    }
  }

  /** A resolved set: its name, its scenario ({@code null} for the baseline) and its tiers in spec order. */
  public record EffectiveSet(String name, Scenario scenario, Map<String, EffectiveTier> tiers) {
    public EffectiveSet {
      tiers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tiers));
    }

    /** {@code spec} with its tiers replaced by this set's effective tiers. */
    public ScalingSpec applyTo(ScalingSpec spec) {
      Map<String, Tier> effective = new LinkedHashMap<>();
      tiers.forEach((name, t) -> effective.put(name, t.tier()));
      return withTiers(spec, effective, scenario);
    }
  }

  private ScenarioResolver() {}

  /** The sets {@code options} asks for, the baseline first, then scenarios in the order of the spec. */
  public static List<EffectiveSet> resolveAll(ScalingSpec spec, Options options) {
    List<EffectiveSet> sets = new ArrayList<>();
    for (String name : names(spec, options)) {
      sets.add(resolve(spec, name));
    }
    return sets;
  }

  /** The names of the sets {@code options} asks for, the baseline first, then scenarios in the order of the spec. */
  public static List<String> names(ScalingSpec spec, Options options) {
    List<String> names = new ArrayList<>();
    if (options.renders(Options.BASELINE)) {
      names.add(Options.BASELINE);
    }
    for (String name : spec.scenarios().keySet()) {
      if (options.renders(name)) {
        names.add(name);
      }
    }
    return names;
  }

  /**
   * The spec as set {@code name} renders it: {@link #resolve}{@code (spec, name).applyTo(spec)}
   * without the origins, which only explain and diff read (looking them up is most of the cost of
   * resolving a set of 1,000 tiers).
   */
  public static ScalingSpec effectiveSpec(ScalingSpec spec, String name) {
    Scenario scenario = spec.scenarios().get(name);
    if (scenario == null && !Options.BASELINE.equals(name)) {
      throw new IllegalArgumentException("no scenario named " + name);
    }
    if (scenario == null) {
      return spec;
    }
    Map<String, Tier> tiers = new LinkedHashMap<>();
    for (Tier tier : spec.tiers().values()) {
      Scenario.TierOverride override = scenario.tiers().get(tier.name());
      tiers.put(tier.name(), override == null ? tier : merge(tier, override));
    }
    return withTiers(spec, tiers, scenario);
  }

  private static ScalingSpec withTiers(ScalingSpec spec, Map<String, Tier> tiers, Scenario scenario) {
    return new ScalingSpec(spec.metadata(), spec.nodePools(), tiers, schedules(spec, scenario), spec.scenarios(),
        spec.scheduler(), spec.base(), spec.source());
  }

  /**
   * The schedules a set runs, in the order of the spec: the spec's, less those that {@code scenario}
   * switches off, with the values it sets in place of a schedule's {@code set}. All of the spec's for
   * the baseline ({@code scenario} {@code null}).
   */
  public static Map<String, Schedule> schedules(ScalingSpec spec, Scenario scenario) {
    if (scenario == null || scenario.schedules().isEmpty()) {
      return spec.schedules();
    }
    Map<String, Schedule> schedules = new LinkedHashMap<>();
    for (Schedule schedule : spec.schedules().values()) {
      Scenario.ScheduleOverride override = scenario.schedules().get(schedule.name());
      if (override == null) {
        schedules.put(schedule.name(), schedule);
      } else if (!override.off()) {
        schedules.put(schedule.name(), new Schedule(schedule.name(), schedule.window(), schedule.cron(), override.set()));
      }
    }
    return schedules;
  }

  /** The names in {@code names} that are neither {@value Options#BASELINE} nor a scenario of the spec. */
  public static List<String> unknown(ScalingSpec spec, List<String> names) {
    return names.stream().filter(n -> !n.equals(Options.BASELINE) && !spec.scenarios().containsKey(n)).toList();
  }

  /**
   * The set named {@code name}: {@value Options#BASELINE} or a scenario of the spec.
   *
   * @throws IllegalArgumentException for another name (check with {@link #unknown} first)
   */
  public static EffectiveSet resolve(ScalingSpec spec, String name) {
    Scenario scenario = spec.scenarios().get(name);
    if (scenario == null && !Options.BASELINE.equals(name)) {
      throw new IllegalArgumentException("no scenario named " + name);
    }
    Map<String, EffectiveTier> tiers = new LinkedHashMap<>();
    for (Tier tier : spec.tiers().values()) {
      Scenario.TierOverride override = scenario == null ? null : scenario.tiers().get(tier.name());
      tiers.put(tier.name(), effective(spec.source(), tier, scenario, override));
    }
    return new EffectiveSet(name, scenario, tiers);
  }

  private static EffectiveTier effective(SourceMap source, Tier tier, Scenario scenario, Scenario.TierOverride o) {
    String base = SourceMap.child("/tiers", tier.name());
    String over = o == null ? null
        : SourceMap.child(SourceMap.child("/scenarios", scenario.name()) + "/tiers", tier.name());
    Map<String, Origin> origins = new LinkedHashMap<>();
    Tier t = o == null ? tier : merge(tier, o);
    for (String field : FIELDS) {
      String path = "/" + field.replace('.', '/');
      if (over != null && source.node(over + path) != null) {
        origins.put(field, new Origin(Source.SCENARIO, over + path));
      } else if (source.node(base + path) != null) {
        origins.put(field, new Origin(Source.BASELINE, base + path));
      } else if (field.equals("autoscaling.min") && t.autoscaled()) {
        origins.put(field, new Origin(Source.DEFAULT, null));
      }
    }
    return new EffectiveTier(t, origins);
  }

  /** {@code tier} with a scenario's override merged in. */
  private static Tier merge(Tier tier, Scenario.TierOverride o) {
    Autoscaling autoscaling = tier.autoscaling() == null ? null : tier.autoscaling().merge(o.autoscaling());
    Resources resources = tier.resources() == null ? o.resources() : tier.resources().merge(o.resources());
    Tier.Workers workers = tier.workers() == null || o.workers() == null ? tier.workers()
        : new Tier.Workers(o.workers(), tier.workers().arg(), tier.workers().env());
    Integer replicas = o.replicas() != null && tier.autoscaling() == null ? o.replicas() : tier.replicas();
    return new Tier(tier.name(), tier.image(), tier.command(), tier.args(), tier.port(), tier.env(), workers,
        resources, replicas, autoscaling, tier.placement(), tier.stateful(), tier.labels(), tier.annotations(),
        tier.securityContext(), tier.pod().withRollout(o.rollout()), tier.adopt());
  }

  /** The fields whose origin is tracked, as {@code .}-separated paths below the tier. */
  static final List<String> FIELDS = List.of("replicas", "autoscaling.min", "autoscaling.max", "autoscaling.cpu",
      "autoscaling.memory", "autoscaling.behavior", "resources.requests.cpu", "resources.requests.memory",
      "resources.limits.cpu", "resources.limits.memory", "workers.count");
}
