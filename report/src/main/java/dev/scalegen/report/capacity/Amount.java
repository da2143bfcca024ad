package dev.scalegen.report.capacity;

import java.util.List;

/**
 * Pods and what they request and may use in all: CPU in cores, memory in GiB. Limits count only
 * pods that have one; {@code unlimited} names the tiers (and resource) whose pods have none, so a
 * reader knows the limit sum is not a ceiling for them.
 */
public record Amount(int pods, double cpuRequests, double memoryRequests, double cpuLimits, double memoryLimits,
    List<String> unlimited) {

  public static final Amount NONE = new Amount(0, 0, 0, 0, 0, List.of());

  public Amount {
    unlimited = List.copyOf(unlimited);
  }

  /** {@code pods} pods of {@code size}, of tier {@code tier}. */
  public static Amount of(String tier, int pods, PodSize size) {
    List<String> unlimited = new java.util.ArrayList<>();
    if (pods > 0 && !size.cpuLimited()) {
      unlimited.add(tier + " (cpu)");
    }
    if (pods > 0 && !size.memoryLimited()) {
      unlimited.add(tier + " (memory)");
    }
    return new Amount(pods, pods * size.cpuRequest(), pods * size.memoryRequest(), pods * size.cpuLimit(),
        pods * size.memoryLimit(), unlimited);
  }

  public Amount plus(Amount other) {
    List<String> both = new java.util.ArrayList<>(unlimited);
    other.unlimited.stream().filter(u -> !both.contains(u)).forEach(both::add);
    return new Amount(pods + other.pods, cpuRequests + other.cpuRequests, memoryRequests + other.memoryRequests,
        cpuLimits + other.cpuLimits, memoryLimits + other.memoryLimits, both);
  }
}
