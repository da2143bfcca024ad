package dev.scalegen.core.adopt;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of a {@code kustomization.yaml} that import applies without running kustomize: its
 * {@code resources} that are local files or directories, and its {@code namespace}. Kustomize is a
 * Go program; running it would need a {@code kubectl} binary, so import reads this subset itself,
 * the same on every machine, and reports each field it does not apply ({@code SG403}, located):
 * patches, generators, name prefixes, images, replicas, labels, components, remote resources. The
 * user renders such a base with {@code kubectl kustomize DIR > all.yaml} and imports that file.
 */
final class Kustomization {

  /** The local resources, in order, and a diagnostic per field not applied. */
  record Resources(List<String> paths, List<Diagnostic> diagnostics) {}

  /** Fields that change no object, or that import applies. */
  private static final Set<String> APPLIED = Set.of("apiVersion", "kind", "metadata", "resources", "namespace",
      "bases", "commonAnnotations", "buildMetadata", "sortOptions");

  /** What a field that is not applied does, for the message. */
  private static final Map<String, String> EFFECTS = Map.of(
      "patches", "patches the objects", "patchesStrategicMerge", "patches the objects",
      "patchesJson6902", "patches the objects", "images", "changes image names or tags",
      "replicas", "changes replica counts", "namePrefix", "renames every object",
      "nameSuffix", "renames every object", "configMapGenerator", "generates ConfigMaps",
      "secretGenerator", "generates Secrets", "components", "adds components");

  private Kustomization() {}

  static Resources resources(ManifestDocument document) {
    List<String> paths = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    JsonNode tree = document.tree();
    for (String list : List.of("resources", "bases")) {
      JsonNode items = tree.path(list);
      for (int i = 0; i < items.size(); i++) {
        String item = items.get(i).asText("");
        String pointer = "/" + list + "/" + i;
        if (item.contains("://") || item.contains("?ref=") || item.startsWith("github.com/")) {
          diagnostics.add(Diagnostic.of(Code.KUSTOMIZE_NOT_APPLIED, document.at(pointer),
              "remote resource `" + item + "` of the kustomization is not read",
              "import reads local files only; render the base with `kubectl kustomize` and import the output"));
        } else if (!item.isEmpty()) {
          paths.add(item);
        }
      }
    }
    for (Iterator<String> it = tree.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (!APPLIED.contains(field)) {
        diagnostics.add(Diagnostic.of(Code.KUSTOMIZE_NOT_APPLIED, document.keyAt("/" + ManifestParser.escape(field)),
            "`" + field + "` of the kustomization is not applied: it " + EFFECTS.getOrDefault(field, "changes the objects")
                + ", and import reads the resources as they are written",
            "render the base with `kubectl kustomize DIR > all.yaml` and import that file to see its effect"));
      }
    }
    return new Resources(paths, diagnostics);
  }
}
