package dev.scalegen.core.spec;

import static dev.scalegen.core.spec.SpecBinder.bool;
import static dev.scalegen.core.spec.SpecBinder.integer;
import static dev.scalegen.core.spec.SpecBinder.named;
import static dev.scalegen.core.spec.SpecBinder.object;
import static dev.scalegen.core.spec.SpecBinder.stringList;
import static dev.scalegen.core.spec.SpecBinder.strings;
import static dev.scalegen.core.spec.SpecBinder.text;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Binds the pod fields of a tier ({@link PodSettings}), as leniently as {@link SpecBinder}: a value
 * of the wrong type binds as {@code null} (the schema has reported it).
 */
final class PodSettingsBinder {

  private final SourceMap sourceMap;

  PodSettingsBinder(SourceMap sourceMap) {
    this.sourceMap = sourceMap;
  }

  PodSettings bind(JsonNode tier, String path) {
    var storage = named(tier, "storage", (name, v) -> new Storage(name,
        raw(v, "size", SourceMap.child(path + "/storage", name)), text(v, "mountPath"), text(v, "storageClass"),
        text(v, "accessMode")));
    JsonNode r = object(tier, "storageRetention");
    Storage.Retention retention = r == null ? null : new Storage.Retention(text(r, "whenDeleted"), text(r, "whenScaled"));
    List<WritablePath> writable = new ArrayList<>();
    JsonNode list = tier.get("writablePaths");
    if (list != null && list.isArray()) {
      for (int i = 0; i < list.size(); i++) {
        JsonNode w = list.get(i);
        if (w.isObject()) {
          writable.add(new WritablePath(text(w, "path"), raw(w, "sizeLimit", path + "/writablePaths/" + i),
              text(w, "medium")));
        }
      }
    }
    JsonNode p = object(tier, "probes");
    Probe.Probes probes = p == null ? null
        : new Probe.Probes(probe(object(p, "readiness")), probe(object(p, "liveness")), probe(object(p, "startup")));
    JsonNode sv = object(tier, "service");
    ServiceSettings service = sv == null ? null : new ServiceSettings(bool(sv, "enabled"), integer(sv, "port"),
        text(sv, "portName"), text(sv, "appProtocol"));
    List<EnvSource> envFrom = new ArrayList<>();
    JsonNode from = tier.get("envFrom");
    if (from != null && from.isArray()) {
      for (JsonNode f : from) {
        if (f.isObject()) {
          envFrom.add(envSource(f));
        }
      }
    }
    return new PodSettings(storage, retention, writable, probes, service, text(tier, "serviceAccountName"),
        stringList(tier, "imagePullSecrets"), named(tier, "env", (name, v) -> envSource(v)), envFrom,
        integer(tier, "terminationGracePeriodSeconds"), integer(tier, "preStopSleepSeconds"),
        rollout(object(tier, "rollout")), zoneSpread(tier.get("zoneSpread")), podTemplate(tier, path));
  }

  /** {@code rollout} of a tier or of a scenario's override; {@code null} when absent. */
  static Rollout rollout(JsonNode n) {
    if (n == null) {
      return null;
    }
    return new Rollout(amount(n.get("maxSurge")), amount(n.get("maxUnavailable")), integer(n, "partition"));
  }

  /** {@code 2} or {@code "25%"}; anything else is {@code null} (and a schema error). */
  private static Rollout.Amount amount(JsonNode v) {
    if (v == null) {
      return null;
    }
    if (v.isIntegralNumber() && v.canConvertToInt() && v.intValue() >= 0) {
      return new Rollout.Amount(v.intValue(), false);
    }
    if (v.isString() && v.asString().matches("(100|[1-9]?[0-9])%")) {
      return new Rollout.Amount(Integer.parseInt(v.asString().substring(0, v.asString().length() - 1)), true);
    }
    return null;
  }

  /** {@code true} (every default), a mapping, or {@code null} for {@code false}, absent or malformed. */
  private static ZoneSpread zoneSpread(JsonNode n) {
    if (n == null || !(n.isObject() || n.isBoolean() && n.booleanValue())) {
      return null;
    }
    return new ZoneSpread(integer(n, "maxSkew"), text(n, "whenUnsatisfiable"), integer(n, "minDomains"));
  }

  /** The fragment read with fabric8's model, or {@code null} when absent or not a mapping (a schema error). */
  private static PodTemplate podTemplate(JsonNode tier, String path) {
    JsonNode fragment = object(tier, "podTemplate");
    return fragment == null ? null : PodTemplateReader.read(fragment, path + "/podTemplate");
  }

  private static EnvSource envSource(JsonNode n) {
    return new EnvSource(text(n, "secret"), text(n, "configMap"), text(n, "key"), text(n, "prefix"), bool(n, "optional"));
  }

  private static Probe probe(JsonNode n) {
    if (n == null) {
      return null;
    }
    return new Probe(text(n, "http"), integer(n, "port"), strings(n, "headers"), integer(n, "tcp"), integer(n, "grpc"),
        text(n, "service"), stringList(n, "exec"),
        integer(n, "initialDelaySeconds"), integer(n, "periodSeconds"), integer(n, "timeoutSeconds"),
        integer(n, "successThreshold"), integer(n, "failureThreshold"));
  }

  /** A quantity as the user wrote it ({@code 10Gi}, {@code 1e9}), or {@code null}. */
  private String raw(JsonNode parent, String field, String path) {
    JsonNode v = parent.get(field);
    if (v == null || !(v.isString() || v.isNumber())) {
      return null;
    }
    String raw = sourceMap.rawText(path + "/" + field);
    return raw != null ? raw : v.asString();
  }
}
