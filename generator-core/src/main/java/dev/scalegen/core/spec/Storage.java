package dev.scalegen.core.spec;

/**
 * One persistent volume of a stateful tier: {@code tiers.<tier>.storage.<name>}. It becomes a
 * volume claim template of the tier's StatefulSet (one PersistentVolumeClaim per pod) and a mount
 * of its container. {@code size} is the quantity as written; {@code null} fields were left out
 * (the compiler applies the defaults: access mode {@value #DEFAULT_ACCESS_MODE}, the cluster's
 * default storage class).
 */
public record Storage(String name, String size, String mountPath, String storageClass, String accessMode) {

  public static final String DEFAULT_ACCESS_MODE = "ReadWriteOnce";

  /** The access mode to claim: the spec's, or {@value #DEFAULT_ACCESS_MODE}. */
  public String accessModeOrDefault() {
    return accessMode != null ? accessMode : DEFAULT_ACCESS_MODE;
  }

  /**
   * {@code tiers.<tier>.storageRetention}: what happens to the claims when the StatefulSet is
   * deleted or scaled down ({@code Retain} or {@code Delete}); {@code null} keeps Kubernetes'
   * default, {@code Retain}.
   */
  public record Retention(String whenDeleted, String whenScaled) {}
}
