package dev.scalegen.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.TextRenderer;
import dev.scalegen.core.emit.ManifestYaml;
import dev.scalegen.core.spec.SpecSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Specs written inline, generated the way a front end would. */
public final class Fixtures {
  private Fixtures() {}

  /** A spec named {@code shop} whose {@code tiers:} block is {@code tiers} (indented by two spaces). */
  public static String spec(String tiers) {
    return "apiVersion: scalegen.dev/v1\nkind: ScalingSpec\nmetadata: { name: shop, namespace: shop }\n" + tiers;
  }

  /**
   * {@code diagnostics} without the warnings about a tier's own requests and memory limit
   * ({@code SG243}, {@code SG244}), which most inline specs do not set: for the tests of other
   * rules, which assert exactly what their rule reports. Those two have their own tests.
   */
  public static List<Diagnostic> withoutPodResourceWarnings(List<Diagnostic> diagnostics) {
    return diagnostics.stream()
        .filter(d -> d.code() != Code.MISSING_REQUESTS && d.code() != Code.NO_MEMORY_LIMIT)
        .toList();
  }

  /**
   * {@code diagnostics} without the pod warnings that most inline specs would draw: those of
   * {@link #withoutPodResourceWarnings}, and an autoscaled tier without a readiness probe
   * ({@code SG255}) or a worker tier scaled down with the default grace period ({@code SG259}).
   * Each has tests of its own.
   */
  public static List<Diagnostic> withoutPodWarnings(List<Diagnostic> diagnostics) {
    return withoutPodResourceWarnings(diagnostics).stream()
        .filter(d -> d.code() != Code.NO_READINESS_PROBE && d.code() != Code.WORKERS_DEFAULT_GRACE)
        .toList();
  }

  /** Generates {@code yaml}, asserting it is valid. */
  public static Result generate(String yaml) {
    Result result = Generator.generate(new SpecSource("scaling.yaml", yaml), Options.defaults());
    assertThat(result.valid())
        .as(() -> result.diagnostics().stream().map(TextRenderer::headline).collect(Collectors.joining("\n")))
        .isTrue();
    return result;
  }

  /** The manifest at {@code path}, parsed into {@code type}. */
  public static <T> T object(Result result, String path, Class<T> type) {
    return ManifestYaml.read(content(result, path), type);
  }

  /** The text of the manifest at {@code path}: a path in the baseline's folder ({@code backend/hpa.yaml}) or any set's. */
  public static String content(Result result, String path) {
    return result.manifests().stream()
        .filter(m -> m.path().equals(path) || m.path().equals(Options.BASELINE + "/" + path))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no manifest " + path + " among "
            + result.manifests().stream().map(Manifest::path).toList()))
        .content();
  }

  /** The DocVault example, from the repository. */
  public static Path docvault() {
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      Path candidate = p.resolve("examples/docvault/scaling.yaml");
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new AssertionError("examples/docvault/scaling.yaml not found above " + here);
  }
}
