package dev.scalegen.core.compile;

import dev.scalegen.core.Options;
import dev.scalegen.core.spec.Metadata;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Schedule;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.validate.rules.ZoneChanges;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The objects that run the schedules of one set, in the folder {@value #FOLDER}: the
 * ServiceAccount, Role and RoleBinding ({@code <app>-scheduler}), then for each schedule in the
 * order of the spec the CronJob that enters it ({@code <app>-<schedule>-enter}) and the one that
 * leaves it ({@code <app>-<schedule>-exit}). The spec given is the set's effective spec
 * ({@link dev.scalegen.core.spec.ScenarioResolver.EffectiveSet#applyTo}), so exit jobs restore the set's own values.
 */
final class ScheduleCompiler {

  static final String FOLDER = "scheduler";
  static final String COMPONENT = "scheduler";

  private ScheduleCompiler() {}

  /** The kubectl image used when the spec names none: see {@link KubectlImage}. */
  static String defaultImage(Options options) {
    return KubectlImage.forTarget(options).image();
  }

  static Optional<CompiledTier> compile(ScalingSpec spec, Options options) {
    return compile(spec, options, Map.of());
  }

  /**
   * As {@link #compile(ScalingSpec, Options)}, the jobs patching the objects named in
   * {@code objectNames} (by tier: an adopted workload's real name and its HPA's) instead of
   * {@code <app>-<tier>}.
   */
  static Optional<CompiledTier> compile(ScalingSpec spec, Options options, Map<String, String> objectNames) {
    if (spec.schedules().isEmpty()) {
      return Optional.empty();
    }
    Metadata metadata = spec.metadata();
    String image = spec.scheduler().image() != null ? spec.scheduler().image() : defaultImage(options);
    String accountName = metadata.name() + "-" + COMPONENT;
    TierIdentity account = identity(metadata, COMPONENT, accountName, accountName);
    List<SchedulePatch> all = new ArrayList<>();
    List<HasMetadata> jobs = new ArrayList<>();
    ZoneChanges.ByZone zones = new ZoneChanges.ByZone();
    for (Schedule schedule : spec.schedules().values()) {
      List<SchedulePatch> patches = new ArrayList<>();
      schedule.set().forEach((tierName, values) -> {
        Tier tier = spec.tiers().get(tierName);
        patches.add(SchedulePatch.of(tier, objectNames.getOrDefault(tierName, metadata.name() + "-" + tierName), values));
      });
      all.addAll(patches);
      ScheduleTiming timing = ScheduleTiming.of(schedule, zones);
      String prefix = metadata.name() + "-" + schedule.name();
      jobs.add(CronJobCompiler.compile(jobIdentity(metadata, schedule.name(), prefix + "-enter"),
          timing, account.name(), image, patches, true));
      jobs.add(CronJobCompiler.compile(jobIdentity(metadata, schedule.name(), prefix + "-exit"),
          timing, account.name(), image, patches, false));
    }
    List<HasMetadata> objects = new ArrayList<>(SchedulerRbacCompiler.compile(account, all));
    objects.addAll(jobs);
    return Optional.of(new CompiledTier(FOLDER, objects));
  }

  /**
   * Names and labels of a schedule's CronJob, its jobs and their pods: {@code name} is the schedule and
   * {@code instance} the CronJob's name, {@code <app>-<schedule>-enter} or {@code -exit}. A tier's
   * selector is always {@code name: <tier>, instance: <app>-<tier>}, an instance equal to the app and
   * the name joined by {@code -}; a job pod's instance is that plus {@code -enter} or {@code -exit},
   * so no job pod matches the selector of a Deployment, StatefulSet, Service, PDB or HPA of its app,
   * whatever the names (a schedule named like a tier once made the kubectl pods count as the tier's).
   * The job side changes, not the tiers': a workload's selector is immutable.
   */
  private static TierIdentity jobIdentity(Metadata metadata, String schedule, String cronJobName) {
    return identity(metadata, schedule, cronJobName, cronJobName);
  }

  /** Names and labels of a scheduler object (rule 8), like a tier's: {@code name} is the schedule. */
  private static TierIdentity identity(Metadata metadata, String name, String instance, String objectName) {
    Map<String, String> selector = new TreeMap<>();
    selector.put(TierIdentity.NAME, name);
    selector.put(TierIdentity.INSTANCE, instance);
    Map<String, String> labels = new TreeMap<>(metadata.labels());
    labels.putAll(selector);
    labels.put(TierIdentity.COMPONENT, COMPONENT);
    labels.put(TierIdentity.PART_OF, metadata.name());
    labels.put(TierIdentity.MANAGED_BY, "scalegen");
    return new TierIdentity(name, objectName, metadata.namespace(), labels, selector, metadata.annotations());
  }
}
