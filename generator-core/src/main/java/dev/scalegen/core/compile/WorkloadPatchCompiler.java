package dev.scalegen.core.compile;

import dev.scalegen.core.adopt.AdoptedWorkload;
import dev.scalegen.core.adopt.BaseObject;
import dev.scalegen.core.adopt.WorkerFlag;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Tier;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentSpec;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The strategic-merge patch that lays a tier over the workload it adopts, holding only what the
 * spec owns (docs/adopting.md): {@code spec.replicas} (the count of a fixed tier; removed, as
 * {@code replicas: null}, from a workload that the tier autoscales and the base gave a count), the
 * adopted container's requests and limits (merged into the base's by resource name) and worker
 * count (the flag appended to the base's {@code args}, or the variable, unless the base already
 * passes the same count), and, when the tier has a {@code placement}, the pod's node placement
 * ({@link OverlayPlacement}). Everything else of the pod stays the base's.
 */
final class WorkloadPatchCompiler {
  private WorkloadPatchCompiler() {}

  static HasMetadata compile(ScalingSpec spec, TierScale scale, Tier tier, AdoptedWorkload w, TierIdentity id) {
    BaseObject base = w.workload();
    Object replicas = tier.autoscaled()
        ? base.at("/spec/replicas") != null ? RemovedField.INSTANCE : null
        : tier.replicas();
    PodSpec pod = new PodSpec();
    Container container = new Container();
    container.setName(w.containerName());
    container.setResources(ContainerCompiler.resources(tier.resources()));
    workers(tier, w, container);
    pod.setContainers(new ArrayList<>(List.of(container)));
    OverlayPlacement.place(pod, spec, scale, tier, base, id);
    PodTemplateSpec template = new PodTemplateSpec();
    template.setSpec(pod);
    ObjectMeta meta = new ObjectMeta();
    meta.setName(base.name());
    meta.setNamespace(base.namespace());
    if ("StatefulSet".equals(w.kind())) {
      StatefulSetSpec s = new StatefulSetSpec();
      s.setTemplate(template);
      s.setAdditionalProperty("replicas", replicas);
      StatefulSet patch = new StatefulSet();
      patch.setMetadata(meta);
      patch.setSpec(s);
      return patch;
    }
    DeploymentSpec s = new DeploymentSpec();
    s.setTemplate(template);
    s.setAdditionalProperty("replicas", replicas);
    Deployment patch = new Deployment();
    patch.setMetadata(meta);
    patch.setSpec(s);
    return patch;
  }

  /**
   * The worker count: nothing when the base already passes the spec's count (a different one is
   * {@code SG433}); else the flag and count after the base's {@code args} (a list is replaced whole
   * by a strategic merge), or the variable, merged into the base's {@code env} by name.
   */
  private static void workers(Tier tier, AdoptedWorkload w, Container container) {
    Tier.Workers workers = tier.workers();
    if (workers == null || workers.count() == null) {
      return;
    }
    String count = String.valueOf(workers.count());
    BaseObject base = w.workload();
    String at = w.containerPointer();
    if (workers.arg() != null && !passes(base, at + "/command", workers.arg(), count)
        && !passes(base, at + "/args", workers.arg(), count)) {
      List<String> args = new ArrayList<>();
      if (base.at(at + "/args") instanceof List<?> existing) {
        existing.forEach(a -> args.add(String.valueOf(a)));
      }
      args.add(workers.arg());
      args.add(count);
      container.setArgs(args);
    }
    if (workers.env() != null && !setsVariable(base, at + "/env", workers.env(), count)) {
      container.setEnv(new ArrayList<>(List.of(new EnvVar(workers.env(), count, null))));
    }
  }

  private static boolean setsVariable(BaseObject base, String pointer, String name, String count) {
    if (base.at(pointer) instanceof List<?> env) {
      for (int i = 0; i < env.size(); i++) {
        if (name.equals(base.text(pointer + "/" + i + "/name"))) {
          return count.equals(base.text(pointer + "/" + i + "/value"));
        }
      }
    }
    return false;
  }

  private static boolean passes(BaseObject base, String pointer, String flag, String count) {
    WorkerFlag found = WorkerFlag.find(base, pointer, flag);
    return found != null && count.equals(found.value());
  }
}
