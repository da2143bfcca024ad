package dev.scalegen.core.adopt;

import static dev.scalegen.core.adopt.SpecYaml.bool;
import static dev.scalegen.core.adopt.SpecYaml.list;
import static dev.scalegen.core.adopt.SpecYaml.map;
import static dev.scalegen.core.adopt.SpecYaml.number;
import static dev.scalegen.core.adopt.SpecYaml.put;
import static dev.scalegen.core.adopt.SpecYaml.text;

import dev.scalegen.core.spec.Autoscaling;
import dev.scalegen.core.spec.Behavior;
import dev.scalegen.core.spec.EnvSource;
import dev.scalegen.core.spec.PodSettings;
import dev.scalegen.core.spec.Probe;
import dev.scalegen.core.spec.Resources;
import dev.scalegen.core.spec.Storage;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.spec.WritablePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** One tier of an imported spec as YAML nodes, its fields in the schema's order; {@code null} fields are left out. */
final class TierYaml {

  private TierYaml() {}

  static Node tier(Tier t) {
    Node n = map();
    PodSettings pod = t.pod();
    if (t.adopt() != null) {
      Node a = put(n, "adopt", map()).getValueNode();
      put(a, "kind", text(t.adopt().kind()));
      put(a, "name", text(t.adopt().name()));
      put(a, "container", text(t.adopt().container()));
      put(a, "takeOver", t.adopt().takeOver() ? bool(true) : null);
    }
    put(n, "image", text(t.image()));
    put(n, "command", list(t.command()));
    put(n, "args", list(t.args()));
    put(n, "port", number(t.port()));
    put(n, "env", env(t.env(), pod.envRefs()));
    put(n, "envFrom", envFrom(pod.envFrom()));
    if (t.workers() != null) {
      Node w = put(n, "workers", map()).getValueNode();
      put(w, "count", number(t.workers().count()));
      put(w, "arg", text(t.workers().arg()));
      put(w, "env", text(t.workers().env()));
    }
    put(n, "resources", resources(t.resources()));
    put(n, "replicas", number(t.replicas()));
    put(n, "autoscaling", autoscaling(t.autoscaling()));
    if (t.placement() != null) {
      Node p = put(n, "placement", map()).getValueNode();
      put(p, "pool", text(t.placement().pool()));
      put(p, "mode", text(t.placement().mode()));
    }
    put(n, "stateful", t.stateful() ? bool(true) : null);
    put(n, "securityContext", security(t.securityContext()));
    if (!pod.storage().isEmpty()) {
      Node s = put(n, "storage", map()).getValueNode();
      for (Storage v : pod.storage().values()) {
        Node m = put(s, v.name(), map()).getValueNode();
        put(m, "size", text(v.size()));
        put(m, "mountPath", text(v.mountPath()));
        put(m, "storageClass", text(v.storageClass()));
        put(m, "accessMode", text(v.accessMode()));
      }
    }
    if (!pod.writablePaths().isEmpty()) {
      List<Node> items = new ArrayList<>();
      for (WritablePath w : pod.writablePaths()) {
        Node m = map();
        put(m, "path", text(w.path()));
        put(m, "sizeLimit", text(w.sizeLimit()));
        put(m, "medium", text(w.medium()));
        items.add(m);
      }
      put(n, "writablePaths", new SequenceNode(Tag.SEQ, items, FlowStyle.BLOCK));
    }
    put(n, "probes", probes(pod.probes()));
    if (pod.service() != null && !pod.service().equals(dev.scalegen.core.spec.ServiceSettings.DEFAULTS)) {
      Node s = put(n, "service", map()).getValueNode();
      put(s, "enabled", bool(pod.service().enabled()));
      put(s, "port", number(pod.service().port()));
      put(s, "portName", text(pod.service().portName()));
      put(s, "appProtocol", text(pod.service().appProtocol()));
    }
    put(n, "serviceAccountName", text(pod.serviceAccountName()));
    put(n, "imagePullSecrets", list(pod.imagePullSecrets()));
    put(n, "terminationGracePeriodSeconds", number(pod.terminationGracePeriodSeconds()));
    put(n, "preStopSleepSeconds", number(pod.preStopSleepSeconds()));
    return n;
  }

  private static Node env(Map<String, String> literal, Map<String, EnvSource> references) {
    if (literal.isEmpty() && references.isEmpty()) {
      return null;
    }
    Node n = map();
    literal.forEach((k, v) -> put(n, k, text(v)));
    references.forEach((k, v) -> {
      Node r = put(n, k, map()).getValueNode();
      put(r, "secret", text(v.secret()));
      put(r, "configMap", text(v.configMap()));
      put(r, "key", text(v.key()));
      put(r, "optional", bool(v.optional()));
    });
    return n;
  }

