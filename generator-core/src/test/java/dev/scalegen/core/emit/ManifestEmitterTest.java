package dev.scalegen.core.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Manifest;
import dev.scalegen.core.compile.CompiledTier;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestEmitterTest {

  /**
   * A set large enough to be written in parallel, one folder holding most objects (as the
   * scheduler's does): every file is what writing its object alone gives, in the order of the spec.
   */
  @Test
  void aLargeSetWrittenInParallelHoldsWhatWritingEachObjectAloneGivesInOrder() {
    List<CompiledTier> tiers = new ArrayList<>();
    for (int t = 0; t < 40; t++) {
      tiers.add(new CompiledTier("t" + t, List.of(config("t" + t + "-a", t), config("t" + t + "-b", t))));
    }
    List<HasMetadata> crowded = new ArrayList<>();
    for (int i = 0; i < 2 * ManifestEmitter.PARALLEL_FROM; i++) {
      crowded.add(config("job-" + i, i % 7 == 0 ? "yes" : "v" + i));
    }
    tiers.add(new CompiledTier("scheduler", crowded));

    List<Manifest> emitted = ManifestEmitter.emit(tiers, "dir/spec.yaml", "ns");

    String header = ManifestEmitter.header("spec.yaml");
    List<Manifest> expected = new ArrayList<>();
    for (CompiledTier tier : tiers) {
      for (HasMetadata object : tier.objects()) {
        expected.add(new Manifest(FileLayout.path(tier.tier(), object), header + ManifestYaml.write(object)));
      }
    }
    assertThat(emitted.subList(0, emitted.size() - 1)).containsExactlyElementsOf(expected);
    assertThat(emitted.get(emitted.size() - 1).path()).isEqualTo(FileLayout.KUSTOMIZATION);
    assertThat(emitted.get(emitted.size() - 1).content()).contains("- t0/configmap.yaml", "namespace: ns");

    // Tier by tier, as a caller that writes each tier once compiled: the same files.
    ManifestYaml.Batch batch = new ManifestYaml.Batch(false);
    List<Manifest> byTier = new ArrayList<>();
    tiers.forEach(tier -> byTier.addAll(ManifestEmitter.files(tier, "dir/spec.yaml", batch)));
    byTier.add(ManifestEmitter.kustomization(byTier, "dir/spec.yaml", "ns", batch));
    assertThat(byTier).containsExactlyElementsOf(emitted);
  }

  private static HasMetadata config(String name, Object value) {
    return new ConfigMapBuilder().withNewMetadata().withName(name).endMetadata()
        .addToData("value", String.valueOf(value)).build();
  }
}
