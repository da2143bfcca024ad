package dev.scalegen.golden;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Generator;
import dev.scalegen.core.Options;
import dev.scalegen.core.Result;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.emit.OutputWriter;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Tier;
import io.fabric8.kubernetes.api.model.Quantity;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Overlay mode end to end, on real bases: the DocVault team's manifests and Google's Online
 * Boutique. The spec is generated, written as {@code scalegen generate} writes it, and the base and
 * the overlay are both rendered with {@code kubectl kustomize}. Every object of the base comes out
 * equal, field by field, except the fields the spec owns (replicas, the adopted container's
 * requests, limits and worker flag, node placement), which carry the spec's values; the base's
 * HPAs that a tier takes over are gone; scalegen's HPAs target the workloads' real names. Skipped
 * when {@code kubectl} is not on the PATH.
 */
class OverlayRoundTripTest {

  static final String POD = "spec/template/spec";

  @TempDir Path work;

  @ParameterizedTest
  @CsvSource({
      "examples/docvault-adopt/scaling-overlay.yaml, examples/docvault-adopt/deploy/k8s",
      "examples/online-boutique/overlay/scaling.yaml, examples/online-boutique/upstream"})
  void theOverlayChangesOnlyWhatTheSpecOwns(String specPath, String basePath) throws Exception {
    Path kubectl = kubectl();
    Assumptions.assumeTrue(kubectl != null, "kubectl is not on the PATH: skipping the overlay round trip");
    Path root = Golden.casesRoot().getParent().getParent();
    roundTrip(kubectl, root.resolve(specPath), specPath, root.resolve(basePath), work.resolve("out"));
  }

  /** Both renderings of a round trip, and the spec. */
  record RoundTrip(ScalingSpec spec, Map<String, Map<String, Object>> base, Map<String, Map<String, Object>> overlay) {}

  /**
   * Generates the spec at {@code specFile} into {@code out}, renders its overlay and {@code baseDir}
   * with kubectl, and checks that every object of the base comes out equal but the fields the spec
   * owns, which carry its values; the base's HPAs that a tier takes over are gone.
   */
  static RoundTrip roundTrip(Path kubectl, Path specFile, String specName, Path baseDir, Path out) throws Exception {
    Result result = Generator.generate(specFile, specName, Options.defaults().withOutputDirectory(out));
    assertThat(result.diagnostics()).noneMatch(Diagnostic::isError);
    OutputWriter.write(result.manifests(), out);
    ScalingSpec spec = result.spec().orElseThrow();
    Map<String, Map<String, Object>> base = render(kubectl, baseDir);
    Map<String, Map<String, Object>> overlay = render(kubectl, out.resolve("base"));
    List<String> takenOver = new ArrayList<>();
    for (Tier tier : spec.tiers().values()) {
      Map<String, Object> before = base.get("Deployment/" + tier.adopt().name());
      Map<String, Object> after = overlay.get("Deployment/" + tier.adopt().name());
      assertThat(after).as("tier %s's workload in the overlay", tier.name()).isNotNull();
      int container = containerIndex(after, tier);
      checkOwnedFields(tier, after, container);
      assertThat(withoutOwned(after, tier, container)).as("Deployment/%s but the fields the spec owns", tier.adopt().name())
          .isEqualTo(withoutOwned(before, tier, container));
      if (tier.autoscaled()) {
        Map<String, Object> hpa = overlay.get("HorizontalPodAutoscaler/" + tier.adopt().name());
        assertThat(hpa).as("scalegen's HPA of %s", tier.name()).isNotNull();
        assertThat(get(hpa, "spec/scaleTargetRef/name")).isEqualTo(tier.adopt().name());
        assertThat(get(hpa, "spec/minReplicas")).isEqualTo(tier.autoscaling().min());
        assertThat(get(hpa, "spec/maxReplicas")).isEqualTo(tier.autoscaling().max());
      }
      if (tier.adopt().takeOver()) {
        base.forEach((id, o) -> {
          if (id.startsWith("HorizontalPodAutoscaler/") && tier.adopt().name().equals(get(o, "spec/scaleTargetRef/name"))) {
            takenOver.add(id);
          }
        });
      }
    }
    for (Map.Entry<String, Map<String, Object>> object : base.entrySet()) {
      if (takenOver.contains(object.getKey())) {
        assertThat(overlay).as("the base's %s, taken over", object.getKey()).doesNotContainKey(object.getKey());
      } else if (!object.getKey().startsWith("Deployment/")) {
        assertThat(overlay.get(object.getKey())).as(object.getKey()).isEqualTo(object.getValue());
      }
    }
    overlay.forEach((id, o) -> assertThat(base.containsKey(id) || "scalegen".equals(
        get(o, "metadata/labels/app.kubernetes.io~1managed-by"))).as("%s is the base's or scalegen's", id).isTrue());
    return new RoundTrip(spec, base, overlay);
  }

