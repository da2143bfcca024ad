package dev.scalegen.golden;

import static dev.scalegen.golden.OverlayRoundTripTest.POD;
import static dev.scalegen.golden.OverlayRoundTripTest.get;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Generator;
import dev.scalegen.core.adopt.ImportOptions;
import dev.scalegen.core.adopt.ImportResult;
import dev.scalegen.core.adopt.SpecFile;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.spec.Tier;
import io.fabric8.kubernetes.api.model.Quantity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The round trip of issue 14: {@code scalegen import --adopt} on a team's manifests writes an
 * overlay spec that validates; generated and rendered with {@code kubectl kustomize}, the overlay
 * gives back every object of the manifests ({@link OverlayRoundTripTest#roundTrip}: equal field by
 * field but the fields the spec owns), and since the import read those fields from the manifests,
 * they carry the originals' values too. Tolerated differences, each for a reason:
 * <ul>
 *   <li>{@code spec.replicas} of an autoscaled workload is removed (the DocVault guide sets 20 and
 *       10 under HPAs: every apply would reset the HPA's count);
 *   <li>{@code spec.replicas} is set to 1 where a fixed workload left it out (Kubernetes' default);
 *   <li>the base's HPAs are taken over: gone, replaced by scalegen's with the same bounds and a
 *       real {@code metrics} list instead of the guide's fields that do not exist
 *       ({@code targetCPUUtilization}, {@code targetMemoryUtilization}).
 * </ul>
 * The guide's spot selector ({@code kubernetes.io/instance-type: spot}) is not recognised as a pool,
 * so the spec sets no placement and the base's selector comes back unchanged (a comment above the
 * tier names the mistake). Validation runs everywhere; the rendering is skipped without kubectl.
 */
class ImportRoundTripTest {

  @TempDir Path work;

  @ParameterizedTest
  @CsvSource({"examples/docvault-adopt/deploy/k8s, docvault", "examples/online-boutique/upstream, boutique"})
  void anImportedOverlayGivesBackTheOriginals(String basePath, String name) throws Exception {
    Path root = Golden.casesRoot().getParent().getParent();
    Path spec = work.resolve("team/scaling.yaml");
    ImportResult imported = Generator.importManifests(List.of(root.resolve(basePath)),
        new ImportOptions(name, spec.toString(), true));
    assertThat(imported.diagnostics()).noneMatch(Diagnostic::isError);
    assertThat(imported.valid()).isTrue();
    assertThat(SpecFile.write(spec, spec.toString(), imported.spec().orElseThrow(), false)).isEmpty();
    String base = spec.getParent().relativize(root.resolve(basePath).normalize()).toString().replace('\\', '/');
    assertThat(Files.readString(spec)).contains("\nbase: " + base + "\n").doesNotContain("image:").doesNotContain("probes:");
    assertThat(Generator.validate(spec).diagnostics()).noneMatch(Diagnostic::isError);

    Path kubectl = OverlayRoundTripTest.kubectl();
    Assumptions.assumeTrue(kubectl != null, "kubectl is not on the PATH: skipping the import round trip");
    var trip = OverlayRoundTripTest.roundTrip(kubectl, spec, spec.toString(), root.resolve(basePath), work.resolve("out"));
    List<String> adopted = trip.spec().tiers().values().stream().map(t -> "Deployment/" + t.adopt().name()).toList();
    assertThat(adopted).as("every workload of the base is adopted")
        .containsExactlyInAnyOrderElementsOf(trip.base().keySet().stream().filter(k -> k.startsWith("Deployment/")).toList());
    for (Tier tier : trip.spec().tiers().values()) {
      Map<String, Object> before = trip.base().get("Deployment/" + tier.adopt().name());
      Map<String, Object> after = trip.overlay().get("Deployment/" + tier.adopt().name());
      int c = OverlayRoundTripTest.containerIndex(before, tier);
      String resources = POD + "/containers/" + c + "/resources/";
      for (String field : List.of("requests/cpu", "requests/memory", "limits/cpu", "limits/memory")) {
        assertThat(amount(get(after, resources + field))).as("%s %s", tier.name(), field)
            .isEqualTo(amount(get(before, resources + field)));
      }
      if (tier.autoscaled()) {
        assertThat(get(after, "spec/replicas")).as("replicas of autoscaled %s: removed", tier.name()).isNull();
        Map<String, Object> theirs = trip.base().values().stream()
            .filter(o -> "HorizontalPodAutoscaler".equals(o.get("kind")))
            .filter(o -> tier.adopt().name().equals(get(o, "spec/scaleTargetRef/name"))).findFirst().orElseThrow();
        Map<String, Object> ours = trip.overlay().get("HorizontalPodAutoscaler/" + tier.adopt().name());
        assertThat(tier.adopt().takeOver()).isTrue();
        assertThat(get(ours, "spec/minReplicas")).isEqualTo(get(theirs, "spec/minReplicas"));
        assertThat(get(ours, "spec/maxReplicas")).isEqualTo(get(theirs, "spec/maxReplicas"));
      } else {
        Object replicas = get(before, "spec/replicas");
        assertThat(get(after, "spec/replicas")).as("replicas of %s", tier.name()).isEqualTo(replicas == null ? 1 : replicas);
      }
    }
  }

  private static Object amount(Object quantity) {
    return quantity == null ? null : new Quantity(String.valueOf(quantity)).getNumericalAmount().stripTrailingZeros();
  }
}
