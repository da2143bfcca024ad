package dev.scalegen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A synthetic spec of N tiers that exercises every part of the compiler: every third tier is
 * autoscaled with a behaviour preset, the others are fixed; spot pools of three presets; some
 * stateful tiers; workers as flags and as variables.
 */
public final class LargeSpec {
  private LargeSpec() {}

  public static String of(int tiers) {
    StringBuilder b = new StringBuilder("""
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata: { name: bench, namespace: bench }
        nodePools:
          karpenter: { preset: karpenter-spot }
          gke: { preset: gke-spot }
          aks: { preset: aks-spot }
        tiers:
        """);
    String[] pools = {"karpenter", "gke", "aks"};
    String[] behaviours = {"fast-up", "slow-down", "steady"};
    for (int i = 0; i < tiers; i++) {
      b.append("  t").append(i).append(":\n");
      b.append("    image: ghcr.io/bench/service-").append(i % 17).append(":1.").append(i % 5).append(".0\n");
      if (i % 10 == 7) {
        b.append("    port: 6379\n    stateful: true\n    replicas: 1\n");
        continue;
      }
      b.append("    command: [server, --port, \"8080\"]\n    port: 8080\n");
      b.append(i % 2 == 0 ? "    workers: { count: 4, arg: --workers }\n" : "    workers: { count: 2, env: WEB_CONCURRENCY }\n");
      b.append("    resources: { requests: { cpu: 250m, memory: 256Mi }, limits: { cpu: 500m, memory: 512Mi } }\n");
      if (i % 3 == 0) {
        b.append("    autoscaling: { min: 2, max: 20, cpu: 70%, behavior: ")
            .append(behaviours[i % behaviours.length]).append(" }\n");
      } else {
        b.append("    replicas: ").append(1 + i % 4).append('\n');
      }
      b.append("    placement: { pool: ").append(pools[i % pools.length])
          .append(", mode: ").append(i % 2 == 0 ? "preferred" : "required").append(" }\n");
    }
    return b.toString();
  }

  /** {@code LargeSpec N FILE}: writes a spec of N tiers to FILE (used by {@code bench/generate-1000.sh}). */
  public static void main(String[] args) throws IOException {
    Files.writeString(Path.of(args[1]), of(Integer.parseInt(args[0])));
  }
}
