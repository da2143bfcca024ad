package dev.scalegen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The schedule-heavy shape the peers were measured on (issue 19), the text that
 * {@code bench/schedule-heavy-spec.sh N} prints: N autoscaled tiers (HPA 5-50 at CPU 70%, requests
 * and a memory limit, preferred spot placement) and N night windows, 22:00-06:00 in
 * {@code Europe/Berlin}, each lowering one tier's minimum to 2. Every window overlaps every other
 * one in time, so a rule that compares pairs of schedules does N^2 work on it.
 */
public final class ScheduleHeavySpec {
  private ScheduleHeavySpec() {}

  public static String of(int n) {
    StringBuilder b = new StringBuilder(n * 330);
    b.append("apiVersion: scalegen.dev/v1\nkind: ScalingSpec\nmetadata: { name: big, namespace: big }\n");
    b.append("nodePools:\n  spot: { preset: karpenter-spot }\ntiers:\n");
    for (int i = 0; i < n; i++) {
      b.append(String.format("  t%05d:\n    image: nginx:1.27\n", i));
      b.append("    resources: { requests: { cpu: 500m, memory: 512Mi }, limits: { memory: 512Mi } }\n");
      b.append("    autoscaling: { min: 5, max: 50, cpu: 70% }\n    placement: { pool: spot, mode: preferred }\n");
    }
    b.append("schedules:\n");
    for (int i = 0; i < n; i++) {
      b.append(String.format("  n%05d:\n    window: { from: \"22:00\", to: \"06:00\", timeZone: Europe/Berlin }\n", i));
      b.append(String.format("    set: { t%05d: { min: 2 } }\n", i));
    }
    return b.toString();
  }

  /** {@code java -cp benchmarks.jar dev.scalegen.bench.ScheduleHeavySpec N FILE} writes the spec to FILE. */
  public static void main(String[] args) throws IOException {
    Files.writeString(Path.of(args[1]), of(Integer.parseInt(args[0])));
  }
}
