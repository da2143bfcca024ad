package dev.scalegen.core.compile;

/**
 * The value of a field that a strategic-merge patch removes: written as {@code null}, which
 * kustomize (and {@code kubectl patch}) read as "delete this field". The only {@code null} the
 * writer emits; an overlay removes {@code spec.replicas} of an adopted workload that now
 * autoscales with it.
 */
public enum RemovedField {
  INSTANCE
}
