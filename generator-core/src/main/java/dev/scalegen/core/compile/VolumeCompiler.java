package dev.scalegen.core.compile;

import dev.scalegen.core.spec.Storage;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.spec.WritablePath;
import io.fabric8.kubernetes.api.model.EmptyDirVolumeSource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeResourceRequirements;
import io.fabric8.kubernetes.api.model.apps.StatefulSetPersistentVolumeClaimRetentionPolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The volumes of a tier and where its container mounts them. {@code storage} (stateful tiers):
 * one volume claim template per entry, named after its key, claiming {@code size} with one access
 * mode (default {@code ReadWriteOnce}) and the storage class when one is named (else the cluster's
 * default class); mounted at {@code mountPath}, read-only for {@code ReadOnlyMany}.
 * {@code storageRetention} becomes the StatefulSet's {@code persistentVolumeClaimRetentionPolicy}
 * (Kubernetes 1.27 and later: {@link PodChecks}). {@code writablePaths}: one {@code emptyDir}
 * volume per entry, named {@code writable-1}, {@code writable-2}, ... in the order of the spec,
 * with its {@code sizeLimit} and {@code medium} when set, mounted at its {@code path}.
 */
final class VolumeCompiler {
  private VolumeCompiler() {}

  /** The container's mounts, storage first, each list in the order of the spec; {@code null} when none. */
  static List<VolumeMount> mounts(Tier tier) {
    List<VolumeMount> mounts = new ArrayList<>();
    for (Storage s : tier.pod().storage().values()) {
      VolumeMount mount = new VolumeMount();
      mount.setName(s.name());
      mount.setMountPath(s.mountPath());
      mount.setReadOnly("ReadOnlyMany".equals(s.accessModeOrDefault()) ? Boolean.TRUE : null);
      mounts.add(mount);
    }
    List<WritablePath> writable = tier.pod().writablePaths();
    for (int i = 0; i < writable.size(); i++) {
      VolumeMount mount = new VolumeMount();
      mount.setName(WritablePath.volumeName(i));
      mount.setMountPath(writable.get(i).path());
      mounts.add(mount);
    }
    return mounts.isEmpty() ? null : mounts;
  }

  /** The pod's volumes: an {@code emptyDir} per writable path; {@code null} when none. */
  static List<Volume> volumes(Tier tier) {
    List<Volume> volumes = new ArrayList<>();
    List<WritablePath> writable = tier.pod().writablePaths();
    for (int i = 0; i < writable.size(); i++) {
      WritablePath w = writable.get(i);
      EmptyDirVolumeSource emptyDir = new EmptyDirVolumeSource();
      emptyDir.setMedium(w.medium());
      emptyDir.setSizeLimit(w.sizeLimit() == null ? null : new Quantity(w.sizeLimit()));
      Volume volume = new Volume();
      volume.setName(WritablePath.volumeName(i));
      volume.setEmptyDir(emptyDir);
      volumes.add(volume);
    }
    return volumes.isEmpty() ? null : volumes;
  }

  /** The StatefulSet's volume claim templates; {@code null} when the tier has no storage. */
  static List<PersistentVolumeClaim> claimTemplates(Tier tier) {
    List<PersistentVolumeClaim> claims = new ArrayList<>();
    for (Storage s : tier.pod().storage().values()) {
      PersistentVolumeClaimSpec spec = new PersistentVolumeClaimSpec();
      spec.setAccessModes(new ArrayList<>(List.of(s.accessModeOrDefault())));
      spec.setStorageClassName(s.storageClass());
      Map<String, Quantity> requests = new LinkedHashMap<>();
      requests.put("storage", new Quantity(s.size()));
      VolumeResourceRequirements resources = new VolumeResourceRequirements();
      resources.setRequests(requests);
      spec.setResources(resources);
      ObjectMeta meta = new ObjectMeta();
      meta.setName(s.name());
      PersistentVolumeClaim claim = new PersistentVolumeClaim();
      claim.setMetadata(meta);
      claim.setSpec(spec);
      claims.add(claim);
    }
    return claims.isEmpty() ? null : claims;
  }

  /** The StatefulSet's claim retention policy; {@code null} when the spec sets none. */
  static StatefulSetPersistentVolumeClaimRetentionPolicy retention(Tier tier) {
    Storage.Retention r = tier.pod().storageRetention();
    if (r == null) {
      return null;
    }
    StatefulSetPersistentVolumeClaimRetentionPolicy policy = new StatefulSetPersistentVolumeClaimRetentionPolicy();
    policy.setWhenDeleted(r.whenDeleted());
    policy.setWhenScaled(r.whenScaled());
    return policy;
  }
}
