package dev.scalegen.core.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;

/**
 * Binds a parsed tree to the typed {@link ScalingSpec}. Lenient on purpose: a value of the wrong
 * type binds as {@code null} (the schema layer has already reported it), so that semantic rules can
 * still run on the rest of the spec and every problem is reported in one run.
 *
 * <p>Nothing is dropped silently: the schema bounds every integer field within {@code int}
 * ({@code long} for user and group IDs), so a number that an accessor here cannot hold and binds as
 * {@code null} is always a schema error too, and the spec is not compiled. {@code IntegerFieldsTest}
 * holds every integer field of the schema to that.
 */
public final class SpecBinder {

  private final SourceMap sourceMap;

  private SpecBinder(SourceMap sourceMap) {
    this.sourceMap = sourceMap;
  }

  /** Binds {@code root}; never throws for a tree of any shape. */
  public static ScalingSpec bind(JsonNode root, SourceMap sourceMap) {
    return new SpecBinder(sourceMap).spec(root);
  }

  private ScalingSpec spec(JsonNode root) {
    JsonNode md = object(root, "metadata");
    Metadata metadata = new Metadata(text(md, "name"), text(md, "namespace"),
        strings(md, "labels"), strings(md, "annotations"));
    return new ScalingSpec(metadata,
        named(root, "nodePools", this::nodePool),
        named(root, "tiers", this::tier),
        named(root, "schedules", this::schedule),
        named(root, "scenarios", this::scenario),
        new Scheduler(text(object(root, "scheduler"), "image")),
        text(root, "base"),
        sourceMap);
  }

  private NodePool nodePool(String name, JsonNode n) {
    JsonNode label = object(n, "nodeLabel");
    NodePool.NodeLabel nodeLabel = label == null ? null : new NodePool.NodeLabel(text(label, "key"), text(label, "value"));
    List<NodePool.Toleration> tolerations = new ArrayList<>();
    JsonNode list = n.get("tolerations");
    if (list != null && list.isArray()) {
      for (JsonNode t : list) {
        if (t.isObject()) {
          tolerations.add(new NodePool.Toleration(text(t, "key"), text(t, "operator"), text(t, "value"), text(t, "effect")));
        }
      }
    }
    return new NodePool(name, text(n, "preset"), nodeLabel, tolerations);
  }

  private Tier tier(String name, JsonNode n) {
    String path = "/tiers/" + SourceMap.escape(name);
    JsonNode w = object(n, "workers");
    Tier.Workers workers = w == null ? null : new Tier.Workers(integer(w, "count"), text(w, "arg"), text(w, "env"));
    JsonNode p = object(n, "placement");
    Tier.Placement placement = p == null ? null : new Tier.Placement(text(p, "pool"), text(p, "mode"));
    JsonNode s = object(n, "securityContext");
    Tier.SecurityContext security = s == null ? null : new Tier.SecurityContext(
        longValue(s, "runAsUser"), longValue(s, "runAsGroup"), longValue(s, "fsGroup"),
        bool(s, "runAsNonRoot"), bool(s, "readOnlyRootFilesystem"), bool(s, "allowPrivilegeEscalation"));
    JsonNode a = object(n, "adopt");
    Tier.Adopt adopt = a == null ? null
        : new Tier.Adopt(text(a, "kind"), text(a, "name"), text(a, "container"), Boolean.TRUE.equals(bool(a, "takeOver")));
    boolean stateful = Boolean.TRUE.equals(bool(n, "stateful")) || adopt != null && "StatefulSet".equals(adopt.kind());
    return new Tier(name, text(n, "image"), stringList(n, "command"), stringList(n, "args"), integer(n, "port"),
        strings(n, "env"), workers, resources(object(n, "resources"), path + "/resources"), integer(n, "replicas"),
        autoscaling(object(n, "autoscaling")), placement, stateful,
        strings(n, "labels"), strings(n, "annotations"), security, new PodSettingsBinder(sourceMap).bind(n, path), adopt);
  }

  private Resources resources(JsonNode n, String path) {
    if (n == null) {
      return null;
    }
    return new Resources(resourceList(object(n, "requests"), path + "/requests"),
        resourceList(object(n, "limits"), path + "/limits"));
  }

  private Resources.ResourceList resourceList(JsonNode n, String path) {
    if (n == null) {
      return null;
    }
    return new Resources.ResourceList(quantity(n, "cpu", path), quantity(n, "memory", path));
  }

