package dev.scalegen.core.emit;

import dev.scalegen.core.Manifest;
import dev.scalegen.core.compile.OverlayTier;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of one set in overlay mode: one file per object added and per patch, under its tier's
 * folder ({@link FileLayout#patchPath}), and a {@code kustomization.yaml} whose {@code resources}
 * list the base first (relative to the set's folder), then the added files, and whose
 * {@code patches} list the patch files. No {@code namespace:} field: it would rewrite the base's
 * objects too; scalegen's objects carry the spec's namespace, which must be the base's (SG437).
 */
public final class OverlayEmitter {
  private OverlayEmitter() {}

  /**
   * @param base what the kustomization's {@code resources} lists first to include the base, as
   *     paths relative to the set's folder ({@code ../../deploy/k8s})
   */
  public static List<Manifest> emit(List<OverlayTier> tiers, String specName, List<String> base) {
    String header = ManifestEmitter.header(specName);
    ManifestYaml.Batch batch = new ManifestYaml.Batch(false);
    List<Manifest> resources = new ArrayList<>();
    List<Manifest> patches = new ArrayList<>();
    for (OverlayTier tier : tiers) {
      for (HasMetadata object : tier.resources()) {
        resources.add(new Manifest(FileLayout.path(tier.tier(), object), header + batch.write(object)));
      }
      for (HasMetadata patch : tier.patches()) {
        patches.add(new Manifest(FileLayout.patchPath(tier.tier(), patch), header + batch.write(patch)));
      }
    }
    List<String> listed = new ArrayList<>(base);
    resources.forEach(m -> listed.add(m.path()));
    List<Map<String, String>> patchList = new ArrayList<>();
    patches.forEach(m -> patchList.add(Map.of("path", m.path())));
    Map<String, Object> k = new LinkedHashMap<>();
    k.put("apiVersion", "kustomize.config.k8s.io/v1beta1");
    k.put("kind", "Kustomization");
    k.put("resources", listed);
    k.put("patches", patchList);
    List<Manifest> manifests = new ArrayList<>(resources);
    manifests.addAll(patches);
    manifests.add(new Manifest(FileLayout.KUSTOMIZATION, header + batch.write(k)));
    return manifests;
  }
}