  private static Node envFrom(List<EnvSource> sources) {
    if (sources.isEmpty()) {
      return null;
    }
    List<Node> items = new ArrayList<>();
    for (EnvSource s : sources) {
      Node m = map();
      put(m, "secret", text(s.secret()));
      put(m, "configMap", text(s.configMap()));
      put(m, "prefix", text(s.prefix()));
      put(m, "optional", bool(s.optional()));
      items.add(m);
    }
    return new SequenceNode(Tag.SEQ, items, FlowStyle.BLOCK);
  }

  private static Node resources(Resources r) {
    if (r == null) {
      return null;
    }
    Node n = map();
    for (String kind : List.of("requests", "limits")) {
      Resources.ResourceList list = kind.equals("requests") ? r.requests() : r.limits();
      if (list != null) {
        Node m = put(n, kind, map()).getValueNode();
        put(m, "cpu", text(list.cpu()));
        put(m, "memory", text(list.memory()));
      }
    }
    return n;
  }

  private static Node autoscaling(Autoscaling a) {
    if (a == null) {
      return null;
    }
    Node n = map();
    put(n, "min", number(a.min()));
    put(n, "max", number(a.max()));
    put(n, "cpu", a.cpu() == null ? null : text(a.cpu() + "%"));
    put(n, "memory", a.memory() == null ? null : text(a.memory() + "%"));
    if (a.behavior() != null) {
      Node b = put(n, "behavior", map()).getValueNode();
      put(b, "scaleUp", rules(a.behavior().scaleUp()));
      put(b, "scaleDown", rules(a.behavior().scaleDown()));
    }
    return n;
  }

  private static Node rules(Behavior.Rules r) {
    if (r == null) {
      return null;
    }
    Node n = map();
    put(n, "stabilizationWindowSeconds", number(r.stabilizationWindowSeconds()));
    put(n, "selectPolicy", text(r.selectPolicy()));
    if (!r.policies().isEmpty()) {
      List<Node> items = new ArrayList<>();
      for (Behavior.Policy p : r.policies()) {
        Node m = map();
        put(m, "type", text(p.type()));
        put(m, "value", number(p.value()));
        put(m, "periodSeconds", number(p.periodSeconds()));
        items.add(m);
      }
      put(n, "policies", new SequenceNode(Tag.SEQ, items, FlowStyle.BLOCK));
    }
    return n;
  }

  private static Node security(Tier.SecurityContext s) {
    if (s == null) {
      return null;
    }
    Node n = map();
    put(n, "runAsUser", number(s.runAsUser()));
    put(n, "runAsGroup", number(s.runAsGroup()));
    put(n, "fsGroup", number(s.fsGroup()));
    put(n, "runAsNonRoot", bool(s.runAsNonRoot()));
    put(n, "readOnlyRootFilesystem", bool(s.readOnlyRootFilesystem()));
    put(n, "allowPrivilegeEscalation", bool(s.allowPrivilegeEscalation()));
    return ((org.snakeyaml.engine.v2.nodes.MappingNode) n).getValue().isEmpty() ? null : n;
  }

  private static Node probes(Probe.Probes p) {
    if (p == null || p.equals(Probe.Probes.NONE)) {
      return null;
    }
    Node n = map();
    put(n, "readiness", probe(p.readiness()));
    put(n, "liveness", probe(p.liveness()));
    put(n, "startup", probe(p.startup()));
    return n;
  }

  private static Node probe(Probe p) {
    if (p == null) {
      return null;
    }
    Node n = map();
    put(n, "http", text(p.http()));
    put(n, "port", number(p.port()));
    put(n, "headers", headers(p.headers()));
    put(n, "tcp", number(p.tcp()));
    put(n, "grpc", number(p.grpc()));
    put(n, "service", text(p.service()));
    put(n, "exec", list(p.exec()));
    put(n, "initialDelaySeconds", number(p.initialDelaySeconds()));
    put(n, "periodSeconds", number(p.periodSeconds()));
    put(n, "timeoutSeconds", number(p.timeoutSeconds()));
    put(n, "successThreshold", number(p.successThreshold()));
    put(n, "failureThreshold", number(p.failureThreshold()));
    return n;
  }

  private static Node headers(Map<String, String> headers) {
    if (headers.isEmpty()) {
      return null;
    }
    Node n = map();
    headers.forEach((k, v) -> put(n, k, text(v)));
    return n;
  }
}