  /** A quantity as the user wrote it: {@code 0.5} stays {@code "0.5"}, {@code 1e3} stays {@code "1e3"}. */
  private String quantity(JsonNode parent, String field, String path) {
    JsonNode v = parent.get(field);
    if (v == null || !(v.isString() || v.isNumber())) {
      return null;
    }
    String raw = sourceMap.rawText(path + "/" + field);
    return raw != null ? raw : v.asString();
  }

  private Autoscaling autoscaling(JsonNode n) {
    if (n == null) {
      return null;
    }
    return new Autoscaling(integer(n, "min"), integer(n, "max"), percent(n, "cpu"), percent(n, "memory"),
        behavior(n.get("behavior")), "keda".equals(text(n, "engine")) ? keda(n) : null);
  }

  private static Keda keda(JsonNode n) {
    List<Keda.Trigger> triggers = new ArrayList<>();
    JsonNode list = n.get("triggers");
    if (list != null && list.isArray()) {
      for (JsonNode t : list) {
        if (t.isObject()) {
          triggers.add(trigger(t));
        }
      }
    }
    JsonNode f = object(n, "fallback");
    Keda.Fallback fallback = f == null ? null : new Keda.Fallback(integer(f, "failureThreshold"), integer(f, "replicas"));
    return new Keda(triggers, integer(n, "pollingInterval"), integer(n, "cooldownPeriod"), fallback);
  }