  /** Replicas, the container's requests and limits and worker count, and placement carry the spec's values. */
  private static void checkOwnedFields(Tier tier, Map<String, Object> workload, int c) {
    assertThat(get(workload, "spec/replicas")).as("spec.replicas of %s", tier.name())
        .isEqualTo(tier.autoscaled() ? null : tier.replicas());
    String container = POD + "/containers/" + c;
    // A tier without resources leaves the base's (ImportRoundTripTest compares them with the original's).
    var r = tier.resources() == null ? new dev.scalegen.core.spec.Resources(null, null) : tier.resources();
    quantity(workload, container + "/resources/requests/cpu", r.requestsOrEmpty().cpu());
    quantity(workload, container + "/resources/requests/memory", r.requestsOrEmpty().memory());
    quantity(workload, container + "/resources/limits/cpu", r.limitsOrEmpty().cpu());
    quantity(workload, container + "/resources/limits/memory", r.limitsOrEmpty().memory());
    if (tier.workers() != null && tier.workers().arg() != null) {
      List<Object> words = new ArrayList<>();
      for (String list : List.of("/command", "/args")) {
        if (get(workload, container + list) instanceof List<?> items) {
          words.addAll(items);
        }
      }
      String flag = tier.workers().arg();
      String count = String.valueOf(tier.workers().count());
      int at = words.indexOf(flag);
      assertThat(at >= 0 && count.equals(String.valueOf(words.get(at + 1))) || words.contains(flag + "=" + count))
          .as("%s passes %s %s: %s", tier.name(), flag, count, words).isTrue();
    }
    if (tier.placement() != null && "required".equals(tier.placement().mode())) {
      assertThat(get(workload, POD + "/nodeSelector")).as("nodeSelector of %s", tier.name()).isInstanceOf(Map.class);
      assertThat(((Map<?, ?>) get(workload, POD + "/nodeSelector"))).hasSize(1);
    } else if (tier.placement() != null) {
      assertThat(get(workload, POD + "/nodeSelector")).isNull();
      assertThat(get(workload, POD + "/affinity/nodeAffinity/preferredDuringSchedulingIgnoredDuringExecution")).isNotNull();
    }
  }

  private static void quantity(Map<String, Object> workload, String pointer, String expected) {
    if (expected != null) {
      Object actual = get(workload, pointer);
      assertThat(actual).as(pointer).isNotNull();
      assertThat(new Quantity(String.valueOf(actual)).getNumericalAmount())
          .as(pointer).isEqualByComparingTo(new Quantity(expected).getNumericalAmount());
    }
  }

  /** A deep copy without the fields that tier owns. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> withoutOwned(Map<String, Object> workload, Tier tier, int c) {
    Map<String, Object> copy = (Map<String, Object>) deepCopy(workload);
    ((Map<String, Object>) copy.get("spec")).remove("replicas");
    Map<String, Object> pod = (Map<String, Object>) get(copy, POD);
    Map<String, Object> container = (Map<String, Object>) ((List<Object>) pod.get("containers")).get(c);
    if (container.get("resources") instanceof Map<?, ?> resources) {
      for (String kind : List.of("requests", "limits")) {
        if (resources.get(kind) instanceof Map<?, ?> list) {
          list.remove("cpu");
          list.remove("memory");
          if (list.isEmpty()) {
            resources.remove(kind);
          }
        }
      }
      if (resources.isEmpty()) {
        container.remove("resources");
      }
    }
    if (tier.workers() != null && tier.workers().arg() != null && container.get("args") instanceof List<?> args) {
      int at = args.indexOf(tier.workers().arg());
      if (at >= 0 && at == args.size() - 2) {
        args.subList(at, at + 2).clear();
      }
      if (args.isEmpty()) {
        container.remove("args");
      }
    }
    if (tier.placement() != null) {
      pod.remove("nodeSelector");
      pod.remove("tolerations");
      pod.remove("topologySpreadConstraints");
      if (pod.get("affinity") instanceof Map<?, ?> affinity) {
        affinity.remove("nodeAffinity");
        if (affinity.isEmpty()) {
          pod.remove("affinity");
        }
      }
    }
    return copy;
  }

  static int containerIndex(Map<String, Object> workload, Tier tier) {
    List<?> containers = (List<?>) get(workload, POD + "/containers");
    for (int i = 0; i < containers.size(); i++) {
      if (tier.adopt().container() == null || tier.adopt().container().equals(((Map<?, ?>) containers.get(i)).get("name"))) {
        return i;
      }
    }
    throw new AssertionError("no container " + tier.adopt().container());
  }

  /** The value at a {@code /}-separated path ({@code ~1} for a {@code /} in a key), or {@code null}. */
  static Object get(Object node, String path) {
    for (String key : path.split("/")) {
      key = key.replace("~1", "/");
      if (node instanceof Map<?, ?> map) {
        node = map.get(key);
      } else if (node instanceof List<?> list && key.matches("\\d+")) {
        node = Integer.parseInt(key) < list.size() ? list.get(Integer.parseInt(key)) : null;
      } else {
        return null;
      }
    }
    return node;
  }

  private static Object deepCopy(Object node) {
    if (node instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(String.valueOf(k), deepCopy(v)));
      return copy;
    }
    if (node instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.forEach(v -> copy.add(deepCopy(v)));
      return copy;
    }
    return node;
  }

  /** The objects {@code kubectl kustomize dir} renders, by {@code Kind/name}. */
  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> render(Path kubectl, Path dir) throws Exception {
    Process p = new ProcessBuilder(kubectl.toString(), "kustomize", dir.toString()).redirectErrorStream(true).start();
    String yaml = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("kubectl kustomize %s:%n%s", dir, yaml).isZero();
    Map<String, Map<String, Object>> objects = new LinkedHashMap<>();
    for (Object doc : new Load(LoadSettings.builder().build()).loadAllFromString(yaml)) {
      Map<String, Object> o = (Map<String, Object>) doc;
      objects.put(o.get("kind") + "/" + get(o, "metadata/name"), o);
    }
    return objects;
  }

  static Path kubectl() {
    String path = System.getenv("PATH");
    for (String entry : path == null ? new String[0] : path.split(File.pathSeparator)) {
      Path candidate = Path.of(entry, "kubectl");
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
