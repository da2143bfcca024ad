package dev.scalegen.core.compile;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EmptyDirVolumeSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SeccompProfile;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobSpec;
import io.fabric8.kubernetes.api.model.batch.v1.JobSpec;
import io.fabric8.kubernetes.api.model.batch.v1.JobTemplateSpec;
import java.util.ArrayList;
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
    PodSecurityContext security = new PodSecurityContext();
    security.setRunAsNonRoot(true);
    security.setRunAsUser(RUN_AS);
    security.setRunAsGroup(RUN_AS);
    SeccompProfile seccomp = new SeccompProfile();
    seccomp.setType("RuntimeDefault");
    security.setSeccompProfile(seccomp);
    PodSpec pod = new PodSpec();
    pod.setServiceAccountName(serviceAccount);
    pod.setAutomountServiceAccountToken(true);
    pod.setRestartPolicy("OnFailure");
    pod.setSecurityContext(security);
    for (SchedulePatch patch : patches) {
      pod.getContainers().add(container(patch, image, enter));
    }
    EmptyDirVolumeSource memory = new EmptyDirVolumeSource();
    memory.setMedium("Memory");
    memory.setSizeLimit(new Quantity("16Mi"));
    Volume tmp = new Volume();
    tmp.setName("tmp");
    tmp.setEmptyDir(memory);
    pod.getVolumes().add(tmp);
    PodTemplateSpec template = new PodTemplateSpec();
    template.setMetadata(labelled(id));
    template.setSpec(pod);
    JobSpec job = new JobSpec();
    job.setBackoffLimit(BACKOFF_LIMIT);
    job.setActiveDeadlineSeconds(ACTIVE_DEADLINE_SECONDS);
    job.setTemplate(template);
    JobTemplateSpec jobTemplate = new JobTemplateSpec();
    jobTemplate.setMetadata(labelled(id));
    jobTemplate.setSpec(job);
    CronJobSpec spec = new CronJobSpec();
    spec.setSchedule(enter ? timing.enter() : timing.exit());
    spec.setTimeZone(timing.timeZone());
    spec.setConcurrencyPolicy("Forbid");
    spec.setStartingDeadlineSeconds(timing.startingDeadlineSeconds());
    spec.setSuccessfulJobsHistoryLimit(SUCCESSFUL_HISTORY);
    spec.setFailedJobsHistoryLimit(FAILED_HISTORY);
    spec.setJobTemplate(jobTemplate);
    CronJob cronJob = new CronJob();
    cronJob.setMetadata(id.objectMeta());
    cronJob.setSpec(spec);
    return cronJob;
  }

  /** Metadata with only the object's labels, for the job and pod templates. */
  private static ObjectMeta labelled(TierIdentity id) {
    ObjectMeta meta = new ObjectMeta();
    meta.setLabels(new LinkedHashMap<>(id.labels()));
    return meta;
  }

  private static Container container(SchedulePatch patch, String image, boolean enter) {
    Map<String, Quantity> requests = new LinkedHashMap<>();
    requests.put("cpu", new Quantity("10m"));
    requests.put("memory", new Quantity("64Mi"));
    Map<String, Quantity> limits = new LinkedHashMap<>();
    limits.put("memory", new Quantity("128Mi"));
    ResourceRequirements resources = new ResourceRequirements();
    resources.setRequests(requests);
    resources.setLimits(limits);
    VolumeMount mount = new VolumeMount();
    mount.setName("tmp");
    mount.setMountPath("/tmp");
    Container c = new Container();
    c.setName(patch.tier());
    c.setImage(image);
    c.setCommand(new ArrayList<>(patch.command(enter ? patch.enterPatch() : patch.exitPatch())));
    c.getEnv().add(new EnvVar("HOME", "/tmp", null));
    c.setResources(resources);
    c.setSecurityContext(SecurityContexts.container(null));
    c.getVolumeMounts().add(mount);
    return c;
  }
}
