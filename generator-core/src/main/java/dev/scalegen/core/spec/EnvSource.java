package dev.scalegen.core.spec;

/**
 * Where an environment variable's value comes from, referenced and never copied: a key of a
 * Secret or ConfigMap ({@code env.<NAME>: {secret|configMap, key, optional}}), or, for
 * {@code envFrom}, every key of one ({@code {secret|configMap, prefix, optional}}; {@code key} is
 * then {@code null}). A valid source names exactly one of {@code secret} and {@code configMap}.
 */
public record EnvSource(String secret, String configMap, String key, String prefix, Boolean optional) {

  /** How many of {@code secret} and {@code configMap} the source names: 1 when valid. */
  public int sources() {
    return (secret != null ? 1 : 0) + (configMap != null ? 1 : 0);
  }
}
