package dev.scalegen.core.spec;

import java.util.Map;

/**
 * A whole scaling spec, typed. Maps keep the order of the file. Fields the user left out are
 * {@code null} (scalars and records) or empty (maps and lists); defaults are applied by the
 * compiler, in one documented place, not here. {@link #source()} says where every node came from.
 * {@link #base()} is the path of the team's own manifests (relative to the spec), or {@code null}
 * when every tier is generated.
 */
public record ScalingSpec(
    Metadata metadata,
    Map<String, NodePool> nodePools,
    Map<String, Tier> tiers,
    Map<String, Schedule> schedules,
    Map<String, Scenario> scenarios,
    Scheduler scheduler,
    String base,
    SourceMap source) {

  /** Whether the spec lays scaling over the team's own manifests (overlay mode). */
  public boolean overlay() {
    return base != null;
  }

  public ScalingSpec {
    scheduler = scheduler == null ? new Scheduler(null) : scheduler;
    nodePools = Maps.copy(nodePools);
    tiers = Maps.copy(tiers);
    schedules = Maps.copy(schedules);
    scenarios = Maps.copy(scenarios);
  }
}
