package dev.scalegen.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scalegen.core.Generator;
import dev.scalegen.core.Manifest;
import dev.scalegen.core.Options;
import dev.scalegen.core.Result;
import dev.scalegen.core.emit.OutputComparison;
import dev.scalegen.core.emit.OutputWriter;
import dev.scalegen.core.spec.SpecSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library driven as a Gradle or sbt plugin author drives it, through the public API only:
 * generate a selection of sets, write the result (or its list of manifests), check. Whatever the
 * sequence, no call deletes or changes a file of a set it was not given, and a check right after a
 * write finds nothing. The old writer deleted every generated file after a selection of an unknown
 * name (a valid, empty result), and the other sets' folders after a selection of {@code base}.
 */
class LibraryCallSequencesTest {

  private static final List<String> ALL_SETS = List.of("base", "gradual-growth", "sudden-spike", "sustained-high");
  /** Each selection a build script may configure, generated once. */
  private static final Map<String, Result> SELECTIONS = new TreeMap<>();

  /** DocVault's sets, three files each (a small spec keeps the 169 sequences below fast). */
  private static final String SPEC = """
      apiVersion: scalegen.dev/v1
      kind: ScalingSpec
      metadata: { name: shop, namespace: shop }
      tiers:
        api: { image: shop/api:1.0, replicas: 2 }
      scenarios:
        gradual-growth: { tiers: { api: { replicas: 4 } } }
        sudden-spike: { tiers: { api: { replicas: 20 } } }
        sustained-high: { tiers: { api: { replicas: 8 } } }
      """;

  static {
    for (List<String> sets : List.of(List.<String>of(), List.of("base"), List.of("sudden-spike"),
        List.of("base", "gradual-growth"), List.of("blackfriday"), List.of("base", "blackfriday"))) {
      SELECTIONS.put(String.join("+", sets), generate(SPEC, sets));
    }
  }

  private static Result generate(String spec, List<String> sets) {
    return Generator.generate(new SpecSource("scaling.yaml", spec), Options.defaults().withScenarios(sets));
  }

  @TempDir Path root;

  /** A call: write a selection's result, or its list of manifests. */
  private record Call(String selection, boolean asList) {
    @Override
    public String toString() {
      return (asList ? "write(manifests of " : "write(result of ") + (selection.isEmpty() ? "every set" : selection)
          + ")";
    }
  }

  private static List<Call> calls() {
    List<Call> calls = new ArrayList<>();
    for (String selection : SELECTIONS.keySet()) {
      calls.add(new Call(selection, false));
      calls.add(new Call(selection, true));
    }
    calls.add(new Call("nothing", true)); // an empty list
    return calls;
  }

  /** Makes the call, then checks that only the sets given changed and that a check finds nothing. */
  private static void call(Call call, Path dir) throws IOException {
    Result result = SELECTIONS.get(call.selection());
    List<Manifest> manifests = result == null ? List.of() : result.manifests();
    Set<String> given = new TreeSet<>();
    manifests.forEach(m -> given.add(m.path().substring(0, m.path().indexOf('/'))));
    Map<String, String> before = files(dir);
    if (!call.asList() && !result.valid()) {
      assertThatThrownBy(() -> OutputWriter.write(result, dir)).as(call.toString())
          .isInstanceOf(IllegalArgumentException.class);
    } else if (call.asList()) {
      OutputWriter.write(manifests, dir);
      assertThat(OutputComparison.compare(manifests, dir)).as("check after %s", call).isEmpty();
    } else {
      OutputWriter.write(result, dir);
      assertThat(OutputComparison.compare(result, dir)).as("check after %s", call).isEmpty();
    }
    Map<String, String> after = files(dir);
    before.forEach((path, content) -> {
      if (!given.contains(path.substring(0, Math.max(0, path.indexOf('/'))))) {
        assertThat(after.get(path)).as("%s after %s, which was not given its set", path, call).isEqualTo(content);
      }
    });
  }

  /** Every file below {@code dir} but the index, with its text. */
  private static Map<String, String> files(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String path = dir.relativize(p).toString().replace('\\', '/');
        if (!path.equals(".scalegen-index")) {
          files.put(path, Files.readString(p));
        }
      }
    }
    return files;
  }

  private static Set<String> sets(Path dir) throws IOException {
    Set<String> sets = new TreeSet<>();
    files(dir).keySet().forEach(p -> sets.add(p.substring(0, p.indexOf('/'))));
    return sets;
  }

  @Test
  void everySetThenSomeThenAnUnknownNameThenNothingKeepsEverySet() throws IOException {
    Path dir = root.resolve("k8s");
    call(new Call("", false), dir);
    assertThat(sets(dir)).containsExactlyElementsOf(ALL_SETS);
    call(new Call("base", false), dir);
    call(new Call("base", true), dir);
    call(new Call("blackfriday", false), dir);
    call(new Call("blackfriday", true), dir);
    call(new Call("base+blackfriday", true), dir);
    call(new Call("nothing", true), dir);
    assertThat(sets(dir)).containsExactlyElementsOf(ALL_SETS);
    assertThat(files(dir)).hasSize(4 * 3);
  }

  @Test
  void someSetsThenEverySetThenOtherSets() throws IOException {
    Path dir = root.resolve("k8s");
    call(new Call("sudden-spike", false), dir);
    assertThat(sets(dir)).containsExactly("sudden-spike");
    call(new Call("base+gradual-growth", true), dir);
    assertThat(sets(dir)).containsExactly("base", "gradual-growth", "sudden-spike");
    call(new Call("", true), dir);
    call(new Call("sudden-spike", true), dir);
    assertThat(sets(dir)).containsExactlyElementsOf(ALL_SETS);
  }

  /** Every pair of calls, each on a fresh directory: 13 x 13 sequences. */
  @Test
  void noPairOfCallsDeletesAFileOfASetItWasNotGiven() throws IOException {
    int sequence = 0;
    for (Call first : calls()) {
      for (Call second : calls()) {
        Path dir = root.resolve("k8s-" + sequence++);
        call(first, dir);
        call(second, dir);
      }
    }
    assertThat(sequence).isEqualTo(13 * 13);
  }

  /**
   * The one call that owns the whole directory: a result with every set of its spec. It deletes
   * the folder of a scenario that the spec no longer has (a stale set); the same manifests as a
   * list leave it.
   */
  @Test
  void onlyAResultWithEverySetCleansTheFolderOfARemovedScenario() throws IOException {
    Path dir = root.resolve("k8s");
    call(new Call("", false), dir);
    Result result = generate(SPEC.replaceAll("(?m)^  sudden-spike:.*\\n", ""), List.of());
    assertThat(result.valid()).as(result.diagnostics().toString()).isTrue();
    OutputWriter.write(result.manifests(), dir);
    assertThat(sets(dir)).contains("sudden-spike");
    OutputWriter.write(result, dir);
    assertThat(sets(dir)).containsExactly("base", "gradual-growth", "sustained-high");
    assertThat(OutputComparison.compare(result, dir)).isEmpty();
  }
}
