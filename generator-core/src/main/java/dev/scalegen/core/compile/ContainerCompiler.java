package dev.scalegen.core.compile;

import dev.scalegen.core.spec.Resources;
import dev.scalegen.core.spec.Tier;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tier's one container, named after the tier: image, command, arguments (with the workers
 * flag appended: {@code --workers 8}), environment (with the workers variable appended), port,
 * requests and limits, the restrictive security context, its volume mounts
 * ({@link VolumeCompiler}) and probes ({@link ProbeCompiler}).
 */
final class ContainerCompiler {
  private ContainerCompiler() {}

  static Container compile(Tier tier) {
    Container c = new Container();
    c.setName(tier.name());
    c.setImage(tier.image());
    c.setCommand(tier.command().isEmpty() ? null : new ArrayList<>(tier.command()));
    c.setArgs(args(tier));
    c.setEnv(env(tier));
    c.setEnvFrom(EnvCompiler.envFrom(tier));
    c.setResources(resources(tier.resources()));
    c.setSecurityContext(SecurityContexts.container(tier.securityContext()));
    c.setVolumeMounts(VolumeCompiler.mounts(tier));
    ProbeCompiler.probe(c, tier);
    if (tier.port() != null) {
      ContainerPort port = new ContainerPort();
      port.setName(tier.pod().service().portNameOrDefault());
      port.setContainerPort(tier.port());
      port.setProtocol("TCP");
      c.getPorts().add(port);
    }
    return c;
  }

  /** The spec's {@code args}, then {@code workers.arg} and the count. */
  static List<String> args(Tier tier) {
    List<String> args = new ArrayList<>(tier.args());
    Tier.Workers w = tier.workers();
    if (w != null && w.arg() != null) {
      args.add(w.arg());
      args.add(String.valueOf(w.count()));
    }
    return args.isEmpty() ? null : args;
  }

  /**
   * The spec's {@code env} in file order (literal values, then references to keys of Secrets and
   * ConfigMaps), then {@code workers.env} set to the count.
   */
  static List<EnvVar> env(Tier tier) {
    Map<String, EnvVar> vars = new LinkedHashMap<>();
    tier.env().forEach((name, value) -> vars.put(name, new EnvVar(name, value, null)));
    tier.pod().envRefs().forEach((name, ref) -> vars.put(name, new EnvVar(name, null, EnvCompiler.valueFrom(ref))));
    Tier.Workers w = tier.workers();
    if (w != null && w.env() != null) {
      vars.put(w.env(), new EnvVar(w.env(), String.valueOf(w.count()), null));
    }
    return vars.isEmpty() ? null : new ArrayList<>(vars.values());
  }

  static ResourceRequirements resources(Resources resources) {
    if (resources == null) {
      return null;
    }
    ResourceRequirements requirements = new ResourceRequirements();
    requirements.setRequests(quantities(resources.requestsOrEmpty()));
    requirements.setLimits(quantities(resources.limitsOrEmpty()));
    return requirements;
  }

  private static Map<String, Quantity> quantities(Resources.ResourceList list) {
    Map<String, Quantity> map = new LinkedHashMap<>();
    if (list.cpu() != null) {
      map.put("cpu", new Quantity(list.cpu()));
    }
    if (list.memory() != null) {
      map.put("memory", new Quantity(list.memory()));
    }
    return map.isEmpty() ? null : map;
  }
}