  /** A trigger; its settings are every other scalar it holds, as text, in file order. */
  private static Keda.Trigger trigger(JsonNode t) {
    Map<String, String> settings = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : t.properties()) {
      JsonNode v = e.getValue();
      if (!KEDA_TRIGGER_OWN.contains(e.getKey()) && (v.isString() || v.isNumber() || v.isBoolean())) {
        settings.put(e.getKey(), v.asString());
      }
    }
    JsonNode a = object(t, "auth");
    Keda.Auth auth = a == null ? null : new Keda.Auth(text(a, "secret"), strings(a, "keys"));
    return new Keda.Trigger(text(t, "type"), integer(t, "target"), integer(t, "activation"), settings, auth);
  }

  private static final Set<String> KEDA_TRIGGER_OWN = Set.of("type", "target", "activation", "auth");

  private Behavior behavior(JsonNode n) {
    if (n == null) {
      return null;
    }
    if (n.isString()) {
      return new Behavior(n.asString(), null, null);
    }
    if (!n.isObject()) {
      return null;
    }
    return new Behavior(null, rules(object(n, "scaleUp")), rules(object(n, "scaleDown")));
  }

  private Behavior.Rules rules(JsonNode n) {
    if (n == null) {
      return null;
    }
    List<Behavior.Policy> policies = new ArrayList<>();
    JsonNode list = n.get("policies");
    if (list != null && list.isArray()) {
      for (JsonNode p : list) {
        Integer value = integer(p, "value");
        Integer period = integer(p, "periodSeconds");
        if (p.isObject() && value != null && period != null) {
          policies.add(new Behavior.Policy(text(p, "type"), value, period));
        }
      }
    }
    return new Behavior.Rules(integer(n, "stabilizationWindowSeconds"), text(n, "selectPolicy"), policies);
  }

  private Schedule schedule(String name, JsonNode n) {
    JsonNode w = object(n, "window");
    Schedule.Window window = w == null ? null
        : new Schedule.Window(text(w, "from"), text(w, "to"), text(w, "days"), text(w, "timeZone"));
    JsonNode c = object(n, "cron");
    Schedule.Cron cron = c == null ? null : new Schedule.Cron(text(c, "enter"), text(c, "exit"), text(c, "timeZone"));
    Map<String, Schedule.ScheduledValues> set = named(n, "set", SpecBinder::scheduledValues);
    return new Schedule(name, window, cron, set);
  }

  private Scenario scenario(String name, JsonNode n) {
    String path = "/scenarios/" + SourceMap.escape(name) + "/tiers/";
    Map<String, Scenario.TierOverride> tiers = named(n, "tiers", (tier, v) -> {
      JsonNode workers = object(v, "workers");
      return new Scenario.TierOverride(integer(v, "replicas"), autoscaling(object(v, "autoscaling")),
          resources(object(v, "resources"), path + SourceMap.escape(tier) + "/resources"),
          workers == null ? null : integer(workers, "count"), PodSettingsBinder.rollout(object(v, "rollout")));
    });
    return new Scenario(name, text(n, "description"), tiers, scheduleOverrides(object(n, "schedules")),
        named(n, "expect", SpecBinder::promise));
  }

  private static Promise promise(String tier, JsonNode v) {
    return new Promise(tier, text(v, "load"), integer(v, "reaches"), text(v, "within"), integer(v, "neverAbove"),
        text(v, "readyAfter"), text(v, "length"));
  }

  /** {@code off} or {@code { set: {...} }} by schedule name; other values are the schema's to report. */
  private static Map<String, Scenario.ScheduleOverride> scheduleOverrides(JsonNode map) {
    Map<String, Scenario.ScheduleOverride> out = new LinkedHashMap<>();
    if (map != null) {
      for (Map.Entry<String, JsonNode> e : map.properties()) {
        JsonNode v = e.getValue();
        if (v.isString() && v.asString().equals("off")) {
          out.put(e.getKey(), Scenario.ScheduleOverride.OFF);
        } else if (v.isObject() && object(v, "set") != null) {
          out.put(e.getKey(), new Scenario.ScheduleOverride(named(v, "set", SpecBinder::scheduledValues)));
        }
      }
    }
    return out;
  }

  private static Schedule.ScheduledValues scheduledValues(String tier, JsonNode v) {
    return new Schedule.ScheduledValues(integer(v, "min"), integer(v, "max"), integer(v, "replicas"));
  }

  // --- lenient accessors --------------------------------------------------------------------

  static <T> Map<String, T> named(JsonNode parent, String field,
      BiFunction<String, JsonNode, T> bind) {
    JsonNode map = object(parent, field);
    Map<String, T> out = new LinkedHashMap<>();
    if (map != null) {
      for (Map.Entry<String, JsonNode> e : map.properties()) {
        if (e.getValue().isObject()) {
          out.put(e.getKey(), bind.apply(e.getKey(), e.getValue()));
        }
      }
    }
    return out;
  }

  static JsonNode object(JsonNode parent, String field) {
    if (parent == null) {
      return null;
    }
    JsonNode v = parent.get(field);
    return v != null && v.isObject() ? v : null;
  }

  static String text(JsonNode parent, String field) {
    JsonNode v = parent == null ? null : parent.get(field);
    return v != null && v.isString() ? v.asString() : null;
  }

  static Integer integer(JsonNode parent, String field) {
    JsonNode v = parent == null ? null : parent.get(field);
    return v != null && v.isIntegralNumber() && v.canConvertToInt() ? v.intValue() : null;
  }

  private static Long longValue(JsonNode parent, String field) {
    JsonNode v = parent == null ? null : parent.get(field);
    return v != null && v.isIntegralNumber() && v.canConvertToLong() ? v.longValue() : null;
  }

  static Boolean bool(JsonNode parent, String field) {
    JsonNode v = parent == null ? null : parent.get(field);
    return v != null && v.isBoolean() ? v.booleanValue() : null;
  }

  /** {@code 70}, {@code "70%"} or {@code "70"}; anything else is {@code null} (and a schema error). */
  private static Integer percent(JsonNode parent, String field) {
    JsonNode v = parent == null ? null : parent.get(field);
    if (v == null) {
      return null;
    }
    if (v.isIntegralNumber() && v.canConvertToInt()) {
      return v.intValue();
    }
    if (v.isString() && v.asString().matches("[0-9]{1,6}%?")) {
      return Integer.parseInt(v.asString().replace("%", ""));
    }
    return null;
  }

  static Map<String, String> strings(JsonNode parent, String field) {
    JsonNode map = object(parent, field);
    Map<String, String> out = new LinkedHashMap<>();
    if (map != null) {
      for (Map.Entry<String, JsonNode> e : map.properties()) {
        if (e.getValue().isString()) {
          out.put(e.getKey(), e.getValue().asString());
        }
      }
    }
    return out;
  }

  static List<String> stringList(JsonNode parent, String field) {
    JsonNode v = parent == null ? null : parent.get(field);
    List<String> out = new ArrayList<>();
    if (v != null && v.isArray()) {
      for (JsonNode item : v) {
        if (item.isString()) {
          out.add(item.asString());
        }
      }
    }
    return out;
  }
}
