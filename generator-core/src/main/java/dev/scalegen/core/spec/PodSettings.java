package dev.scalegen.core.spec;

import java.util.List;
import java.util.Map;

/**
 * What a tier says about its pods beyond scaling: storage, writable paths, probes, its Service,
 * identity (service account, image pull secrets), environment from Secrets and ConfigMaps
 * ({@code envRefs}: the entries of {@code env} that are references, by name; the literal ones are
 * {@link Tier#env()}), graceful stop, rollout ({@link Rollout#NONE} when left out), zone spread
 * ({@code null} when left out or {@code false}) and the {@code podTemplate} fragment merged into the
 * pod ({@link PodTemplate}). Empty maps and {@code null}s mean the user left the field out.
 */
public record PodSettings(
    Map<String, Storage> storage,
    Storage.Retention storageRetention,
    List<WritablePath> writablePaths,
    Probe.Probes probes,
    ServiceSettings service,
    String serviceAccountName,
    List<String> imagePullSecrets,
    Map<String, EnvSource> envRefs,
    List<EnvSource> envFrom,
    Integer terminationGracePeriodSeconds,
    Integer preStopSleepSeconds,
    Rollout rollout,
    ZoneSpread zoneSpread,
    PodTemplate podTemplate) {

  /** Kubernetes' default grace period, when the tier sets none. */
  public static final int DEFAULT_GRACE_SECONDS = 30;

  /** A tier that sets none of these fields. */
  public static final PodSettings NONE = new PodSettings(Map.of(), null, List.of(), Probe.Probes.NONE,
      ServiceSettings.DEFAULTS, null, List.of(), Map.of(), List.of(), null, null, Rollout.NONE, null, null);

  public PodSettings {
    imagePullSecrets = Maps.copy(imagePullSecrets);
    envRefs = Maps.copy(envRefs);
    envFrom = Maps.copy(envFrom);
    probes = probes == null ? Probe.Probes.NONE : probes;
    service = service == null ? ServiceSettings.DEFAULTS : service;
    storage = Maps.copy(storage);
    writablePaths = Maps.copy(writablePaths);
    rollout = rollout == null ? Rollout.NONE : rollout;
  }

  /** These settings with {@code override}'s rollout fields merged in (a scenario's). */
  public PodSettings withRollout(Rollout override) {
    if (override == null) {
      return this;
    }
    return new PodSettings(storage, storageRetention, writablePaths, probes, service, serviceAccountName,
        imagePullSecrets, envRefs, envFrom, terminationGracePeriodSeconds, preStopSleepSeconds, rollout.merge(override),
        zoneSpread, podTemplate);
  }

  /** The grace period the pods get: the spec's, or Kubernetes' default of 30 s. */
  public int gracePeriodOrDefault() {
    return terminationGracePeriodSeconds != null ? terminationGracePeriodSeconds : DEFAULT_GRACE_SECONDS;
  }

  /** Whether the tier's container mounts at least one volume. */
  public boolean mountsVolumes() {
    return !storage.isEmpty() || !writablePaths.isEmpty();
  }
}
