package dev.scalegen.core.spec;

/**
 * {@code tiers.<tier>.zoneSpread}: spread the tier's pods over the zones of the cluster (a
 * topology spread constraint on {@value #TOPOLOGY_KEY}). Written {@code true} (every default) or
 * as a mapping; {@code null} fields were left out: {@code maxSkew} 1, {@code whenUnsatisfiable}
 * {@value #DEFAULT_WHEN_UNSATISFIABLE}, no {@code minDomains}.
 */
public record ZoneSpread(Integer maxSkew, String whenUnsatisfiable, Integer minDomains) {

  public static final String TOPOLOGY_KEY = "topology.kubernetes.io/zone";
  public static final String DEFAULT_WHEN_UNSATISFIABLE = "ScheduleAnyway";

  public int maxSkewOrDefault() {
    return maxSkew != null ? maxSkew : 1;
  }

  public String whenUnsatisfiableOrDefault() {
    return whenUnsatisfiable != null ? whenUnsatisfiable : DEFAULT_WHEN_UNSATISFIABLE;
  }
}
