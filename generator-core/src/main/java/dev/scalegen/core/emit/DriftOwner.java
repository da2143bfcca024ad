package dev.scalegen.core.emit;

import dev.scalegen.core.Options;
import dev.scalegen.core.spec.Scenario;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.SourceMap;
import java.util.Set;

/**
 * The part of a spec that makes a generated file, as a JSON pointer, following {@link FileLayout}:
 * {@code SET/TIER/...} comes from {@code /tiers/TIER}; {@code SET/scheduler/cronjob-NAME-enter.yaml}
 * (and {@code -exit}) from {@code /schedules/NAME}; the scheduler's account and role from
 * {@code /schedules}; a scenario's {@code kustomization.yaml} from {@code /scenarios/NAME}, the
 * baseline's from {@code /tiers}. In a scenario's folder, a file comes from the scenario's own
 * override of the tier or schedule when it has one and the baseline's same file did not drift
 * (then the edit was in the scenario). A file of a tier, schedule or scenario that the spec no
 * longer has comes from the map that held it; anything else from the spec's root.
 */
final class DriftOwner {
  private final ScalingSpec spec;
  private final Set<String> baseDrift;

  /** @param baseDrift the paths, below {@code base/}, of the baseline's files that drifted */
  DriftOwner(ScalingSpec spec, Set<String> baseDrift) {
    this.spec = spec;
    this.baseDrift = baseDrift;
  }

  /** The pointer of the part of the spec that makes {@code path} (relative to the output directory). */
  String of(String path) {
    int slash = path.indexOf('/');
    if (slash < 0) {
      return "";
    }
    String set = path.substring(0, slash);
    String inSet = path.substring(slash + 1);
    Scenario scenario = spec.scenarios().get(set);
    if (!set.equals(Options.BASELINE) && scenario == null) {
      return "/scenarios";
    }
    int second = inSet.indexOf('/');
    if (second < 0) {
      return scenario == null ? "/tiers" : scenarioPointer(set);
    }
    String folder = inSet.substring(0, second);
    String file = inSet.substring(second + 1);
    if (folder.equals("scheduler")) {
      String schedule = scheduleOf(file);
      if (schedule == null) {
        return "/schedules";
      }
      boolean overridden = scenario != null && scenario.schedules().containsKey(schedule);
      return own(set, "schedules", schedule, overridden, inSet);
    }
    if (!spec.tiers().containsKey(folder)) {
      return "/tiers";
    }
    return own(set, "tiers", folder, scenario != null && scenario.tiers().containsKey(folder), inSet);
  }

  private String own(String set, String map, String name, boolean overridden, String inSet) {
    if (overridden && !baseDrift.contains(inSet)) {
      return SourceMap.child(SourceMap.child(scenarioPointer(set), map), name);
    }
    return SourceMap.child("/" + map, name);
  }

  private static String scenarioPointer(String set) {
    return SourceMap.child("/scenarios", set);
  }

  /** The schedule of a CronJob's file ({@code cronjob-night-enter.yaml}), or {@code null}. */
  private String scheduleOf(String file) {
    if (!file.startsWith("cronjob-") || !file.endsWith(".yaml")) {
      return null;
    }
    String name = file.substring("cronjob-".length(), file.length() - ".yaml".length());
    if (spec.schedules().containsKey(name)) {
      return name;
    }
    for (String edge : new String[] {"-enter", "-exit"}) {
      if (name.endsWith(edge) && spec.schedules().containsKey(name.substring(0, name.length() - edge.length()))) {
        return name.substring(0, name.length() - edge.length());
      }
    }
    return null;
  }
}
