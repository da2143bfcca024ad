package dev.scalegen.report.render;

import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.JsonRenderer;
import dev.scalegen.report.capacity.Amount;
import dev.scalegen.report.capacity.CapacityReport;
import dev.scalegen.report.capacity.PoolCapacity;
import dev.scalegen.report.capacity.Segment;
import dev.scalegen.report.capacity.SetCapacity;
import dev.scalegen.report.capacity.SetCost;
import dev.scalegen.report.capacity.TierCapacity;
import dev.scalegen.report.capacity.WeekExtreme;
import java.util.List;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The report as JSON for tools: the same numbers as the HTML and Markdown (CPU in vCPU, memory in
 * GiB, rounded to 3 decimals; money to 2), the week's steps with their local and UTC times, and
 * no {@code currency} key (nor any cost) without prices. See {@code docs/report.md}.
 */
public final class ReportJson {

  private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ReportJson() {}

  public static String render(CapacityReport report) {
    ObjectNode root = NODES.objectNode();
    root.put("spec", report.spec());
    root.put("namespace", report.namespace());
    root.putObject("units").put("cpu", "vCPU").put("memory", "GiB").put("time", "local, " + report.zone().getId());
    ObjectNode week = root.putObject("week");
    week.put("monday", report.monday().toString()).put("zone", report.zone().getId()).put("offsets", report.offsets());
    if (report.currency() != null) {
      root.put("currency", report.currency());
    }
    ArrayNode sets = root.putArray("sets");
    WeekTimes times = new WeekTimes(report.monday(), report.zone());
    for (SetCapacity set : report.sets()) {
      ObjectNode s = sets.addObject().put("name", set.name()).put("description", set.description());
      ArrayNode tiers = s.putArray("tiers");
      for (TierCapacity t : set.tiers()) {
        ObjectNode tier = tiers.addObject().put("name", t.name()).put("pool", t.pool()).put("autoscaled", t.autoscaled());
        if (t.autoscaled()) {
          tier.put("engine", t.keda() ? "keda" : "hpa");
        }
        tier.putObject("pod").put("cpuRequest", round(t.pod().cpuRequest())).put("memoryRequest", round(t.pod().memoryRequest()))
            .put("cpuLimit", t.pod().cpuLimited() ? round(t.pod().cpuLimit()) : null)
            .put("memoryLimit", t.pod().memoryLimited() ? round(t.pod().memoryLimit()) : null);
        tier.putObject("bounds").put("min", t.bounds().min()).put("max", t.bounds().max());
        tier.set("atMin", amount(t.atMin()));
        tier.set("atMax", amount(t.atMax()));
        tier.set("diagnostics", diagnostics(t.diagnostics()));
      }
      ArrayNode pools = s.putArray("pools");
      for (PoolCapacity p : set.pools()) {
        ObjectNode pool = pools.addObject().put("name", p.name()).put("spot", p.spot());
        pool.putObject("nodeShape").put("cpu", round(p.shape().cpu())).put("memory", round(p.shape().memory()))
            .put("pods", p.shape().pods()).put("allocatable", round(p.shape().allocatable()));
        pool.set("atMin", amount(p.atMin()));
        pool.set("atMax", amount(p.atMax()));
        pool.put("nodesAtMin", p.nodesAtMin()).put("nodesAtMax", p.nodesAtMax());
        p.unplaceable().forEach(pool.withArray("unplaceable")::add);
      }
      s.putObject("total").<ObjectNode>set("atMin", amount(set.atMin())).set("atMax", amount(set.atMax()));
      ObjectNode w = s.putObject("week");
      w.set("lowest", extreme(set.lowest()));
      w.set("highest", extreme(set.highest()));
      ArrayNode steps = w.putArray("steps");
      for (Segment segment : set.week()) {
        ObjectNode step = steps.addObject().put("from", times.local(segment.from())).put("fromUtc", times.utc(segment.from()))
            .put("to", times.local(segment.to())).put("hours", round(segment.hours()));
        segment.schedules().forEach(step.withArray("schedules")::add);
        ObjectNode bounds = step.putObject("tiers");
        segment.tiers().forEach((name, b) -> bounds.putObject(name).put("min", b.min()).put("max", b.max()));
      }
      if (set.cost() != null) {
        s.set("cost", cost(set.cost()));
      }
    }
    root.set("diagnostics", diagnostics(report.diagnostics()));
    return MAPPER.writeValueAsString(root) + "\n";
  }

  private static ObjectNode amount(Amount a) {
    ObjectNode node = NODES.objectNode().put("pods", a.pods()).put("cpuRequests", round(a.cpuRequests()))
        .put("memoryRequests", round(a.memoryRequests())).put("cpuLimits", round(a.cpuLimits()))
        .put("memoryLimits", round(a.memoryLimits()));
    a.unlimited().forEach(node.withArray("withoutLimit")::add);
    return node;
  }

  private static ObjectNode extreme(WeekExtreme e) {
    ObjectNode node = amount(e.amount());
    e.when().forEach(node.withArray("when")::add);
    return node;
  }

  private static ObjectNode cost(SetCost c) {
    return NODES.objectNode().put("currency", c.currency())
        .put("hourAtMin", money(c.hourAtMin())).put("hourAtMax", money(c.hourAtMax()))
        .put("monthAtMin", money(c.monthAtMin())).put("monthAtMax", money(c.monthAtMax()))
        .put("weekFollowingSchedulesAtMin", money(c.weekAtMin())).put("weekFollowingSchedulesAtMax", money(c.weekAtMax()))
        .put("monthFollowingSchedulesAtMin", money(c.monthFollowingSchedulesAtMin()))
        .put("monthFollowingSchedulesAtMax", money(c.monthFollowingSchedulesAtMax()));
  }

  private static ArrayNode diagnostics(List<Diagnostic> list) {
    ArrayNode array = NODES.arrayNode();
    for (Diagnostic d : list) {
      JsonRenderer.put(d, array.addObject());
    }
    return array;
  }

  static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }

  static double money(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
