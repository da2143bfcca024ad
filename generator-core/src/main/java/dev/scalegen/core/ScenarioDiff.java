package dev.scalegen.core;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.scalegen.core.spec.Autoscaling;
import dev.scalegen.core.spec.Resources;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.ScenarioResolver;
import dev.scalegen.core.spec.Tier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What one set changes against another ({@code scalegen diff}), as values: tier by tier, each
 * scaling value that differs (bounds, replicas, targets, behaviour, requests and limits, workers),
 * then the unified diff of the two sets' manifests, file by file.
 *
 * @param from the set compared against ({@value Options#BASELINE} by default)
 * @param to the scenario shown
 * @param changes the values that differ, in spec order of tiers, then field order
 * @param manifestDiff the unified diff of the files of {@code from} and {@code to}; empty when equal
 */
public record ScenarioDiff(String from, String to, List<Change> changes, String manifestDiff) {

  /** One value of one tier that differs; {@code null} when a set has no such value. */
  public record Change(String tier, String field, String before, String after) {}

  public ScenarioDiff {
    changes = List.copyOf(changes);
  }

  /** The diff of sets {@code from} and {@code to} of a valid spec, from their generated manifests. */
  static ScenarioDiff of(ScalingSpec spec, List<Manifest> manifests, String from, String to) {
    ScenarioResolver.EffectiveSet a = ScenarioResolver.resolve(spec, from);
    ScenarioResolver.EffectiveSet b = ScenarioResolver.resolve(spec, to);
    List<Change> changes = new ArrayList<>();
    for (String tier : spec.tiers().keySet()) {
      Map<String, String> before = values(a.tiers().get(tier).tier());
      Map<String, String> after = values(b.tiers().get(tier).tier());
      for (String field : before.keySet()) {
        if (!Objects.equals(before.get(field), after.get(field))) {
          changes.add(new Change(tier, field, before.get(field), after.get(field)));
        }
      }
    }
    Map<String, String> filesA = files(manifests, from);
    Map<String, String> filesB = files(manifests, to);
    StringBuilder diff = new StringBuilder();
    for (String path : new TreeSet<>(union(filesA, filesB))) {
      String before = filesA.getOrDefault(path, "");
      String after = filesB.getOrDefault(path, "");
      if (!before.equals(after)) {
        diff.append(unified(filesA.containsKey(path) ? from + "/" + path : "/dev/null", before,
            filesB.containsKey(path) ? to + "/" + path : "/dev/null", after));
      }
    }
    return new ScenarioDiff(from, to, changes, diff.toString());
  }

  /** A unified diff with three lines of context (java-diff-utils, as {@code scalegen check} prints). */
  private static String unified(String fromName, String before, String toName, String after) {
    List<String> a = before.lines().toList();
    List<String> b = after.lines().toList();
    return String.join("\n", UnifiedDiffUtils.generateUnifiedDiff(fromName, toName, a, DiffUtils.diff(a, b), 3)) + "\n";
  }

  private static TreeSet<String> union(Map<String, String> a, Map<String, String> b) {
    TreeSet<String> all = new TreeSet<>(a.keySet());
    all.addAll(b.keySet());
    return all;
  }

  private static Map<String, String> files(List<Manifest> manifests, String set) {
    Map<String, String> files = new LinkedHashMap<>();
    manifests.stream().filter(m -> m.path().startsWith(set + "/"))
        .forEach(m -> files.put(m.path().substring(set.length() + 1), m.content()));
    return files;
  }

  /** The values a scenario may change, by field path; every field is present, {@code null} when unset. */
  private static Map<String, String> values(Tier t) {
    Map<String, String> v = new LinkedHashMap<>();
    Autoscaling a = t.autoscaling();
    v.put("replicas", string(t.replicas()));
    v.put("autoscaling.min", a == null ? null : string(a.min()));
    v.put("autoscaling.max", a == null ? null : string(a.max()));
    v.put("autoscaling.cpu", a == null || a.cpu() == null ? null : a.cpu() + "%");
    v.put("autoscaling.memory", a == null || a.memory() == null ? null : a.memory() + "%");
    v.put("autoscaling.behavior", a == null || a.behavior() == null ? null
        : a.behavior().preset() != null ? a.behavior().preset() : "custom policies");
    Resources r = t.resources() == null ? new Resources(null, null) : t.resources();
    v.put("resources.requests.cpu", r.requestsOrEmpty().cpu());
    v.put("resources.requests.memory", r.requestsOrEmpty().memory());
    v.put("resources.limits.cpu", r.limitsOrEmpty().cpu());
    v.put("resources.limits.memory", r.limitsOrEmpty().memory());
    v.put("workers.count", t.workers() == null ? null : string(t.workers().count()));
    return v;
  }

  private static String string(Integer value) {
    return value == null ? null : value.toString();
  }
}
