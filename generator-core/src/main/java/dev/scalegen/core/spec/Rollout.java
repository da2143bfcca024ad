package dev.scalegen.core.spec;

/**
 * {@code tiers.<tier>.rollout}: how an update of the pod template replaces the tier's pods.
 * Deployments take {@code maxSurge} and {@code maxUnavailable}; StatefulSets take
 * {@code partition} and {@code maxUnavailable}. {@code null} fields were left out (in a scenario's
 * override: keep the baseline's).
 *
 * <p>Deployment defaults, emitted on every Deployment: {@code maxSurge} {@value #DEFAULT_MAX_SURGE_PERCENT}%
 * and {@code maxUnavailable} 0, so that a rollout never has fewer ready pods than the tier's
 * current count (the promise of its PodDisruptionBudget) and needs room for one pod in four (at
 * least one) more. Kubernetes' own default, 25% unavailable, takes 2 of 8 pods and 12 of 50 down
 * at once.
 */
public record Rollout(Amount maxSurge, Amount maxUnavailable, Integer partition) {

  public static final int DEFAULT_MAX_SURGE_PERCENT = 25;
  /** A tier that sets no {@code rollout}. */
  public static final Rollout NONE = new Rollout(null, null, null);

  /** A number of pods, or a percentage of the tier's count (Kubernetes' int-or-string). */
  public record Amount(int value, boolean percent) {

    /** {@code value} pods, or {@code value}% of {@code count} rounded up or down. */
    public int of(int count, boolean roundUp) {
      if (!percent) {
        return value;
      }
      long scaled = (long) value * count;
      return (int) (roundUp ? (scaled + 99) / 100 : scaled / 100);
    }

    public boolean isZero() {
      return value == 0;
    }

    /** As written in a manifest: {@code 25%} or {@code 1}. */
    @Override
    public String toString() {
      return percent ? value + "%" : Integer.toString(value);
    }
  }

  /** Whether the tier sets none of the fields. */
  public boolean isEmpty() {
    return maxSurge == null && maxUnavailable == null && partition == null;
  }

  /** A Deployment's surge: the spec's, or {@value #DEFAULT_MAX_SURGE_PERCENT}%. */
  public Amount maxSurgeOrDefault() {
    return maxSurge != null ? maxSurge : new Amount(DEFAULT_MAX_SURGE_PERCENT, true);
  }

  /** A Deployment's unavailable pods: the spec's, or 0. */
  public Amount deploymentMaxUnavailableOrDefault() {
    return maxUnavailable != null ? maxUnavailable : new Amount(0, false);
  }

  /** A StatefulSet's unavailable pods: the spec's, or Kubernetes' 1. */
  public Amount statefulMaxUnavailableOrDefault() {
    return maxUnavailable != null ? maxUnavailable : new Amount(1, false);
  }

  /** This rollout with the fields set in {@code override} replaced. */
  public Rollout merge(Rollout override) {
    if (override == null) {
      return this;
    }
    return new Rollout(override.maxSurge != null ? override.maxSurge : maxSurge,
        override.maxUnavailable != null ? override.maxUnavailable : maxUnavailable,
        override.partition != null ? override.partition : partition);
  }
}
