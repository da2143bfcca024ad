package dev.scalegen.core.compile;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.PodSecurityContextBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A batch/v1 CronJob that enters or leaves a schedule (rule 5): {@code timeZone},
 * {@code concurrencyPolicy: Forbid}, a start deadline ({@link ScheduleTiming}), small history
 * limits, a bounded number of retries and run time, and one container per patched object, each running {@code kubectl patch}
 * as an argument list. The pod runs under the schedule's ServiceAccount <b>with</b> its token
 * mounted ({@code automountServiceAccountToken: true}), since {@code kubectl} has no other
 * credentials; it runs as a non-root user with the restricted security context, a read-only root
 * file system and an in-memory {@code /tmp} as {@code HOME} for kubectl's discovery cache.
 */
final class CronJobCompiler {

  static final long ACTIVE_DEADLINE_SECONDS = 300;
  static final int BACKOFF_LIMIT = 3;
  static final int SUCCESSFUL_HISTORY = 1;
  static final int FAILED_HISTORY = 3;
  /** The nonroot user of distroless images, which {@code registry.k8s.io/kubectl} is built on. */
  static final long RUN_AS = 65532;

  private CronJobCompiler() {}

  static CronJob compile(TierIdentity id, ScheduleTiming timing, String serviceAccount, String image,
      List<SchedulePatch> patches, boolean enter) {
    return new CronJobBuilder()
        .withMetadata(id.objectMeta())
        .withNewSpec()
        .withSchedule(enter ? timing.enter() : timing.exit())
        .withTimeZone(timing.timeZone())
        .withConcurrencyPolicy("Forbid")
        .withStartingDeadlineSeconds(timing.startingDeadlineSeconds())
        .withSuccessfulJobsHistoryLimit(SUCCESSFUL_HISTORY)
        .withFailedJobsHistoryLimit(FAILED_HISTORY)
        .withNewJobTemplate()
        .withNewMetadata().withLabels(new LinkedHashMap<>(id.labels())).endMetadata()
        .withNewSpec()
        .withBackoffLimit(BACKOFF_LIMIT)
        .withActiveDeadlineSeconds(ACTIVE_DEADLINE_SECONDS)
        .withNewTemplate()
        .withNewMetadata().withLabels(new LinkedHashMap<>(id.labels())).endMetadata()
        .withNewSpec()
        .withServiceAccountName(serviceAccount)
        .withAutomountServiceAccountToken(true)
        .withRestartPolicy("OnFailure")
        .withSecurityContext(new PodSecurityContextBuilder()
            .withRunAsNonRoot(true).withRunAsUser(RUN_AS).withRunAsGroup(RUN_AS)
            .withNewSeccompProfile().withType("RuntimeDefault").endSeccompProfile()
            .build())
        .withContainers(patches.stream().map(p -> container(p, image, enter)).toList())
        .addNewVolume().withName("tmp").withNewEmptyDir().withMedium("Memory").withSizeLimit(new Quantity("16Mi"))
        .endEmptyDir().endVolume()
        .endSpec()
        .endTemplate()
        .endSpec()
        .endJobTemplate()
        .endSpec()
        .build();
  }

  private static Container container(SchedulePatch patch, String image, boolean enter) {
    Map<String, Quantity> requests = new LinkedHashMap<>();
    requests.put("cpu", new Quantity("10m"));
    requests.put("memory", new Quantity("64Mi"));
    return new ContainerBuilder()
        .withName(patch.tier())
        .withImage(image)
        .withCommand(patch.command(enter ? patch.enterPatch() : patch.exitPatch()))
        .addNewEnv().withName("HOME").withValue("/tmp").endEnv()
        .withNewResources()
        .withRequests(requests)
        .withLimits(new LinkedHashMap<>(Map.of("memory", new Quantity("128Mi"))))
        .endResources()
        .withSecurityContext(SecurityContexts.container(null))
        .addNewVolumeMount().withName("tmp").withMountPath("/tmp").endVolumeMount()
        .build();
  }
}
