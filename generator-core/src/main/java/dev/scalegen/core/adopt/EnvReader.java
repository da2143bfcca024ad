package dev.scalegen.core.adopt;

import dev.scalegen.core.spec.EnvSource;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A container's {@code env} and {@code envFrom}: literal values, and references to keys of Secrets
 * and ConfigMaps (kept as references: import never reads a Secret). A value from the pod's own
 * fields ({@code fieldRef}, {@code resourceFieldRef}) has no field in the spec: {@code SG408}.
 */
final class EnvReader {

  /** Literal values and references, each in the manifest's order; {@code envFrom} sources. */
  record Env(Map<String, String> literal, Map<String, EnvSource> references, List<EnvSource> from) {}

  private EnvReader() {}

  static Env read(Findings findings, Container container, String at) {
    Map<String, String> literal = new LinkedHashMap<>();
    Map<String, EnvSource> references = new LinkedHashMap<>();
    List<EnvVar> env = container.getEnv() == null ? List.of() : container.getEnv();
    for (int i = 0; i < env.size(); i++) {
      EnvVar v = env.get(i);
      var from = v.getValueFrom();
      if (from == null) {
        literal.put(v.getName(), v.getValue() == null ? "" : v.getValue());
      } else if (from.getSecretKeyRef() != null) {
        var ref = from.getSecretKeyRef();
        references.put(v.getName(), new EnvSource(ref.getName(), null, ref.getKey(), null, ref.getOptional()));
      } else if (from.getConfigMapKeyRef() != null) {
        var ref = from.getConfigMapKeyRef();
        references.put(v.getName(), new EnvSource(null, ref.getName(), ref.getKey(), null, ref.getOptional()));
      } else {
        findings.notCarried(at + "/env/" + i, "variable `" + v.getName() + "` (from the pod's own fields)",
            "the spec's `env` takes literals and Secret or ConfigMap keys; add this variable to the manifests by hand");
      }
    }
    List<EnvSource> sources = new ArrayList<>();
    List<EnvFromSource> envFrom = container.getEnvFrom() == null ? List.of() : container.getEnvFrom();
    for (EnvFromSource s : envFrom) {
      if (s.getSecretRef() != null) {
        sources.add(new EnvSource(s.getSecretRef().getName(), null, null, s.getPrefix(), s.getSecretRef().getOptional()));
      } else if (s.getConfigMapRef() != null) {
        sources.add(new EnvSource(null, s.getConfigMapRef().getName(), null, s.getPrefix(), s.getConfigMapRef().getOptional()));
      }
    }
    return new Env(literal, references, sources);
  }
}
