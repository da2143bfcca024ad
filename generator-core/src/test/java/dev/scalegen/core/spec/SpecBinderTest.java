package dev.scalegen.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Generator;
import dev.scalegen.core.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SpecBinderTest {

  @Test
  void bindsTheDocvaultExampleWithEveryNumberOfTheGuide() {
    Result r = Generator.validate(Path.of("../examples/docvault/scaling.yaml"));
    ScalingSpec spec = r.spec().orElseThrow();
    Tier backend = spec.tiers().get("backend");
    assertThat(backend.autoscaling()).isEqualTo(new Autoscaling(5, 50, 70, 80, null));
    assertThat(backend.resources().requests()).isEqualTo(new Resources.ResourceList("2", "2Gi"));
    assertThat(backend.resources().limits()).isEqualTo(new Resources.ResourceList("4", "4Gi"));
    assertThat(backend.workers()).isEqualTo(new Tier.Workers(8, "--workers", null));
    Tier frontend = spec.tiers().get("frontend");
    assertThat(frontend.autoscaling()).isEqualTo(new Autoscaling(3, 20, 70, 80, null));
    assertThat(frontend.resources().requests()).isEqualTo(new Resources.ResourceList("250m", "256Mi"));
    assertThat(frontend.resources().limits()).isEqualTo(new Resources.ResourceList("500m", "512Mi"));
    Tier celery = spec.tiers().get("celery-worker");
    assertThat(celery.replicas()).isNull();
    assertThat(celery.autoscaling().usesKeda()).isTrue();
    assertThat(celery.autoscaling().min()).isEqualTo(2);
    assertThat(celery.autoscaling().max()).isEqualTo(30);
    assertThat(celery.autoscaling().keda().pollingInterval()).isEqualTo(15);
    assertThat(celery.autoscaling().keda().triggers()).singleElement().satisfies(t -> {
      assertThat(t.type()).isEqualTo("redis-list");
      assertThat(t.target()).isEqualTo(10);
      assertThat(t.settings()).containsExactly(
          java.util.Map.entry("address", "docvault-redis.docvault.svc.cluster.local:6379"),
          java.util.Map.entry("list", "celery"));
      assertThat(t.auth()).isNull();
    });
    assertThat(celery.workers()).isEqualTo(new Tier.Workers(4, "--concurrency", null));
    assertThat(celery.resources().requests()).isEqualTo(new Resources.ResourceList("1", "1Gi"));
    assertThat(celery.resources().limits()).isEqualTo(new Resources.ResourceList("2", "2Gi"));
    assertThat(spec.tiers().get("redis").stateful()).isTrue();
    assertThat(spec.tiers().keySet()).containsExactly("backend", "frontend", "celery-worker", "redis");
    assertThat(spec.scenarios().keySet()).containsExactly("gradual-growth", "sudden-spike", "sustained-high");
    assertThat(spec.scenarios().get("sustained-high").tiers().get("backend").autoscaling())
        .isEqualTo(new Autoscaling(50, 100, null, null, null));
    assertThat(spec.scenarios().get("sudden-spike").tiers().get("backend").autoscaling().behavior())
        .isEqualTo(new Behavior("fast-up", null, null));
    assertThat(spec.schedules().get("night").window())
        .isEqualTo(new Schedule.Window("22:00", "06:00", "Mon-Sun", "Europe/Berlin"));
    assertThat(spec.nodePools().get("spot").preset()).isEqualTo("karpenter-spot");
  }

  @Test
  void keepsQuantitiesExactlyAsWritten() {
    Result r = Generator.validate(new SpecSource("s.yaml", """
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata: { name: a }
        tiers:
          w:
            image: x
            replicas: 1
            resources: { requests: { cpu: 0.50, memory: 1e3 }, limits: { cpu: "1", memory: 2Gi } }
        """));
    Tier w = r.spec().orElseThrow().tiers().get("w");
    assertThat(w.resources().requests()).isEqualTo(new Resources.ResourceList("0.50", "1e3"));
    assertThat(w.resources().limits()).isEqualTo(new Resources.ResourceList("1", "2Gi"));
  }

  @Test
  void bindsLenientlyWhenTypesAreWrong() {
    Result r = Generator.validate(new SpecSource("s.yaml", """
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata: { name: a }
        tiers:
          w: { image: [x], replicas: many, autoscaling: 3 }
          v: not-a-mapping
        """));
    Tier w = r.spec().orElseThrow().tiers().get("w");
    assertThat(w.image()).isNull();
    assertThat(w.replicas()).isNull();
    assertThat(w.autoscaling()).isNull();
    assertThat(r.spec().get().tiers()).containsOnlyKeys("w");
    assertThat(r.valid()).isFalse();
  }

  @Test
  void bindsEveryFormOfAPercentageAndTheLargestInt32() {
    Result r = Generator.validate(new SpecSource("s.yaml", """
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata: { name: a }
        tiers:
          w:
            image: x
            resources: { requests: { cpu: 1, memory: 1Gi } }
            autoscaling: { min: 1, max: 2147483647, cpu: "70", memory: 80% }
          v:
            image: x
            replicas: 2147483647
        """));
    assertThat(r.valid()).isTrue();
    ScalingSpec spec = r.spec().orElseThrow();
    assertThat(spec.tiers().get("w").autoscaling()).isEqualTo(new Autoscaling(1, 2147483647, 70, 80, null));
    assertThat(spec.tiers().get("v").replicas()).isEqualTo(2147483647);
  }
}
