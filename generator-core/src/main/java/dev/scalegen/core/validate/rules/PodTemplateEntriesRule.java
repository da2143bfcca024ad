package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.PodTemplate;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Storage;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.spec.WritablePath;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The entries of a {@code podTemplate}'s lists as the merged pod will have them. {@code SG268}: a
 * name used twice where Kubernetes wants it once (two containers, init containers or volumes of
 * one name, an init container named like a container, two variables of one name, two mounts at
 * one path in one container). {@code SG269}: an entry Kubernetes would refuse (a container without
 * {@code name} or, when it is not the tier's, without {@code image}; an {@code env} entry without
 * {@code name}; a mount without {@code name} or {@code mountPath}, or of a volume the pod does not
 * have). A mount of the tier's container at a path where scalegen mounts {@code storage} or a
 * writable path is {@code SG251}, as between those.
 */
public final class PodTemplateEntriesRule implements Rule {

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    for (Tier tier : spec.tiers().values()) {
      PodTemplate fragment = tier.pod().podTemplate();
      if (fragment == null) {
        continue;
      }
      PodSpec pod = fragment.template().getSpec();
      String at = fragment.pointer() + "/spec";
      Set<String> volumes = new HashSet<>(tier.pod().storage().keySet());
      for (int i = 0; i < tier.pod().writablePaths().size(); i++) {
        volumes.add(WritablePath.volumeName(i));
      }
      Map<String, Integer> seen = new HashMap<>();
      List<Volume> extra = pod.getVolumes();
      for (int i = 0; i < extra.size(); i++) {
        name(tier, "volumes", i, extra.get(i).getName(), at, seen, report);
        volumes.add(extra.get(i).getName());
      }
      Map<String, Integer> containers = new HashMap<>();
      containers.put(tier.name(), -1);
      for (String list : List.of("containers", "initContainers")) {
        List<Container> entries = list.equals("containers") ? pod.getContainers() : pod.getInitContainers();
        for (int i = 0; i < entries.size(); i++) {
          Container c = entries.get(i);
          String here = at + "/" + list + "/" + i;
          boolean main = list.equals("containers") && tier.name().equals(c.getName());
          if (!main) {
            name(tier, list, i, c.getName(), at, containers, report);
          }
          if (c.getName() != null && c.getImage() == null && !main) {
            report.key(Code.POD_TEMPLATE_INCOMPLETE, here + "/name", "`podTemplate.spec." + list + "[" + i
                + "]` (`" + c.getName() + "`) on tier `" + tier.name() + "` has no `image`",
                "set `image`; only the tier's own container (`" + tier.name() + "`) takes it from the tier");
          }
          entries(tier, c, here, main, volumes, report);
        }
      }
    }
  }

  private static void entries(Tier tier, Container c, String here, boolean main, Set<String> volumes,
      Reporter report) {
    Map<String, Integer> vars = new HashMap<>();
    List<EnvVar> env = c.getEnv();
    for (int i = 0; i < env.size(); i++) {
      name(tier, field(here, "env"), i, env.get(i).getName(), here, vars, report);
    }
    Map<String, Integer> paths = new HashMap<>();
    if (main) {
      for (Storage s : tier.pod().storage().values()) {
        paths.put(normal(s.mountPath()), -1);
      }
      tier.pod().writablePaths().forEach(w -> paths.put(normal(w.path()), -1));
    }
    List<VolumeMount> mounts = c.getVolumeMounts();
    for (int i = 0; i < mounts.size(); i++) {
      VolumeMount m = mounts.get(i);
      String mount = here + "/volumeMounts/" + i;
      String field = "`" + field(here, "volumeMounts") + "[" + i + "]` on tier `" + tier.name() + "`";
      if (m.getName() == null || m.getMountPath() == null) {
        report.value(Code.POD_TEMPLATE_INCOMPLETE, mount, field + " has no `" + (m.getName() == null ? "name"
            : "mountPath") + "`", "a mount names its volume (`name`) and where it goes (`mountPath`)");
      } else if (!volumes.contains(m.getName())) {
        report.value(Code.POD_TEMPLATE_INCOMPLETE, mount + "/name", field + " mounts volume `" + m.getName()
            + "`, which the pod does not have", "add it to `podTemplate.spec.volumes`" + (volumes.isEmpty() ? ""
            : ", or mount one of `" + String.join("`, `", volumes.stream().sorted().toList()) + "`"));
      } else if (paths.get(normal(m.getMountPath())) != null && paths.get(normal(m.getMountPath())) == -1) {
        report.value(Code.MOUNT_CONFLICT, mount + "/mountPath", field + " mounts at `" + m.getMountPath()
            + "`, where scalegen mounts the tier's `storage` or `writablePaths`", "give each volume its own path");
      } else if (paths.putIfAbsent(normal(m.getMountPath()), i) != null) {
        report.value(Code.POD_TEMPLATE_DUPLICATE, mount + "/mountPath", field + " mounts at `" + m.getMountPath()
            + "`, as `volumeMounts[" + paths.get(normal(m.getMountPath())) + "]` does", "give each mount its own path");
      }
    }
  }

  /** Reports an entry without a name ({@code SG269}) or with one used before ({@code SG268}). */
  private static void name(Tier tier, String list, int i, String name, String at, Map<String, Integer> seen,
      Reporter report) {
    String entry = list.startsWith("podTemplate.") ? list : "podTemplate.spec." + list;
    String pointer = (list.startsWith("podTemplate.") ? at + "/env" : at + "/" + list) + "/" + i;
    if (name == null) {
      report.value(Code.POD_TEMPLATE_INCOMPLETE, pointer, "`" + entry + "[" + i + "]` on tier `" + tier.name()
          + "` has no `name`", "give it a `name`: entries of this list are merged by it");
      return;
    }
    Integer first = seen.putIfAbsent(name, i);
    if (first != null) {
      report.value(Code.POD_TEMPLATE_DUPLICATE, pointer + "/name", "`" + entry + "[" + i + "]` on tier `" + tier.name()
          + "` is named `" + name + "`, " + (first == -1 ? "like the tier's container" : "as another entry is"),
          "give it a name of its own" + (first == -1 ? "; to add to the tier's container, list it under `containers`" : ""));
    }
  }

  private static String field(String pointer, String list) {
    String rel = pointer.substring(pointer.indexOf("/podTemplate/") + 1);
    return dev.scalegen.core.spec.SourceMap.dotted("/" + rel) + "." + list;
  }

  private static String normal(String path) {
    return path == null ? null : path.length() > 1 ? path.replaceAll("/+$", "") : path;
  }
}
