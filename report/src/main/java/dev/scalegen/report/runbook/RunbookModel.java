package dev.scalegen.report.runbook;

import java.util.List;

/**
 * What the runbook template renders: plain values, every name taken from the generated objects.
 * {@code ns} is the namespace flag the commands carry ({@code " -n docvault"}, empty when the spec
 * names no namespace and the sets go to the namespace of the kubectl context). Empty lists leave
 * their sections out of the runbook.
 */
record RunbookModel(
    String app,
    String namespace,
    String ns,
    String specPath,
    String manifests,
    SetView baseline,
    List<SetView> scenarios,
    List<String> setNames,
    List<CapacityRow> capacity,
    List<TierView> tiers,
    List<ScheduleView> schedules,
    List<PlacedView> placed,
    List<AppCommand> appCommands,
    List<String> warnings) {

  boolean hasScenarios() {
    return !scenarios.isEmpty();
  }

  boolean hasSchedules() {
    return !schedules.isEmpty();
  }

  boolean hasPlacement() {
    return !placed.isEmpty();
  }

  /** The node labels of the placements, each once. */
  List<String> nodeLabels() {
    return placed.stream().map(PlacedView::nodeLabel).distinct().toList();
  }

  boolean hasAppCommands() {
    return !appCommands.isEmpty();
  }

  boolean hasWarnings() {
    return !warnings.isEmpty();
  }

  List<TierView> autoscaled() {
    return tiers.stream().filter(t -> t.hpa() != null).toList();
  }

  List<TierView> fixed() {
    return tiers.stream().filter(t -> t.hpa() == null).toList();
  }

  List<TierView> withPdb() {
    return tiers.stream().filter(t -> t.pdb() != null).toList();
  }

  List<TierView> keda() {
    return tiers.stream().filter(t -> t.scaledObject() != null).toList();
  }

  boolean hasKeda() {
    return !keda().isEmpty();
  }

  boolean hasAutoscaled() {
    return !autoscaled().isEmpty();
  }

  boolean hasFixed() {
    return !fixed().isEmpty();
  }

  boolean hasPdb() {
    return !withPdb().isEmpty();
  }

  /**
   * One applyable set: its folder and, for a scenario, what it changes, the schedules it runs
   * ({@code null} for none) and what switching leaves behind.
   */
  record SetView(String name, String folder, String description, List<String> changes, String schedules,
      String cleanup, String cleanupBack) {
    boolean hasChanges() {
      return !changes.isEmpty();
    }
  }

  /** A tier's bounds in every set, one cell per set in the order of {@link #setNames}. */
  record CapacityRow(String tier, List<String> cells) {}

  /** A tier in the baseline, as its objects say. */
  record TierView(String name, String kind, String resource, String workload, String selector, String hpa,
      String range, String targets, String behavior, Integer replicas, String requests, String limits,
      String workers, String pdb, String budget, String service, boolean stateful, String scaledObject,
      String triggers) {
    String replicaCount() {
      return replicas == null ? null : replicas + (replicas == 1 ? " replica" : " replicas");
    }
  }

  /** A schedule: when its two CronJobs run, what they set in each set, and the sets it is off in ({@code null}: none). */
  record ScheduleView(String name, String when, List<JobView> jobs, List<Effect> effects, String off) {
    JobView enter() {
      return jobs.get(0);
    }

    JobView exit() {
      return jobs.get(1);
    }
  }

  /** One CronJob of a schedule. */
  record JobView(String role, String name, String cron, String zone, String local, String utc) {}

  /** What a schedule's jobs set in one set. */
  record Effect(String set, List<String> changes) {}

  /** A tier placed on a node pool. */
  record PlacedView(String tier, String workload, String resource, String selector, String pool, String preset,
      String mode, String nodeLabel, String tolerations, boolean required) {}

  /** A command for the application inside a tier's pods, recognised from its image or command. */
  record AppCommand(String tier, String purpose, String command) {}
}
