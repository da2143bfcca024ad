package dev.scalegen.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.spec.SpecSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The front door holds no shared mutable state: eight threads validating at once see identical results. */
class GeneratorThreadSafetyTest {

  private static final String SPEC = """
      apiVersion: scalegen.dev/v1
      kind: ScalingSpec
      metadata: { name: shop }
      tiers:
        web:
          image: nginx:1.27
          replicas: 3
          autoscalng: { min: 1, max: 3 }
        api:
          image: api:1
          resources: { requests: { cpu: 500m } }
          autoscaling: { min: 9, max: 3, cpu: 70% }
      """;

  @Test
  void eightThreadsGetIdenticalDiagnostics() throws Exception {
    List<String> inputs = new ArrayList<>(List.of(SPEC));
    Path docvault = Path.of("../examples/docvault/scaling.yaml");
    if (Files.exists(docvault)) {
      inputs.add(Files.readString(docvault));
    }
    for (String input : inputs) {
      List<Diagnostic> expected = Generator.validate(new SpecSource("s.yaml", input)).diagnostics();
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Diagnostic>>> futures = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          futures.add(pool.submit(() -> {
            start.await();
            List<Diagnostic> last = null;
            for (int round = 0; round < 25; round++) {
              last = Generator.validate(new SpecSource("s.yaml", input)).diagnostics();
              assertThat(last).isEqualTo(expected);
            }
            return last;
          }));
        }
        start.countDown();
        for (Future<List<Diagnostic>> f : futures) {
          assertThat(f.get()).isEqualTo(expected);
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
