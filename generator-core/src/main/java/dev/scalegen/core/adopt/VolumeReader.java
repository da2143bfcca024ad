package dev.scalegen.core.adopt;

import dev.scalegen.core.spec.Storage;
import dev.scalegen.core.spec.WritablePath;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The main container's volume mounts that the spec can say: an {@code emptyDir} is a writable path
 * (with its size limit and medium), a StatefulSet's volume claim template is a {@code storage}
 * volume (size, class, access mode). Other volumes (ConfigMaps, Secrets, claims of a Deployment,
 * host paths) and mounts of a sub-path are {@code SG408}.
 */
final class VolumeReader {

  /** The writable paths and storage volumes found, in the order of the mounts. */
  record Volumes(List<WritablePath> writablePaths, Map<String, Storage> storage) {}

  private VolumeReader() {}

  static Volumes read(Findings findings, PodSpec pod, Container c, String at, List<PersistentVolumeClaim> claims) {
    List<WritablePath> writable = new ArrayList<>();
    Map<String, Storage> storage = new LinkedHashMap<>();
    List<VolumeMount> mounts = c.getVolumeMounts() == null ? List.of() : c.getVolumeMounts();
    List<Volume> volumes = pod.getVolumes() == null ? List.of() : pod.getVolumes();
    for (int i = 0; i < mounts.size(); i++) {
      VolumeMount m = mounts.get(i);
      String pointer = at + "/volumeMounts/" + i;
      Volume v = volumes.stream().filter(x -> m.getName().equals(x.getName())).findFirst().orElse(null);
      PersistentVolumeClaim claim = claims.stream().filter(x -> m.getName().equals(x.getMetadata().getName()))
          .findFirst().orElse(null);
      if (m.getSubPath() != null || m.getSubPathExpr() != null) {
        findings.notCarried(pointer, "mount `" + m.getName() + "` of a sub-path at `" + m.getMountPath() + "`",
            "the spec mounts whole volumes; keep this mount in the manifests by hand");
      } else if (v != null && v.getEmptyDir() != null) {
        writable.add(new WritablePath(m.getMountPath(), quantity(v.getEmptyDir().getSizeLimit()),
            "Memory".equals(v.getEmptyDir().getMedium()) ? "Memory" : null));
      } else if (v == null && claim != null) {
        var spec = claim.getSpec();
        String size = spec.getResources() == null || spec.getResources().getRequests() == null ? null
            : quantity(spec.getResources().getRequests().get("storage"));
        String mode = spec.getAccessModes() == null || spec.getAccessModes().isEmpty() ? null : spec.getAccessModes().get(0);
        storage.put(m.getName(), new Storage(m.getName(), size, m.getMountPath(), spec.getStorageClassName(),
            Storage.DEFAULT_ACCESS_MODE.equals(mode) ? null : mode));
      } else {
        findings.notCarried(pointer, "volume `" + m.getName() + "`" + kind(v) + " at `" + m.getMountPath() + "`",
            "the spec carries emptyDir volumes (`writablePaths`) and a StatefulSet's claims (`storage`); "
                + "mount this one in the manifests by hand");
      }
    }
    return new Volumes(writable, storage);
  }

  private static String kind(Volume v) {
    if (v == null) {
      return "";
    }
    if (v.getConfigMap() != null) {
      return " (a ConfigMap)";
    }
    if (v.getSecret() != null) {
      return " (a Secret)";
    }
    if (v.getPersistentVolumeClaim() != null) {
      return " (the claim `" + v.getPersistentVolumeClaim().getClaimName() + "`)";
    }
    return "";
  }

  static String quantity(Quantity q) {
    return q == null ? null : q.getAmount() + (q.getFormat() == null ? "" : q.getFormat());
  }
}
