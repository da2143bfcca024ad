package dev.scalegen.core;

import dev.scalegen.core.emit.UnifiedDiff;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.ScenarioResolver;
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
      Map<String, String> before = a.tiers().get(tier).values();
      Map<String, String> after = b.tiers().get(tier).values();
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
        diff.append(UnifiedDiff.of(filesA.containsKey(path) ? from + "/" + path : "/dev/null", before,
            filesB.containsKey(path) ? to + "/" + path : "/dev/null", after));
      }
    }
    return new ScenarioDiff(from, to, changes, diff.toString());
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
}
