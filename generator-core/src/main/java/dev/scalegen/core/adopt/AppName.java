package dev.scalegen.core.adopt;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The application's name ({@code metadata.name}) and each tier's name. The name is the one given,
 * else the {@code app.kubernetes.io/part-of} label every workload carries, else the prefix before
 * the first {@code -} that every workload's name shares (two workloads at least), else the
 * namespace, else {@code app}. A tier is named after its workload without that prefix
 * ({@code docvault-backend} in {@code docvault} is {@code backend}), since scalegen names the
 * generated objects {@code <name>-<tier>}.
 */
final class AppName {

  private static final String LABEL = "app.kubernetes.io/part-of";
  private static final String DNS_LABEL = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";

  private AppName() {}

  static String of(String given, List<WorkloadReader.Workload> workloads, String namespace) {
    if (given != null && !given.isBlank()) {
      return given;
    }
    List<String> partOf = workloads.stream()
        .map(w -> w.document().tree().path("metadata").path("labels").path(LABEL).asText(null))
        .distinct().toList();
    if (partOf.size() == 1 && partOf.get(0) != null && partOf.get(0).matches(DNS_LABEL)) {
      return partOf.get(0);
    }
    List<String> prefixes = workloads.stream()
        .map(w -> w.name().contains("-") ? w.name().substring(0, w.name().indexOf('-')) : null).distinct().toList();
    if (workloads.size() > 1 && prefixes.size() == 1 && prefixes.get(0) != null) {
      return prefixes.get(0);
    }
    return namespace != null && namespace.matches(DNS_LABEL) ? namespace : "app";
  }

  static String tier(String app, String workload, Collection<String> taken) {
    String name = workload.startsWith(app + "-") && workload.length() > app.length() + 1
        ? workload.substring(app.length() + 1) : workload;
    if (taken.contains(name)) {
      name = workload;
    }
    int n = 2;
    String unique = name;
    while (taken.contains(unique)) {
      unique = name + "-" + n++;
    }
    return Objects.requireNonNull(unique);
  }
}
