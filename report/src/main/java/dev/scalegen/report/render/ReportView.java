package dev.scalegen.report.render;

import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.report.capacity.Amount;
import dev.scalegen.report.ReportFiles;
import dev.scalegen.report.capacity.CapacityReport;
import dev.scalegen.report.capacity.PoolCapacity;
import dev.scalegen.report.capacity.SetCapacity;
import dev.scalegen.report.capacity.SetCost;
import dev.scalegen.report.capacity.TierCapacity;
import dev.scalegen.report.capacity.WeekExtreme;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * What the HTML and Markdown templates show, as maps and lists of text: every number formatted once
 * here (vCPU and GiB with 2 decimals, money with 2 and the currency code), so both forms carry the
 * same figures as the JSON. {@code text} escapes a value for the form ({@code |} in Markdown tables;
 * the HTML template's own escaping does the rest).
 */
final class ReportView {

  private ReportView() {}

  static Map<String, Object> of(CapacityReport report, Function<SetCapacity, String> svg, Function<String, String> text) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("spec", report.spec());
    view.put("namespace", report.namespace());
    view.put("monday", report.monday().toString());
    view.put("zone", report.zone().getId());
    view.put("offsets", report.offsets());
    view.put("priced", report.currency() != null);
    view.put("currency", report.currency());
    List<Map<String, Object>> sets = new ArrayList<>();
    for (SetCapacity set : report.sets()) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("name", set.name());
      s.put("description", text.apply(set.description()));
      s.put("hasDescription", !set.description().isBlank());
      s.put("svg", svg.apply(set));
      s.put("chartFile", ReportFiles.chartName(set.name()));
      List<Map<String, Object>> tiers = new ArrayList<>();
      for (TierCapacity t : set.tiers()) {
        Map<String, Object> row = amounts(t.atMin(), t.atMax());
        row.put("name", t.name());
        row.put("pool", t.pool());
        row.put("scaling", t.autoscaled() ? (t.keda() ? "KEDA " : "HPA ") + t.bounds().min() + "–" + t.bounds().max() : "fixed " + t.bounds().min());
        row.put("perPod", cpu(t.pod().cpuRequest()) + " vCPU / " + gib(t.pod().memoryRequest()) + " GiB");
        row.put("diagnostics", diagnostics(t.diagnostics(), text));
        row.put("hasDiagnostics", !t.diagnostics().isEmpty());
        row.put("codes", String.join(" ", t.diagnostics().stream().map(d -> d.code().id()).toList()));
        tiers.add(row);
      }
      s.put("tiers", tiers);
      Map<String, Object> total = amounts(set.atMin(), set.atMax());
      total.put("withoutLimit", String.join(", ", set.atMax().unlimited()));
      total.put("hasWithoutLimit", !set.atMax().unlimited().isEmpty());
      s.put("total", total);
      List<Map<String, Object>> pools = new ArrayList<>();
      for (PoolCapacity p : set.pools()) {
        Map<String, Object> row = amounts(p.atMin(), p.atMax());
        row.put("name", p.name());
        row.put("spot", p.spot() ? "spot" : "on-demand");
        row.put("shape", cpu(p.shape().cpu()) + " vCPU, " + gib(p.shape().memory()) + " GiB, " + p.shape().pods()
            + " pods, " + Math.round(p.shape().allocatable() * 100) + " % allocatable");
        row.put("nodesAtMin", p.nodesAtMin());
        row.put("nodesAtMax", p.nodesAtMax());
        row.put("unplaceable", String.join(", ", p.unplaceable()));
        pools.add(row);
      }
      s.put("pools", pools);
      s.put("lowest", extreme(set.lowest()));
      s.put("highest", extreme(set.highest()));
      s.put("cost", set.cost() == null ? null : cost(set.cost()));
      sets.add(s);
    }
    view.put("sets", sets);
    view.put("diagnostics", diagnostics(report.diagnostics(), text));
    view.put("hasDiagnostics", !report.diagnostics().isEmpty());
    return view;
  }

  private static Map<String, Object> amounts(Amount min, Amount max) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("podsMin", min.pods());
    row.put("podsMax", max.pods());
    row.put("cpuReqMin", cpu(min.cpuRequests()));
    row.put("cpuReqMax", cpu(max.cpuRequests()));
    row.put("cpuLimMin", cpu(min.cpuLimits()));
    row.put("cpuLimMax", cpu(max.cpuLimits()));
    row.put("memReqMin", gib(min.memoryRequests()));
    row.put("memReqMax", gib(max.memoryRequests()));
    row.put("memLimMin", gib(min.memoryLimits()));
    row.put("memLimMax", gib(max.memoryLimits()));
    return row;
  }

  private static Map<String, Object> extreme(WeekExtreme e) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("pods", e.amount().pods());
    row.put("cpu", cpu(e.amount().cpuRequests()));
    row.put("memory", gib(e.amount().memoryRequests()));
    row.put("when", String.join("; ", e.when()));
    return row;
  }

  private static Map<String, Object> cost(SetCost c) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("hourAtMin", money(c.hourAtMin()));
    row.put("hourAtMax", money(c.hourAtMax()));
    row.put("monthAtMin", money(c.monthAtMin()));
    row.put("monthAtMax", money(c.monthAtMax()));
    row.put("weekAtMin", money(c.weekAtMin()));
    row.put("weekAtMax", money(c.weekAtMax()));
    row.put("monthFollowingAtMin", money(c.monthFollowingSchedulesAtMin()));
    row.put("monthFollowingAtMax", money(c.monthFollowingSchedulesAtMax()));
    return row;
  }

  private static List<Map<String, Object>> diagnostics(List<Diagnostic> list, Function<String, String> text) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Diagnostic d : list) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("code", d.code().id());
      row.put("severity", d.severity().name().toLowerCase(Locale.ROOT));
      row.put("where", d.location().file() + (d.location().line() > 0 ? ":" + d.location().line() : ""));
      row.put("message", text.apply(d.message()));
      row.put("hint", d.hint().isEmpty() ? null : text.apply(d.hint()));
      rows.add(row);
    }
    return rows;
  }

  static String cpu(double value) {
    return String.format(Locale.ROOT, "%,.2f", value);
  }

  static String gib(double value) {
    return String.format(Locale.ROOT, "%,.2f", value);
  }

  static String money(double value) {
    return String.format(Locale.ROOT, "%,.2f", value);
  }
}
