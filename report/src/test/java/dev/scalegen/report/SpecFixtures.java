package dev.scalegen.report;

import dev.scalegen.core.Generator;
import dev.scalegen.core.Result;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.SpecSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small specs for the report's tests, validated by the core. */
public final class SpecFixtures {

  private SpecFixtures() {}

  /** A spec with one autoscaled tier {@code api} (2 CPU, 4Gi; HPA 4-10) and one fixed {@code worker} (1 CPU, 1Gi; 3), plus {@code schedules}. */
  public static String spec(String schedules) {
    return """
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata: { name: shop, namespace: shop }
        tiers:
          api:
            image: ghcr.io/acme/api:1.0.0
            port: 8080
            resources: { requests: { cpu: 2, memory: 4Gi }, limits: { cpu: 4, memory: 4Gi } }
            autoscaling: { min: 4, max: 10, cpu: 70% }
          worker:
            image: ghcr.io/acme/worker:1.0.0
            resources: { requests: { cpu: 1, memory: 1Gi }, limits: { memory: 1Gi } }
            replicas: 3
        """ + schedules;
  }

  public static ScalingSpec parse(String yaml) {
    Result result = Generator.validate(new SpecSource("test.yaml", yaml));
    if (!result.valid()) {
      throw new AssertionError(result.diagnostics().toString());
    }
    return result.spec().orElseThrow();
  }

  public static Path write(Path dir, String name, String text) {
    try {
      return Files.writeString(dir.resolve(name), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
