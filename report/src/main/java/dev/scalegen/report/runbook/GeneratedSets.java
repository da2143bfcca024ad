package dev.scalegen.report.runbook;

import dev.scalegen.core.Manifest;
import dev.scalegen.core.emit.FileLayout;
import dev.scalegen.core.emit.ManifestYaml;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The objects scalegen generated, read back from the manifests of a {@link dev.scalegen.core.Result}
 * into their fabric8 types ({@link ManifestYaml#readObject}): by set ({@code base}, then each
 * scenario, in the order of the result) and, in a set, by file path ({@code backend/hpa.yaml}). The
 * runbook takes every name, namespace and label from here, never from the spec's names joined by
 * hand.
 */
final class GeneratedSets {

  private final Map<String, Map<String, HasMetadata>> sets = new LinkedHashMap<>();

  private GeneratedSets() {}

  static GeneratedSets of(List<Manifest> manifests) {
    GeneratedSets generated = new GeneratedSets();
    for (Manifest m : manifests) {
      int slash = m.path().indexOf('/');
      String set = m.path().substring(0, slash);
      String path = m.path().substring(slash + 1);
      Map<String, HasMetadata> objects = generated.sets.computeIfAbsent(set, s -> new LinkedHashMap<>());
      if (!path.equals(FileLayout.KUSTOMIZATION)) {
        objects.put(path, ManifestYaml.readObject(m.content()));
      }
    }
    return generated;
  }

  /** The names of the sets, the baseline first. */
  List<String> names() {
    return List.copyOf(sets.keySet());
  }

  boolean has(String set) {
    return sets.containsKey(set);
  }

  /** Every object of a set, in the order of its files. */
  List<HasMetadata> objects(String set) {
    return List.copyOf(sets.getOrDefault(set, Map.of()).values());
  }

  /** The objects of one tier of a set: the files of its folder, in the order the compiler emitted them. */
  List<HasMetadata> tier(String set, String tier) {
    List<HasMetadata> objects = new ArrayList<>();
    sets.getOrDefault(set, Map.of()).forEach((path, object) -> {
      if (path.startsWith(tier + "/")) {
        objects.add(object);
      }
    });
    return objects;
  }

  /** The tier's object of a type, if it has one. */
  <T extends HasMetadata> Optional<T> tierObject(String set, String tier, Class<T> type) {
    return tier(set, tier).stream().filter(type::isInstance).map(type::cast).findFirst();
  }

  /** The tier's workload: its Deployment or StatefulSet. */
  HasMetadata workload(String set, String tier) {
    return tier(set, tier).stream()
        .filter(o -> o instanceof Deployment || o instanceof StatefulSet)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no workload generated for tier " + tier + " in set " + set));
  }

  /** The objects of {@code set} of a kind, in the order of the files. */
  <T extends HasMetadata> List<T> ofType(String set, Class<T> type) {
    return objects(set).stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** {@code kind/name} of every object of {@code set}, in order: what identifies it in the cluster. */
  List<String> identities(String set) {
    return objects(set).stream().map(GeneratedSets::identity).toList();
  }

  static String identity(HasMetadata object) {
    return object.getKind() + "/" + object.getMetadata().getName();
  }
}
