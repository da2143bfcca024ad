package dev.scalegen.core.compile;

import static dev.scalegen.core.Fixtures.content;
import static dev.scalegen.core.Fixtures.generate;
import static dev.scalegen.core.Fixtures.object;
import static dev.scalegen.core.Fixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Result;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

/** Rule 1 and the pod template every workload shares. */
class DeploymentCompilerTest {

  @Test
  void aDeploymentManagedByAnHpaNeverSetsReplicas() {
    Result result = generate(spec("""
        tiers:
          api:
            image: shop/api:1.0
            resources: { requests: { cpu: 500m } }
            autoscaling: { min: 2, max: 10, cpu: 60% }
        """));
    assertThat(object(result, "api/deployment.yaml", Deployment.class).getSpec().getReplicas()).isNull();
    assertThat(content(result, "api/deployment.yaml")).doesNotContain("replicas:");
  }

  @Test
  void aFixedTierKeepsItsCountEvenZero() {
    Result result = generate(spec("""
        tiers:
          api: { image: shop/api:1.0, replicas: 3 }
          paused: { image: shop/api:1.0, replicas: 0 }
        """));
    assertThat(object(result, "api/deployment.yaml", Deployment.class).getSpec().getReplicas()).isEqualTo(3);
    assertThat(object(result, "paused/deployment.yaml", Deployment.class).getSpec().getReplicas()).isZero();
    assertThat(result.manifests()).noneMatch(m -> m.path().endsWith("hpa.yaml"));
  }

  @Test
  void podsAreRestrictedByDefaultAndDoNotMountAServiceAccountToken() {
    PodSpec pod = object(generate(spec("""
        tiers:
          api: { image: shop/api:1.0, replicas: 1 }
        """)), "api/deployment.yaml", Deployment.class).getSpec().getTemplate().getSpec();
    assertThat(pod.getAutomountServiceAccountToken()).isFalse();
    assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
    assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
    var container = pod.getContainers().get(0).getSecurityContext();
    assertThat(container.getAllowPrivilegeEscalation()).isFalse();
    assertThat(container.getReadOnlyRootFilesystem()).isTrue();
    assertThat(container.getCapabilities().getDrop()).containsExactly("ALL");
  }

  @Test
  void theSpecOverridesTheSecurityContextFieldByField() {
    PodSpec pod = object(generate(spec("""
        tiers:
          api:
            image: shop/api:1.0
            replicas: 1
            securityContext: { runAsUser: 1000, fsGroup: 2000, readOnlyRootFilesystem: false }
        """)), "api/deployment.yaml", Deployment.class).getSpec().getTemplate().getSpec();
    assertThat(pod.getSecurityContext().getRunAsUser()).isEqualTo(1000L);
    assertThat(pod.getSecurityContext().getFsGroup()).isEqualTo(2000L);
    assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
    assertThat(pod.getContainers().get(0).getSecurityContext().getReadOnlyRootFilesystem()).isFalse();
    assertThat(pod.getContainers().get(0).getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
  }

  @Test
  void workersGoAfterTheArgsAsAFlagOrIntoTheEnvironment() {
    Result result = generate(spec("""
        tiers:
          web:
            image: shop/web:1.0
            command: [gunicorn]
            args: [app:wsgi, --bind, "0.0.0.0:8000"]
            workers: { count: 6, arg: --workers }
            replicas: 1
          uni:
            image: shop/web:1.0
            command: [uvicorn, app:main]
            workers: { count: 3, arg: --workers }
            replicas: 1
          env:
            image: shop/web:1.0
            env: { LOG_LEVEL: info }
            workers: { count: 4, env: WEB_CONCURRENCY }
            replicas: 1
        """));
    var web = object(result, "web/deployment.yaml", Deployment.class).getSpec().getTemplate().getSpec().getContainers().get(0);
    assertThat(web.getCommand()).containsExactly("gunicorn");
    assertThat(web.getArgs()).containsExactly("app:wsgi", "--bind", "0.0.0.0:8000", "--workers", "6");
    var uni = object(result, "uni/deployment.yaml", Deployment.class).getSpec().getTemplate().getSpec().getContainers().get(0);
    assertThat(uni.getCommand()).containsExactly("uvicorn", "app:main");
    assertThat(uni.getArgs()).containsExactly("--workers", "3");
    var env = object(result, "env/deployment.yaml", Deployment.class).getSpec().getTemplate().getSpec().getContainers().get(0);
    assertThat(env.getArgs()).isEmpty();
    assertThat(env.getEnv()).extracting(e -> e.getName() + "=" + e.getValue())
        .containsExactly("LOG_LEVEL=info", "WEB_CONCURRENCY=4");
  }
}
