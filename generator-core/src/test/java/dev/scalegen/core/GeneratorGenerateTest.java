package dev.scalegen.core;

import static dev.scalegen.core.Fixtures.content;
import static dev.scalegen.core.Fixtures.object;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.SpecSource;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class GeneratorGenerateTest {

  private static Result docvault() throws Exception {
    String text = Files.readString(Fixtures.docvault());
    Result result = Generator.generate(new SpecSource("examples/docvault/scaling.yaml", text), Options.defaults());
    assertThat(result.valid()).isTrue();
    return result;
  }

  @Test
  void docvaultBackendIsAutoscaledFiveToFiftyOnCpuAndMemoryUtilization() throws Exception {
    HorizontalPodAutoscaler hpa = object(docvault(), "backend/hpa.yaml", HorizontalPodAutoscaler.class);
    assertThat(hpa.getSpec().getMinReplicas()).isEqualTo(5);
    assertThat(hpa.getSpec().getMaxReplicas()).isEqualTo(50);
    assertThat(hpa.getSpec().getMetrics()).extracting(
            (MetricSpec m) -> m.getResource().getName(),
            m -> m.getResource().getTarget().getType(),
            m -> m.getResource().getTarget().getAverageUtilization())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("cpu", "Utilization", 70),
            org.assertj.core.groups.Tuple.tuple("memory", "Utilization", 80));
    assertThat(hpa.getSpec().getBehavior()).isNull();
  }

  @Test
  void docvaultBackendDeploymentLeavesReplicasToTheHpaAndRunsEightWorkers() throws Exception {
    Result result = docvault();
    Deployment backend = object(result, "backend/deployment.yaml", Deployment.class);
    assertThat(backend.getSpec().getReplicas()).isNull();
    assertThat(content(result, "backend/deployment.yaml")).doesNotContain("replicas");
    Container c = backend.getSpec().getTemplate().getSpec().getContainers().get(0);
    assertThat(c.getResources().getRequests()).isEqualTo(Map.of("cpu", new Quantity("2"), "memory", new Quantity("2Gi")));
    assertThat(c.getResources().getLimits()).isEqualTo(Map.of("cpu", new Quantity("4"), "memory", new Quantity("4Gi")));
    assertThat(c.getArgs()).containsExactly("--workers", "8");
    assertThat(c.getCommand()).containsExactly("uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000");
  }

  @Test
  void docvaultCeleryWorkerIsScaledByKedaWithConcurrencyFour() throws Exception {
    Deployment celery = object(docvault(), "celery-worker/deployment.yaml", Deployment.class);
    assertThat(celery.getSpec().getReplicas()).isNull();
    assertThat(celery.getSpec().getTemplate().getSpec().getContainers().get(0).getArgs())
        .containsExactly("--concurrency", "4");
    assertThat(celery.getSpec().getTemplate().getSpec().getNodeSelector())
        .containsExactly(Map.entry("karpenter.sh/capacity-type", "spot"));
  }

  @Test
  void noDocvaultManifestUsesTheGuidesInstanceTypeSpotSelector() throws Exception {
    for (Manifest m : docvault().manifests()) {
      assertThat(m.content()).as(m.path()).doesNotContain("kubernetes.io/instance-type");
    }
  }

  @Test
  void docvaultSetListsEveryFileInItsKustomization() throws Exception {
    Result result = docvault();
    List<String> paths = result.manifests().stream().map(Manifest::path)
        .filter(p -> p.startsWith("base/")).map(p -> p.substring("base/".length())).toList();
    assertThat(paths).containsExactly(
        "backend/deployment.yaml", "backend/service.yaml", "backend/hpa.yaml", "backend/pdb.yaml",
        "frontend/deployment.yaml", "frontend/service.yaml", "frontend/hpa.yaml", "frontend/pdb.yaml",
        "celery-worker/deployment.yaml", "celery-worker/scaledobject.yaml", "celery-worker/pdb.yaml",
        "redis/statefulset.yaml", "redis/service.yaml",
        "scheduler/serviceaccount.yaml", "scheduler/role.yaml", "scheduler/rolebinding.yaml",
        "scheduler/cronjob-night-enter.yaml", "scheduler/cronjob-night-exit.yaml",
        "kustomization.yaml");
    String kustomization = content(result, "kustomization.yaml");
    for (String path : paths.subList(0, paths.size() - 1)) {
      assertThat(kustomization).contains("- " + path + "\n");
    }
    assertThat(kustomization).contains("namespace: docvault\n");
  }

  @Test
  void generatingOnEightThreadsAtOnceGivesIdenticalBytes() throws Exception {
    List<Manifest> reference = docvault().manifests();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Result>> runs = new java.util.ArrayList<>();
      for (int i = 0; i < 32; i++) {
        runs.add(pool.submit(GeneratorGenerateTest::docvault));
      }
      for (Future<Result> run : runs) {
        assertThat(run.get().manifests()).isEqualTo(reference);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aLargeSpecCompiledInParallelKeepsTheOrderOfTheSpecAndItsBytes() {
    StringBuilder tiers = new StringBuilder("tiers:\n");
    for (int i = 199; i >= 0; i--) {
      tiers.append("  t").append(i).append(": { image: a:1, replicas: ").append(1 + i % 3).append(" }\n");
    }
    String yaml = Fixtures.spec(tiers.toString());
    List<Manifest> first = Fixtures.generate(yaml).manifests();
    assertThat(first.get(0).path()).isEqualTo("base/t199/deployment.yaml");
    assertThat(first.get(first.size() - 2).path()).isEqualTo("base/t0/deployment.yaml");
    for (int run = 0; run < 3; run++) {
      assertThat(Fixtures.generate(yaml).manifests()).isEqualTo(first);
    }
  }

  @Test
  void anInvalidSpecGivesDiagnosticsAndNoManifests() {
    Result result = Generator.generate(new SpecSource("bad.yaml", Fixtures.spec("""
        tiers:
          api: { image: a:1, replicas: 2, autoscaling: { min: 2, max: 4 } }
        """)), Options.defaults());
    assertThat(result.valid()).isFalse();
    assertThat(result.manifests()).isEmpty();
  }

  @Test
  void aMissingFileIsAnIoFailure() {
    Result result = Generator.generate(java.nio.file.Path.of("does/not/exist.yaml"), Options.defaults());
    assertThat(result.ioFailure()).isTrue();
    assertThat(result.manifests()).isEmpty();
    assertThat(result.diagnostics()).extracting(d -> d.code()).containsExactly(Code.FILE_UNREADABLE);
  }
}
