package dev.scalegen.core.compile;

import static dev.scalegen.core.Fixtures.content;
import static dev.scalegen.core.Fixtures.generate;
import static dev.scalegen.core.Fixtures.object;
import static dev.scalegen.core.Fixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Result;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

class EnvCompilerTest {

  @Test
  void identityAndReferencesAreCompiledAndNoSecretIsRead() {
    Result result = generate(spec("""
        tiers:
          api:
            image: a:1
            replicas: 1
            serviceAccountName: shop-api
            imagePullSecrets: [pull-a, pull-b]
            env:
              LOG_LEVEL: info
              DATABASE_URL: { secret: shop-db, key: url }
              FLAGS: { configMap: shop-flags, key: flags, optional: true }
            envFrom: [{ configMap: shop-config }, { secret: shop-keys, prefix: KEY_ }]
        """));
    PodSpec pod = object(result, "api/deployment.yaml", Deployment.class).getSpec().getTemplate().getSpec();
    assertThat(pod.getServiceAccountName()).isEqualTo("shop-api");
    assertThat(pod.getAutomountServiceAccountToken()).isFalse();
    assertThat(pod.getImagePullSecrets()).extracting(r -> r.getName()).containsExactly("pull-a", "pull-b");
    Container c = pod.getContainers().get(0);
    assertThat(c.getEnv()).extracting(e -> e.getName()).containsExactly("LOG_LEVEL", "DATABASE_URL", "FLAGS");
    assertThat(c.getEnv().get(1).getValue()).isNull();
    assertThat(c.getEnv().get(1).getValueFrom().getSecretKeyRef().getName()).isEqualTo("shop-db");
    assertThat(c.getEnv().get(1).getValueFrom().getSecretKeyRef().getKey()).isEqualTo("url");
    assertThat(c.getEnv().get(2).getValueFrom().getConfigMapKeyRef().getOptional()).isTrue();
    assertThat(c.getEnvFrom()).satisfiesExactly(
        a -> assertThat(a.getConfigMapRef().getName()).isEqualTo("shop-config"),
        b -> {
          assertThat(b.getSecretRef().getName()).isEqualTo("shop-keys");
          assertThat(b.getPrefix()).isEqualTo("KEY_");
        });
    assertThat(result.manifests()).noneMatch(m -> m.content().contains("kind: Secret"));
    assertThat(content(result, "api/deployment.yaml")).doesNotContain("kind: ServiceAccount");
  }
}
