package dev.scalegen.core.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Fixtures;
import dev.scalegen.core.Generator;
import dev.scalegen.core.Manifest;
import dev.scalegen.core.Options;
import dev.scalegen.core.Result;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class ManifestYamlTest {

  private static final List<String> TRICKY = List.of(
      "yes", "No", "on", "OFF", "y", "n", "true", "null", "~", "", "0755", "1e3", "1_000", "0x1F", "1:30",
      "12:30:45", "2026-01-01", ".inf", "-.5", "8000", "2.3.1", "0.0.0.0", "=", "<<", "- a", "a: b", "#x",
      "@x", "*x", "&x", "!x", "%x", "`x", "'q'", "\"q\"", "x\ny", " lead", "trail ", "ünïcödé");

  @Test
  void anObjectEqualToOneWrittenBeforeIsTakenFromTheWrittenOnesAndADifferentOneIsNot() {
    ManifestYaml.Batch batch = new ManifestYaml.Batch(true);
    ConfigMap one = new ConfigMapBuilder().withNewMetadata().withName("m").endMetadata().addToData("a", "1").build();
    ConfigMap same = new ConfigMapBuilder().withNewMetadata().withName("m").endMetadata().addToData("a", "1").build();
    ConfigMap other = new ConfigMapBuilder().withNewMetadata().withName("m").endMetadata().addToData("a", "2").build();
    String first = batch.write(one);
    assertThat(first).isEqualTo(ManifestYaml.write(one));
    assertThat(batch.write(same)).isSameAs(first);
    assertThat(batch.write(other)).isNotEqualTo(first).isEqualTo(ManifestYaml.write(other));
    ManifestYaml.Batch each = new ManifestYaml.Batch(false);
    assertThat(each.write(same)).isEqualTo(first).isNotSameAs(each.write(same));
  }

  @Test
  void everyStringReadsBackAsTheSameStringUnderYaml12AndLooksLikeAStringToYaml11() {
    Map<String, String> data = new LinkedHashMap<>();
    for (int i = 0; i < TRICKY.size(); i++) {
      data.put("k" + i, TRICKY.get(i));
    }
    ConfigMap map = new ConfigMapBuilder().withNewMetadata().withName("m").endMetadata().withData(data).build();
    String yaml = ManifestYaml.write(map);
    Object loaded = new Load(LoadSettings.builder().build()).loadFromString(yaml);
    @SuppressWarnings("unchecked")
    Map<String, Object> back = (Map<String, Object>) ((Map<String, Object>) loaded).get("data");
    for (int i = 0; i < TRICKY.size(); i++) {
      assertThat(back.get("k" + i)).as(TRICKY.get(i)).isEqualTo(TRICKY.get(i));
    }
    for (String yaml11Special : List.of("yes", "No", "on", "OFF", "y", "n", "0755", "1:30", "2026-01-01", "1_000")) {
      assertThat(yaml).as(yaml11Special).doesNotContain(": " + yaml11Special + "\n");
    }
  }

  @Test
  void plainTextStaysPlain() {
    ConfigMap map = new ConfigMapBuilder().withNewMetadata().withName("m").endMetadata()
        .withData(Map.of("image", "ghcr.io/x/y:1.2", "flag", "-A", "key", "karpenter.sh/capacity-type")).build();
    assertThat(ManifestYaml.write(map)).isEqualTo("""
        apiVersion: v1
        data:
          flag: -A
          image: ghcr.io/x/y:1.2
          key: karpenter.sh/capacity-type
        kind: ConfigMap
        metadata:
          name: m
        """);
  }

  @Test
  void nullsAndEmptyCollectionsAreLeftOutAndTheTextEndsWithOneNewline() {
    ConfigMap map = new ConfigMapBuilder().withNewMetadata().withName("m").withLabels(Map.of()).endMetadata()
        .withData(Map.of()).build();
    String yaml = ManifestYaml.write(map);
    assertThat(yaml).isEqualTo("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: m\n");
    assertThat(yaml).doesNotContain("null").doesNotContain("{}").doesNotContain("[]").doesNotContain("---")
        .doesNotContain("\r").endsWith("\n").doesNotEndWith("\n\n");
  }

  @Test
  void everyGeneratedFileParsedBackAndWrittenAgainGivesTheSameBytes() throws Exception {
    Result result = Generator.generate(Fixtures.docvault(), Options.defaults());
    for (Manifest m : result.manifests()) {
      String header = m.content().substring(0, m.content().indexOf('\n') + 1);
      String body = m.content().substring(header.length());
      Object parsed = m.path().endsWith("/" + FileLayout.KUSTOMIZATION)
          ? ManifestYaml.read(body, Map.class)
          : ManifestYaml.readObject(m.content());
      assertThat(parsed).isNotInstanceOf(GenericKubernetesResource.class);
      assertThat(header + ManifestYaml.write(parsed)).as(m.path()).isEqualTo(m.content());
    }
  }
}
