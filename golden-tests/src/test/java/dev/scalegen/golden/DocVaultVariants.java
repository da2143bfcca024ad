package dev.scalegen.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code examples/docvault/scaling.yaml} broken in one place each, the way people break a spec:
 * a misspelt preset, a time past midnight, a tier name that is no DNS label, {@code replicas}
 * next to {@code autoscaling}, an HPA minimum of 0, a memory size in {@code GB}. The schema refuses
 * each, so editors and Ajv see them as scalegen does; the editor tests check where.
 */
final class DocVaultVariants {

  /**
   * One broken copy: {@code find} (once in the example) replaced by {@code replace}; the schema
   * refuses the value at {@code pointer}, written {@code token} (inside {@code replace}); an editor
   * says so in words that contain {@code says}.
   */
  record Variant(String name, String find, String replace, String pointer, String token, String says) {

    String text() {
      String original = original();
      int at = original.indexOf(find);
      assertThat(at).as("%s: `%s` in the example", name, find).isGreaterThanOrEqualTo(0);
      assertThat(original.indexOf(find, at + 1)).as("%s: `%s` once in the example", name, find).isNegative();
      return original.substring(0, at) + replace + original.substring(at + find.length());
    }

    /** Line and column (both from 0, as in LSP) of {@code token} in {@link #text()}. */
    int[] position() {
      String text = text();
      int at = text.indexOf(replace) + replace.indexOf(token);
      int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
      return new int[] {line, at - (text.lastIndexOf('\n', at - 1) + 1)};
    }
  }

  static final List<Variant> ALL = List.of(
      new Variant("misspelt-preset", "backend: { autoscaling: { max: 50, behavior: fast-up } }",
          "backend: { autoscaling: { max: 50, behavior: fast-upp } }",
          "/scenarios/sudden-spike/tiers/backend/autoscaling/behavior", "fast-upp", "fast-up"),
      new Variant("time-past-midnight", "from: \"22:00\"", "from: \"25:00\"", "/schedules/night/window/from",
          "\"25:00\"", "24-hour time `HH:MM`"),
      new Variant("tier-name-not-a-label", "  celery-worker:\n    image", "  Celery_Worker:\n    image",
          "/tiers/Celery_Worker", "Celery_Worker", "DNS-1123 label"),
      new Variant("replicas-and-autoscaling", "    autoscaling: { min: 5, max: 50,",
          "    replicas: 3\n    autoscaling: { min: 5, max: 50,", "/tiers/backend/replicas", "replicas",
          "exclude each other"),
      // `min: 0` is valid for the schema (a KEDA tier may scale to zero; SG202 refuses it on the HPA engine).
      new Variant("hpa-min-negative", "autoscaling: { min: 5,", "autoscaling: { min: -1,",
          "/tiers/backend/autoscaling/min", "-1", "minimum of 0"),
      new Variant("memory-in-gigabytes", "requests: { cpu: 2, memory: 2Gi }", "requests: { cpu: 2, memory: 2GB }",
          "/tiers/backend/resources/requests/memory", "2GB", "Kubernetes quantity"));

  private DocVaultVariants() {}

  static Path example() {
    return EditorTools.repository().resolve("examples/docvault/scaling.yaml");
  }

  static String original() {
    try {
      return Files.readString(example(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
