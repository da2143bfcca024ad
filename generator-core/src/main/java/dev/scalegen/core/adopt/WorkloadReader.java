package dev.scalegen.core.adopt;

import dev.scalegen.core.spec.Autoscaling;
import dev.scalegen.core.spec.NodePool;
import dev.scalegen.core.spec.PodSettings;
import dev.scalegen.core.spec.Resources;
import dev.scalegen.core.spec.ServiceSettings;
import dev.scalegen.core.spec.Tier;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.List;
import java.util.Map;

/**
 * Reads one Deployment or StatefulSet, bound with fabric8's model, into a tier: its main container
 * (the one named like the workload, else the first) with image, command, arguments, first port,
 * environment, worker count ({@link WorkersRecogniser}), resources, probes, volumes, security
 * context and preStop sleep, and the pod's service account, pull secrets, grace period and node
 * pool. The replicas are kept as written; {@link ScaleDecision} decides between them and an HPA.
 */
final class WorkloadReader {

  /**
   * A workload read: its tier (named after the workload, not yet scaled), pool, pod labels, replicas,
   * and the name of the container read when the pod has several ({@code null} when it has one).
   */
  record Workload(ManifestDocument document, Tier tier, NodePool pool, Map<String, String> podLabels,
      Integer replicas, Findings findings, String container) {

    String name() {
      return document.name();
    }

    /** The tier under {@code name}, scaled by {@code replicas} or {@code autoscaling}, exposed as {@code service} says. */
    Tier as(String name, Integer replicas, Autoscaling autoscaling, ServiceSettings service) {
      Tier t = tier;
      PodSettings p = t.pod();
      PodSettings pod = new PodSettings(p.storage(), p.storageRetention(), p.writablePaths(), p.probes(), service,
          p.serviceAccountName(), p.imagePullSecrets(), p.envRefs(), p.envFrom(), p.terminationGracePeriodSeconds(),
          p.preStopSleepSeconds(), p.rollout(), p.zoneSpread(), p.podTemplate());
      return new Tier(name, t.image(), t.command(), t.args(), t.port(), t.env(), t.workers(), t.resources(), replicas,
          autoscaling, t.placement(), t.stateful(), t.labels(), t.annotations(), t.securityContext(), pod, t.adopt());
    }
  }

  private WorkloadReader() {}

  static boolean isWorkload(ManifestDocument d) {
    return d.apiVersion().equals("apps/v1") && (d.kind().equals("Deployment") || d.kind().equals("StatefulSet"));
  }

  /** The workload, or {@code null} (with an {@code SG401}) when it cannot be bound or has no container. */
  static Workload read(ManifestDocument document, List<dev.scalegen.core.diag.Diagnostic> failures) {
    Findings findings = new Findings(document);
    Workload w = read(document, findings);
    if (w == null) {
      failures.addAll(findings.diagnostics());
    }
    return w;
  }

  private static Workload read(ManifestDocument document, Findings findings) {
    boolean stateful = document.kind().equals("StatefulSet");
    PodTemplateSpec template;
    Integer replicas;
    List<PersistentVolumeClaim> claims = List.of();
    if (stateful) {
      StatefulSet s = findings.bind(StatefulSet.class);
      if (s == null) {
        return null;
      }
      var spec = s.getSpec() == null ? new io.fabric8.kubernetes.api.model.apps.StatefulSetSpec() : s.getSpec();
      template = spec.getTemplate();
      replicas = spec.getReplicas();
      claims = spec.getVolumeClaimTemplates() == null ? List.of() : spec.getVolumeClaimTemplates();
    } else {
      Deployment d = findings.bind(Deployment.class);
      if (d == null) {
        return null;
      }
      var spec = d.getSpec() == null ? new io.fabric8.kubernetes.api.model.apps.DeploymentSpec() : d.getSpec();
      template = spec.getTemplate();
      replicas = spec.getReplicas();
    }
    if (template == null || template.getSpec() == null || template.getSpec().getContainers().isEmpty()) {
      findings.report(dev.scalegen.core.diag.Code.MANIFEST_YAML, "/spec", document.describe() + " has no container",
          "a workload's `spec.template.spec.containers` lists at least one");
      return null;
    }
    var pod = template.getSpec();
    List<Container> containers = pod.getContainers();
    int main = 0;
    for (int i = 0; i < containers.size(); i++) {
      if (containers.get(i).getName() != null && document.name().endsWith(containers.get(i).getName())) {
        main = i;
      }
    }
    String podAt = "/spec/template/spec";
    String at = podAt + "/containers/" + main;
    Container c = containers.get(main);
    OtherFields.note(findings, pod, main, podAt);
    Integer port = c.getPorts() == null || c.getPorts().isEmpty() ? null : c.getPorts().get(0).getContainerPort();
    EnvReader.Env env = EnvReader.read(findings, c, at);
    WorkersRecogniser.Recognised workers = WorkersRecogniser.recognise(
        c.getCommand() == null ? List.of() : c.getCommand(), c.getArgs() == null ? List.of() : c.getArgs(), env.literal());
    VolumeReader.Volumes volumes = VolumeReader.read(findings, pod, c, at, claims);
    PlacementRecogniser.Placed placed = PlacementRecogniser.recognise(findings, pod, podAt);
    PodSettings settings = new PodSettings(volumes.storage(), null, volumes.writablePaths(),
        ProbeReader.read(findings, c, at, port), null, pod.getServiceAccountName(),
        pod.getImagePullSecrets() == null ? List.of() : pod.getImagePullSecrets().stream().map(r -> r.getName()).toList(),
        env.references(), env.from(), pod.getTerminationGracePeriodSeconds() == null ? null
            : pod.getTerminationGracePeriodSeconds().intValue(),
        OtherFields.preStopSleep(findings, c, at), null, null, null);
    Tier tier = new Tier(document.name(), c.getImage(), workers.command(), workers.args(), port, workers.env(),
        workers.workers(), resources(c), null, null, placed == null ? null : placed.placement(), stateful,
        Map.of(), Map.of(), SecurityReader.read(findings, pod.getSecurityContext(), c, at), settings, null);
    Map<String, String> labels = template.getMetadata() == null || template.getMetadata().getLabels() == null
        ? Map.of() : template.getMetadata().getLabels();
    return new Workload(document, tier, placed == null ? null : placed.pool(), labels, replicas, findings,
        containers.size() > 1 ? c.getName() : null);
  }

  private static Resources resources(Container c) {
    if (c.getResources() == null) {
      return null;
    }
    Resources.ResourceList requests = list(c.getResources().getRequests());
    Resources.ResourceList limits = list(c.getResources().getLimits());
    return requests == null && limits == null ? null : new Resources(requests, limits);
  }

  private static Resources.ResourceList list(Map<String, Quantity> q) {
    if (q == null || !q.containsKey("cpu") && !q.containsKey("memory")) {
      return null;
    }
    return new Resources.ResourceList(VolumeReader.quantity(q.get("cpu")), VolumeReader.quantity(q.get("memory")));
  }
}
