package dev.scalegen.golden.runbook;

import dev.scalegen.core.Manifest;
import dev.scalegen.core.emit.FileLayout;
import dev.scalegen.core.emit.ManifestYaml;
import dev.scalegen.core.emit.OutputWriter;
import dev.scalegen.keda.ScaledObject;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code scalegen generate} wrote, as the runbook's commands meet it: the files on disk (in a
 * temporary folder that stands for the runbook's manifests folder), each object read back into its
 * fabric8 type with the file it is in, and the pod templates of the workloads and jobs.
 */
final class GeneratedOutput {

  /** An object and the file that holds it. */
  record Placed(HasMetadata object, Path file, String set) {}

  private final Path root;
  private final List<Placed> objects = new ArrayList<>();
  private final Map<String, Boolean> sets = new LinkedHashMap<>();

  private GeneratedOutput(Path root) {
    this.root = root;
  }

  static GeneratedOutput write(List<Manifest> manifests, Path root) throws IOException {
    OutputWriter.write(manifests, root);
    GeneratedOutput output = new GeneratedOutput(root);
    for (Manifest m : manifests) {
      String set = m.path().substring(0, m.path().indexOf('/'));
      output.sets.put(set, true);
      if (!m.path().endsWith("/" + FileLayout.KUSTOMIZATION)) {
        output.objects.add(new Placed(ManifestYaml.readObject(m.content()), root.resolve(m.path()), set));
      }
    }
    return output;
  }

  Path root() {
    return root;
  }

  boolean hasSet(String set) {
    return sets.containsKey(set);
  }

  /**
   * The objects of a kind and name, in every set. An HPA is also found as the ScaledObject that KEDA
   * makes it from: KEDA names it {@code advanced.horizontalPodAutoscalerConfig.name}, else
   * {@code keda-hpa-<ScaledObject>} (KEDA's {@code getHPAName}).
   */
  List<Placed> find(String kind, String name) {
    return objects.stream().filter(p -> p.object().getKind().equals(kind)
        && p.object().getMetadata().getName().equals(name)
        || kind.equals("HorizontalPodAutoscaler") && p.object() instanceof ScaledObject so
        && name.equals(kedaHpa(so))).toList();
  }

  private static String kedaHpa(ScaledObject so) {
    var advanced = so.getSpec().getAdvanced();
    return advanced != null && advanced.getHorizontalPodAutoscalerConfig() != null
        && advanced.getHorizontalPodAutoscalerConfig().getName() != null
        ? advanced.getHorizontalPodAutoscalerConfig().getName() : "keda-hpa-" + so.getMetadata().getName();
  }

  /** The pod templates of every workload (Deployment, StatefulSet) of every set. */
  List<PodTemplateSpec> workloadPods() {
    List<PodTemplateSpec> pods = new ArrayList<>();
    for (Placed p : objects) {
      if (p.object() instanceof Deployment d) {
        pods.add(d.getSpec().getTemplate());
      } else if (p.object() instanceof StatefulSet s) {
        pods.add(s.getSpec().getTemplate());
      }
    }
    return pods;
  }

  /** The pod templates of the schedules' jobs. */
  List<PodTemplateSpec> jobPods() {
    return objects.stream().filter(p -> p.object() instanceof CronJob)
        .map(p -> ((CronJob) p.object()).getSpec().getJobTemplate().getSpec().getTemplate()).toList();
  }

  /** The labels of the jobs the CronJobs create. */
  List<Map<String, String>> jobLabels() {
    return objects.stream().filter(p -> p.object() instanceof CronJob)
        .map(p -> ((CronJob) p.object()).getSpec().getJobTemplate().getMetadata().getLabels()).toList();
  }

  /** Every pod spec that asks for nodes by label: the workloads' and the jobs'. */
  List<PodSpec> podSpecs() {
    List<PodSpec> specs = new ArrayList<>();
    workloadPods().forEach(p -> specs.add(p.getSpec()));
    jobPods().forEach(p -> specs.add(p.getSpec()));
    return specs;
  }
}
