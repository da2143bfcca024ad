package dev.scalegen.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The single-pass {@link YamlLoader} gives exactly what composing a node graph and converting it
 * gives ({@link ComposedYamlLoader}): the same tree (types, values, key order), the same source map,
 * the same diagnostics in the same order. Checked on every spec in the repository, on cases chosen
 * for the corners of anchors, merges and limits, and on 2,000 generated documents.
 */
class YamlLoaderEquivalenceTest {

  private static void assertSame(String yaml) {
    SpecSource source = new SpecSource("s.yaml", yaml);
    YamlLoader.Parsed expected = ComposedYamlLoader.load(source);
    YamlLoader.Parsed actual = YamlLoader.load(source);
    assertThat(actual.diagnostics()).as("diagnostics of:\n%s", yaml).isEqualTo(expected.diagnostics());
    assertThat(describe(actual.root())).as("tree of:\n%s", yaml).isEqualTo(describe(expected.root()));
    assertThat(entries(actual.sourceMap())).as("source map of:\n%s", yaml).isEqualTo(entries(expected.sourceMap()));
  }

  /** The tree with the class of every node, so that `1` as an int and as a BigInteger differ. */
  private static String describe(JsonNode node) {
    if (node == null) {
      return "null";
    }
    StringBuilder b = new StringBuilder(node.getClass().getSimpleName());
    if (node.isObject()) {
      b.append('{');
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        b.append(e.getKey()).append('=').append(describe(e.getValue())).append(',');
      }
      b.append('}');
    } else if (node.isArray()) {
      b.append('[');
      for (JsonNode item : node) {
        b.append(describe(item)).append(',');
      }
      b.append(']');
    } else {
      b.append('(').append(node).append(')');
    }
    return b.toString();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, SourceMap.Node> entries(SourceMap map) {
    try {
      Field f = SourceMap.class.getDeclaredField("nodes");
      f.setAccessible(true);
      return Map.copyOf((Map<String, SourceMap.Node>) f.get(map));
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void everySpecInTheRepository() throws IOException {
    List<Path> specs = new ArrayList<>();
    for (String dir : List.of("../golden-tests/cases", "../examples")) {
      try (Stream<Path> files = Files.walk(Path.of(dir))) {
        files.filter(p -> p.getFileName().toString().equals("scaling.yaml") && Files.isRegularFile(p))
            .forEach(specs::add);
      }
    }
    assertThat(specs).hasSizeGreaterThan(60);
    for (Path spec : specs) {
      byte[] bytes = Files.readAllBytes(spec);
      assertSame(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  @Test
  void documentsAndRoots() {
    for (String yaml : List.of("", "# only a comment\n", "---\n", "--- ~\n", "~", "null", "hello", "42", "[1, 2]",
        "- a\n- b\n", "&r {a: 1}", "&r [1]", "&n ~", "!!null x", "a: 1\n---\nb: 2\n", "--- a\n--- b\n",
        "a: 1\n...\n", "a: [1\n---\nb: 2\n", "%YAML 1.2\n---\na: 1\n", "a: 1\n--- {\n")) {
      assertSame(yaml);
    }
  }

  @Test
  void scalarTypes() {
    for (String v : List.of("yes", "no", "on", "0755", "0o17", "0x1F", "0X1F", "+12", "-0", "007", "1e3", "1E+3",
        ".5", "-.5", "1.", "1.e5", ".inf", "-.Inf", "+.INF", ".nan", "+.nan", ".NaN", "true", "True", "TRUE", "tRue",
        "false", "FALSE", "~", "null", "Null", "NULL", "nULL", "<<", "'<<'", "${HOME}", "123456789012345678",
        "1234567890123456789012345", "-9223372036854775809", "0x", "0o", "0o8", "-", "+", ".", "1_000", "\"7\"",
        "'true'", "!!int 12", "!!int x", "!!int 0x1F", "!!int -0x1F", "!!float 1", "!!float x", "!!bool yes",
        "!!bool True", "!!null x", "!!str 12", "!!merge <<", "! 12", "!foo 12", "|\n  7\n", ">\n  a\n  b\n", "")) {
      assertSame("v: " + v + "\n");
      assertSame("- " + v + "\n");
      assertSame("k: {v: " + v + "}\n");
    }
  }

  @Test
  void duplicateKeys() {
    for (String yaml : List.of("a: 1\nb: 2\na: 3\na: 4\n", "a: {x: 1, x: {y: 2}}\n", "a: 1\na: {x: 1, x: 2}\n",
        "1: a\n'1': b\n", "~: a\nnull: b\n~: c\n", "a: &x 1\n*x : 2\n'1': 3\n", "k: &k kk\n*k : 1\nkk: 2\n",
        "a: &a {x: 1, x: 2}\nb: *a\n", "b: &b {x: 1, x: 2}\nt: {<<: *b}\n", "a: *u\na: 1\n", "a: 1\na: *u\n",
        "a: 1\na: [*u]\n", "a: 1\na: &z {x: 1}\nb: *z\n", "a/b: 1\na~1b: 2\n'a/b': 3\n")) {
      assertSame(yaml);
    }
  }

  @Test
  void anchorsAndAliases() {
    for (String yaml : List.of("r: &r {cpu: 1}\na: *r\nb: *r\n", "s: &s x\na: *s\nb: [*s, *s]\n",
        "a: *x\n", "a: [*x]\nb: &x 1\n", "a: &a [*a]\n", "a: &a [x, *a]\n", "a: &a {k: *a}\n",
        "a: &a [1]\na: &a {x: 2}\nb: *a\n", "a: &a [1]\nb: &a 2\nc: *a\n", "? [k]\n: v\n", "? {k: 1}\n: v\n",
        "a: &l [1]\n*l : v\n", "? [*u]\n: v\n", "{[a]: 1}\n", "a: &a {x: &b [1, *b]}\n", "a: &a [&b {c: *b}]\nd: *a\n",
        "x: &x {a: 1}\ny: &y {b: *x, c: *x}\nz: [*y, *y]\n", "a: &a\n  b: &b\n    c: 1\n  d: *b\ne: *a\n",
        "t: &t\n  - &u {x: 1}\n  - *u\n")) {
      assertSame(yaml);
    }
  }

  @Test
  void mergeKeys() {
    for (String yaml : List.of("base: &b {x: 1}\nt:\n  <<: *b\n  y: 2\n", "b: &b {x: 1, y: 1}\nt: {y: 2, <<: *b}\n",
        "a: &a {x: 1}\nb: &b {x: 2, y: 2}\nt: {<<: [*a, *b]}\n", "t: {<<: {x: 1}, y: 2}\n", "t: {<<: x}\nu: 1\n",
        "t: {<<: [x]}\nu: 1\n", "t: {<<: *u}\nu: &u 1\n", "s: &s 1\nt: {<<: *s}\n", "t: [{<<: x}]\n",
        "a: &a {x: 1, b: {<<: *a}}\n", "a: &a {x: 1}\nt: {<<: *a, <<: {y: 2}}\n", "a: &a {x: 1}\nt: {'<<': *a}\n",
        "a: &a {x: 1}\nt: {!!merge x: *a}\n", "a: &a {x: 1}\nt: {!!str <<: *a}\n", "a: &a {<<: {x: 1}, y: 2}\nb: *a\n",
        "a: &a {x: 1}\nb: &b {<<: *a, y: 2}\nt: {<<: *b, z: 3}\n", "a: &a {x: [1, 2]}\nt: {<<: *a, x: 3}\n",
        "a: &a {x: {y: 1}}\nt: {<<: *a}\nu: {<<: *a}\n", "t:\n  <<: &m {x: 1}\nu: *m\n", "t: {<<: {<<: {x: 1}}}\n",
        "t: {<<: [&m {x: 1}, *m]}\n", "t: {<<: []}\n", "t: {<<: {}}\n", "t: {<<: ~}\n", "t: {<<: x}\nb: [1\n",
        "a: &a {x: 1}\nt: {<<: *a, x: 2, x: 3}\n", "k: &k <<\na: &a {x: 1}\nt: {*k : *a}\n",
        "c: &c {z: 1}\na: &a {<<: *c, b: {<<: *a}}\n", "a: &a {b: {<<: *a}, <<: {c: 1}}\n", "a: &a {b: {<<: {<<: *a}}}\n")) {
      assertSame(yaml);
    }
  }

  @Test
  void limits() {
    StringBuilder deep = new StringBuilder("a: ");
    assertSame("a: " + "[".repeat(63) + "]".repeat(63) + "\n");
    assertSame("a: " + "[".repeat(64) + "]".repeat(64) + "\n");
    assertSame("a: " + "[".repeat(64) + "x" + "]".repeat(64) + "\n");
    assertSame(deep.append("[".repeat(200)).append("]".repeat(200)).append('\n').toString());
    assertSame("a: &a [" + "[".repeat(62) + "]".repeat(62) + "]\nb: *a\nc: [*a]\nd: [[*a]]\n");
    StringBuilder aliases = new StringBuilder("a: &a [1]\n");
    for (int i = 0; i < 50; i++) {
      aliases.append("k").append(i).append(": *a\n");
    }
    assertSame(aliases.toString());
    assertSame(aliases + "x: *a\n");
    assertSame(aliases + "x: [1, 2]\nx: 2\n");
    assertSame("d: 1\nd: 2\n" + aliases + "x: *a\n");
    assertSame("d: 1\nd: 2\na: &b [1, 2\n");
    assertSame("d: 1\nd: 2\na: *u\nb: [1, 2\n");
    assertSame("d: 1\nd: 2\nx: *u\n");
    // The node limit (the anchors below define 123,465 nodes, *e is 111,111): hit in an expansion, or in
    // streamed nodes after expansions; duplicates before the limit are reported, those after it are not.
    String bomb = "a: &a [0,1,2,3,4,5,6,7,8,9]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
        + "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\n";
    assertSame(bomb + "x: 1\nx: 2\nf: [*e, *e, *e]\ny: 1\ny: 2\n");
    assertSame("x: 1\nx: 2\n" + bomb + "f: [*e, *e]\nz: {d: 1, d: 2}\ng: [*e]\n");
    assertSame(bomb + "f: [*e, *e]\nz: {d: 1, d: 2}\ng: [*e]\nh: *u\n");
    assertSame(bomb + "f: [*e, *e]\nz: {d: 1, d: 2}\ng: [*e]\nh: [1\n");
    assertSame(bomb + "f: [*e]\nd: 1\nd: 2\nw: [" + "1, ".repeat(20_000) + "1]\nz: 1\nz: 2\n");
    assertSame("w: &w {a: {b: 1, b: 2}}\nd: 1\nd: 2\ne: *w\n");
    assertSame("e: &e {a: {b: 1, b: 2}, c: " + "[".repeat(60) + "]".repeat(60) + "}\nx: [[[[[*e]]]]]\n");
  }

  @Test
  void syntaxErrors() {
    for (String yaml : List.of("a: [1, 2\n", "a:\tb\n", "a: b: c\n", "a:\n  b: 1\n c: 2\n", "a: 'x\n", "- a\nb: 1\n",
        "a: 1\na: 2\nb: [\n", "a: @x\n", "a: `x\n", "&a &b x\n", "!<> x\n", "a: !!\n", "{a: 1\n")) {
      assertSame(yaml);
    }
  }

  @Test
  void generatedDocuments() {
    for (int seed = 0; seed < 2000; seed++) {
      assertSame(new Generated(new Random(seed)).document());
    }
  }

  /**
   * Random documents made of the parts that interact: anchors, aliases (some undefined, some to an
   * enclosing collection), merge keys, duplicate keys, explicit tags, and now and then a syntax error.
   * A merge never names a mapping that is still open and already has a merge key (the reference
   * loops forever on those).
   */
  private static final class Generated {
    private static final List<String> KEYS = List.of("a", "b", "c", "'a'", "\"b\"", "1", "~", "'<<'");
    private static final List<String> SCALARS = List.of("x", "1", "-2", "0x1F", "1.5", "1e3", "true", "yes", "~",
        "null", "''", "'7'", "\"q\"", ".inf", "!!int 3", "!!str 4", "!!float y", "0755", "a b");
    private final Random random;
    private final List<String> closed = new ArrayList<>();
    private final List<String> closedMappings = new ArrayList<>();
    private final List<String> open = new ArrayList<>();
    private final List<Boolean> openMerged = new ArrayList<>();
    private int anchors;

    Generated(Random random) {
      this.random = random;
    }

    String document() {
      StringBuilder b = new StringBuilder();
      int entries = 1 + random.nextInt(6);
      for (int i = 0; i < entries; i++) {
        b.append(pick(KEYS)).append(": ").append(node(0)).append('\n');
        if (random.nextInt(60) == 0) {
          b.append(random.nextBoolean() ? "z: [\n" : "---\n");
        }
      }
      return b.toString();
    }

    private String node(int depth) {
      int r = random.nextInt(10);
      if (r < 2 && !closed.isEmpty()) {
        return "*" + pick(closed);
      }
      if (r == 2 && random.nextInt(8) == 0) {
        return random.nextBoolean() && !open.isEmpty() ? "*" + pick(open) : "*nowhere";
      }
      String anchor = random.nextInt(4) == 0 ? "n" + anchors++ : null;
      String prefix = anchor == null ? "" : "&" + anchor + " ";
      if (r < 6 || depth > 4) {
        String s = prefix + pick(SCALARS);
        if (anchor != null) {
          closed.add(anchor);
        }
        return s;
      }
      if (anchor != null) {
        open.add(anchor);
        openMerged.add(false);
      }
      StringBuilder b = new StringBuilder(prefix);
      int n = random.nextInt(4);
      if (r < 8) {
        b.append('[');
        for (int i = 0; i < n; i++) {
          b.append(i > 0 ? ", " : "").append(node(depth + 1));
        }
        b.append(']');
      } else {
        b.append('{');
        for (int i = 0; i < n; i++) {
          b.append(i > 0 ? ", " : "");
          if (random.nextInt(4) == 0) {
            if (anchor != null) { // composing marks the mapping as merging as soon as it reads the key
              openMerged.set(open.indexOf(anchor), true);
            }
            b.append("<<: ").append(mergeValue(depth));
          } else {
            b.append(pick(KEYS)).append(": ").append(node(depth + 1));
          }
        }
        b.append('}');
      }
      if (anchor != null) {
        int at = open.indexOf(anchor);
        open.remove(at);
        openMerged.remove(at);
        closed.add(anchor);
        if (r >= 8) {
          closedMappings.add(anchor);
        }
      }
      return b.toString();
    }

    private String mergeValue(int depth) {
      List<String> safe = new ArrayList<>(random.nextInt(6) == 0 ? closed : closedMappings);
      for (int i = 0; i < open.size(); i++) {
        if (!openMerged.get(i)) {
          safe.add(open.get(i));
        }
      }
      int r = random.nextInt(6);
      if (r == 0 || safe.isEmpty()) {
        return random.nextInt(5) == 0 ? pick(SCALARS) : "{" + pick(KEYS) + ": " + node(depth + 1) + "}";
      }
      if (r == 1) {
        return "[*" + pick(safe) + ", *" + pick(safe) + "]";
      }
      return "*" + pick(safe);
    }

    private String pick(List<String> from) {
      return from.get(random.nextInt(from.size()));
    }
  }
}
