package dev.scalegen.core.spec;

import java.util.Map;

/**
 * A named variant of the baseline: overrides by tier name, changes to the spec's schedules by
 * schedule name (a schedule not named applies as written), and what it promises about its
 * autoscaled tiers, by tier name ({@code expect}).
 */
public record Scenario(String name, String description, Map<String, TierOverride> tiers,
    Map<String, ScheduleOverride> schedules, Map<String, Promise> expect) {
  public Scenario {
    tiers = Maps.copy(tiers);
    schedules = Maps.copy(schedules);
    expect = Maps.copy(expect);
  }

  /** A scenario that promises nothing. */
  public Scenario(String name, String description, Map<String, TierOverride> tiers,
      Map<String, ScheduleOverride> schedules) {
    this(name, description, tiers, schedules, Map.of());
  }

  /** What a scenario changes on one tier; {@code null} fields keep the baseline. */
  public record TierOverride(Integer replicas, Autoscaling autoscaling, Resources resources, Integer workers,
      Rollout rollout) {}

  /**
   * What a scenario changes on one schedule: {@code off} (written {@code <schedule>: off}), so that
   * the scenario has no jobs for it, or the values it sets in place of the schedule's whole
   * {@code set} (written {@code <schedule>: { set: {...} }}); the window or cron stays.
   *
   * @param set the values by tier name, {@code null} when the schedule is off
   */
  public record ScheduleOverride(Map<String, Schedule.ScheduledValues> set) {
    /** The schedule is switched off in the scenario. */
    public static final ScheduleOverride OFF = new ScheduleOverride(null);

    public ScheduleOverride {
      set = set == null ? null : Maps.copy(set);
    }

    /** Whether the scenario switches the schedule off. */
    public boolean off() {
      return set == null;
    }
  }
}
