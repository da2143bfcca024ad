package dev.scalegen.core.compile;

import static dev.scalegen.core.Fixtures.content;
import static dev.scalegen.core.Fixtures.generate;
import static dev.scalegen.core.Fixtures.object;
import static dev.scalegen.core.Fixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Manifest;
import dev.scalegen.core.Result;
import dev.scalegen.keda.ScaledObject;
import dev.scalegen.keda.TriggerAuthentication;
import dev.scalegen.keda.v1alpha1.scaledobjectspec.Triggers;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.rbac.Role;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The KEDA engine's output: a ScaledObject and TriggerAuthentications instead of an HPA. */
class KedaCompilerTest {

  private static final String WORKER = """
      tiers:
        worker:
          image: shop/worker:1.0
          resources: { requests: { cpu: 1, memory: 1Gi } }
          autoscaling:
            engine: keda
            min: %s
            max: 30
            cpu: 70%%
            pollingInterval: 15
            behavior: slow-down
            triggers:
              - { type: redis-list, address: "redis:6379", list: celery, target: 10,
                  auth: { secret: redis-auth, keys: { password: redis-password } } }
      """;

  @Test
  void aKedaTierGetsAScaledObjectAndItsTriggerAuthenticationInsteadOfAnHpa() {
    Result result = generate(spec(WORKER.formatted(2)));
    assertThat(result.manifests()).extracting(Manifest::path)
        .contains("base/worker/scaledobject.yaml", "base/worker/triggerauthentication-redis-list.yaml",
            "base/worker/pdb.yaml")
        .doesNotContain("base/worker/hpa.yaml");
    assertThat(object(result, "worker/deployment.yaml", Deployment.class).getSpec().getReplicas()).isNull();
    ScaledObject so = object(result, "worker/scaledobject.yaml", ScaledObject.class);
    assertThat(so.getSpec().getScaleTargetRef().getName()).isEqualTo("shop-worker");
    assertThat(so.getSpec().getMinReplicaCount()).isEqualTo(2);
    assertThat(so.getSpec().getMaxReplicaCount()).isEqualTo(30);
    assertThat(so.getSpec().getPollingInterval()).isEqualTo(15);
    assertThat(so.getSpec().getAdvanced().getHorizontalPodAutoscalerConfig().getBehavior().getScaleDown()
        .getStabilizationWindowSeconds()).isEqualTo(600);
    Triggers redis = so.getSpec().getTriggers().get(0);
    assertThat(redis.getType()).isEqualTo("redis");
    assertThat(redis.getMetadata()).isEqualTo(Map.of("address", "redis:6379", "listName", "celery", "listLength", "10"));
    assertThat(redis.getAuthenticationRef().getName()).isEqualTo("shop-worker-redis-list");
    assertThat(so.getSpec().getTriggers().get(1).getType()).isEqualTo("cpu");
    assertThat(so.getSpec().getTriggers().get(1).getMetricType()).isEqualTo("Utilization");
    TriggerAuthentication auth = object(result, "worker/triggerauthentication-redis-list.yaml",
        TriggerAuthentication.class);
    assertThat(auth.getSpec().getSecretTargetRef()).singleElement().satisfies(ref -> {
      assertThat(ref.getParameter()).isEqualTo("password");
      assertThat(ref.getName()).isEqualTo("redis-auth");
      assertThat(ref.getKey()).isEqualTo("redis-password");
    });
    assertThat(content(result, "kustomization.yaml"))
        .contains("worker/scaledobject.yaml", "worker/triggerauthentication-redis-list.yaml");
  }

  @Test
  void aTierThatScalesToZeroStatesItsActivationAndHasNoDisruptionBudget() {
    Result result = generate(spec(WORKER.formatted(0)));
    ScaledObject so = object(result, "worker/scaledobject.yaml", ScaledObject.class);
    assertThat(so.getSpec().getMinReplicaCount()).isZero();
    assertThat(so.getSpec().getTriggers().get(0).getMetadata()).containsEntry("activationListLength", "0");
    assertThat(result.manifests()).extracting(Manifest::path).doesNotContain("base/worker/pdb.yaml");
  }

  @Test
  void aScheduleOnAKedaTierPatchesTheScaledObjectAndMayOnlyPatchIt() {
    Result result = generate(spec(WORKER.formatted(4) + """
        schedules:
          night:
            window: { from: "22:00", to: "06:00", timeZone: UTC }
            set: { worker: { min: 1, max: 10 } }
        """));
    CronJob enter = object(result, "scheduler/cronjob-night-enter.yaml", CronJob.class);
    assertThat(enter.getSpec().getJobTemplate().getSpec().getTemplate().getSpec().getContainers().get(0).getCommand())
        .containsExactly("kubectl", "patch", "scaledobject.keda.sh/shop-worker", "--type=merge",
            "--patch={\"spec\":{\"minReplicaCount\":1,\"maxReplicaCount\":10}}");
    CronJob exit = object(result, "scheduler/cronjob-night-exit.yaml", CronJob.class);
    assertThat(exit.getSpec().getJobTemplate().getSpec().getTemplate().getSpec().getContainers().get(0).getCommand())
        .contains("--patch={\"spec\":{\"minReplicaCount\":4,\"maxReplicaCount\":30}}");
    Role role = object(result, "scheduler/role.yaml", Role.class);
    assertThat(role.getRules()).singleElement().satisfies(rule -> {
      assertThat(rule.getApiGroups()).containsExactly("keda.sh");
      assertThat(rule.getResources()).containsExactly("scaledobjects");
      assertThat(rule.getResourceNames()).containsExactly("shop-worker");
      assertThat(rule.getVerbs()).containsExactly("get", "patch");
    });
  }
}
