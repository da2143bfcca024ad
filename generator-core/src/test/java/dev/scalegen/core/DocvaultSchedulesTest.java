package dev.scalegen.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.emit.ManifestYaml;
import dev.scalegen.keda.ScaledObject;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.rbac.Role;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the issue asks DocVault to show: the night window per set, and the scenarios' values. */
class DocvaultSchedulesTest {

  private static final Result DOCVAULT = Generator.generate(Fixtures.docvault(), Options.defaults());

  private static <T> T object(String path, Class<T> type) {
    return ManifestYaml.read(Fixtures.content(DOCVAULT, path), type);
  }

  private static List<String> commands(String set, String job) {
    return object(set + "/scheduler/cronjob-night-" + job + ".yaml", CronJob.class).getSpec().getJobTemplate()
        .getSpec().getTemplate().getSpec().getContainers().stream()
        .map(Container::getCommand).map(c -> String.join(" ", c)).toList();
  }

  @ParameterizedTest
  @CsvSource({"base, 2", "gradual-growth, 5", "sudden-spike, 2"})
  void everySetWithTheNightHasItsPairAndOneRoleOnTheTwoHpasItTouches(String set, int backendAtNight) {
    CronJob enter = object(set + "/scheduler/cronjob-night-enter.yaml", CronJob.class);
    CronJob exit = object(set + "/scheduler/cronjob-night-exit.yaml", CronJob.class);
    assertThat(enter.getSpec().getSchedule()).isEqualTo("0 22 * * *");
    assertThat(exit.getSpec().getSchedule()).isEqualTo("0 6 * * *");
    assertThat(enter.getSpec().getTimeZone()).isEqualTo("Europe/Berlin");
    assertThat(enter.getSpec().getConcurrencyPolicy()).isEqualTo("Forbid");
    assertThat(commands(set, "enter")).containsExactly(
        "kubectl patch horizontalpodautoscaler.autoscaling/docvault-backend --type=merge --patch={\"spec\":{\"minReplicas\":"
            + backendAtNight + "}}",
        "kubectl patch horizontalpodautoscaler.autoscaling/docvault-frontend --type=merge --patch={\"spec\":{\"minReplicas\":2}}");
    Role role = object(set + "/scheduler/role.yaml", Role.class);
    assertThat(role.getRules()).singleElement().satisfies(rule -> {
      assertThat(rule.getResources()).containsExactly("horizontalpodautoscalers");
      assertThat(rule.getResourceNames()).containsExactly("docvault-backend", "docvault-frontend");
      assertThat(rule.getVerbs()).containsExactly("get", "patch");
    });
  }

  @ParameterizedTest
  @CsvSource({"base, 5, 3", "gradual-growth, 10, 3", "sudden-spike, 5, 3"})
  void theExitJobRestoresTheMinimaOfItsOwnSet(String set, int backend, int frontend) {
    assertThat(commands(set, "exit")).containsExactly(
        "kubectl patch horizontalpodautoscaler.autoscaling/docvault-backend --type=merge --patch={\"spec\":{\"minReplicas\":"
            + backend + "}}",
        "kubectl patch horizontalpodautoscaler.autoscaling/docvault-frontend --type=merge --patch={\"spec\":{\"minReplicas\":"
            + frontend + "}}");
  }

  @Test
  void sustainedHighSwitchesTheNightOffAndHasNoSchedulerFolder() {
    assertThat(DOCVAULT.manifests()).noneMatch(m -> m.path().startsWith("sustained-high/scheduler/"));
    assertThat(Fixtures.content(DOCVAULT, "sustained-high/kustomization.yaml")).doesNotContain("scheduler/");
  }

  @Test
  void sustainedHighRaisesTheBackendMaximumToAHundredAndLetsKedaRunFiftyCeleryWorkers() {
    HorizontalPodAutoscaler hpa = object("sustained-high/backend/hpa.yaml", HorizontalPodAutoscaler.class);
    assertThat(hpa.getSpec().getMinReplicas()).isEqualTo(50);
    assertThat(hpa.getSpec().getMaxReplicas()).isEqualTo(100);
    assertThat(object("sustained-high/celery-worker/scaledobject.yaml", ScaledObject.class).getSpec()
        .getMaxReplicaCount()).isEqualTo(50);
    ScaledObject base = object("base/celery-worker/scaledobject.yaml", ScaledObject.class);
    assertThat(base.getSpec().getMinReplicaCount()).isEqualTo(2);
    assertThat(base.getSpec().getMaxReplicaCount()).isEqualTo(30);
    assertThat(base.getSpec().getTriggers()).singleElement().satisfies(t -> {
      assertThat(t.getType()).isEqualTo("redis");
      assertThat(t.getMetadata()).containsEntry("listName", "celery").containsEntry("listLength", "10");
    });
    assertThat(object("base/celery-worker/deployment.yaml", Deployment.class).getSpec().getReplicas()).isNull();
  }

  @Test
  void onlyTheSetsAskedForAreRendered() {
    Result one = Generator.generate(Fixtures.docvault(), Options.defaults().withScenarios(List.of("sudden-spike")));
    assertThat(one.manifests()).isNotEmpty().allSatisfy(m -> assertThat(m.path()).startsWith("sudden-spike/"));
  }
}
