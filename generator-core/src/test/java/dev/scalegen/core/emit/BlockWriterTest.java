package dev.scalegen.core.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Fixtures;
import dev.scalegen.core.Generator;
import dev.scalegen.core.Manifest;
import dev.scalegen.core.Options;
import dev.scalegen.core.Result;
import dev.scalegen.core.compile.RemovedField;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/** The block writer gives the emitter's bytes, or leaves the tree to it. */
class BlockWriterTest {

  private static final ScalarResolver RESOLVER = QuotingSchema.memoized();

  private static String emitter(Object tree) {
    return YamlEvents.dump(tree, ManifestYaml.DUMP, RESOLVER);
  }

  private static BlockWriter writer() {
    return new BlockWriter(BlockWriterTest::emitter);
  }

  /** Every object of every DocVault set, read back and written by both. */
  @Test
  void everyDocvaultObjectIsWrittenAsTheEmitterWritesIt() {
    Result result = Generator.generate(Fixtures.docvault(), Options.defaults());
    assertThat(result.manifests()).hasSizeGreaterThan(60);
    BlockWriter blocks = writer();
    int assembled = 0;
    for (Manifest m : result.manifests()) {
      String yaml = m.content().substring(m.content().indexOf('\n') + 1);
      Object tree = ModelTree.of(m.path().endsWith("kustomization.yaml")
          ? ManifestYaml.read(yaml, Map.class) : ManifestYaml.readObject(yaml));
      String written = blocks.write((Map<?, ?>) tree);
      assertThat(emitter(tree)).as(m.path()).isEqualTo(yaml);
      if (written != null) {
        assertThat(written).as(m.path()).isEqualTo(yaml);
        assembled++;
      }
    }
    assertThat(assembled).as("objects the block writer assembled").isGreaterThan(result.manifests().size() / 2);
  }

  /** Awkward scalars as keys, values and list items, at several depths; empty mappings; numbers, booleans, null. */
  @Test
  void awkwardScalarsInEveryPlaceGiveTheEmittersBytes() {
    List<String> awkward = List.of("plain", "yes", "No", "on", "0755", "8000", "1e3", "2.3.1", "0.0.0.0", "1:30",
        "2026-01-01", "~", "null", "", " lead", "trail ", "a: b", "a #b", "#x", "- a", "-a", "--type=merge",
        "--patch={\"spec\":{\"minReplicas\":2}}", "{x}", "[x]", "*x", "&x", "!x", "%x", "@x", "`x", "|x", ">x",
        "'q'", "\"q\"", "?x", "? x", ":x", "x:", "x: ", "0 22 * * 1-5", "ünïcödé", "tab\there", "bell\u0007",
        "\uFEFFbom", "=", "<<", ".inf", "é:", "a,b", "50%");
    Map<String, Object> tree = new TreeMap<>();
    Map<String, Object> nested = new TreeMap<>();
    List<Object> items = new ArrayList<>();
    for (int i = 0; i < awkward.size(); i++) {
      String text = awkward.get(i);
      if (!text.isEmpty()) {
        tree.put(text, text);
      }
      nested.put("k" + i, text);
      items.add(text);
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("name", text);
      item.put("list", List.of(text, 5L));
      if (!text.isEmpty()) {
        item.put(text, Map.of("deep", text));
      }
      items.add(item);
    }
    tree.put("nested", Map.of("inner", nested, "items", items));
    tree.put("numbers", List.of(0L, -3L, 123456789012L, new BigInteger("123456789012345678901234567890")));
    tree.put("booleans", List.of(true, false));
    tree.put("removed", RemovedField.INSTANCE);
    tree.put("emptyDir", Map.of());
    tree.put("emptyItems", List.of(Map.of(), Map.of("a", Map.of())));
    String written = writer().write(tree);
    assertThat(written).isNotNull().isEqualTo(emitter(tree));
  }

  /** What it does not assemble is left to the emitter: a multi-line text, a key too long to be simple, a list in a list. */
  @Test
  void aMultiLineTextALongKeyAndAListInAListAreLeftToTheEmitter() {
    BlockWriter blocks = writer();
    assertThat(blocks.write(Map.of("script", "line 1\nline 2\n"))).isNull();
    assertThat(blocks.write(Map.of("k".repeat(200), "v"))).isNull();
    assertThat(blocks.write(Map.of("lists", List.of(List.of("a", "b"))))).isNull();
    assertThat(blocks.write(Map.of("fine", List.of("a", Map.of("b", "c"))))).isEqualTo("fine:\n- a\n- b: c\n");
  }
}
