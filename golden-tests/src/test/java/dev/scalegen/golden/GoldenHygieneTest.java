package dev.scalegen.golden;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Code;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Guards the goldens themselves: every code has a case and documentation, and no case folder is malformed. */
class GoldenHygieneTest {

  /**
   * Codes whose input cannot live in a case folder, and the test that covers each instead: a spec
   * over the 4 MiB limit would put a 4 MiB file in the repository.
   */
  private static final Map<Code, String> COVERED_ELSEWHERE = Map.ofEntries(
      Map.entry(Code.PRICE_FILE_UNKNOWN_KEY, "the report's price file, not a spec: report PriceFileTest"),
      Map.entry(Code.PRICE_FILE_BAD_VALUE, "the report's price file, not a spec: report PriceFileTest"),
      Map.entry(Code.PRICES_INCOMPLETE, "the report's price file, not a spec: report PriceFileTest"),
      Map.entry(Code.PRICED_POOL_UNKNOWN, "the report's price file, not a spec: report PriceFileTest"),
      Map.entry(Code.POD_LARGER_THAN_NODE, "a spec measured against the report's node shapes: report ReportTest,"
          + " cli ReportCommandTest"),
      Map.entry(Code.BAD_WEEK, "a command-line option: cli ReportCommandTest"),
      Map.entry(Code.FILE_TOO_LARGE,
          "generator-core HostileInputTest.fiftyMegabyteFileIsRefusedWithoutReadingIt"),
      Map.entry(Code.OUTPUT_DRIFT, "a generated file, not a spec: cli CheckCommandTest (JSON and SARIF of drift)"),
      Map.entry(Code.OUTPUT_EXISTS,
          "an import's output file, not its input: cli ImportCommandTest.keepsAnExistingFileUnlessForced"),
      Map.entry(Code.OUTPUT_UNWRITABLE, "an import's output folder without write permission: core SpecFileTest"),
      Map.entry(Code.REPLICAS_IN_COMMITTED_OUTPUT, "committed files, not a spec: generator-core OverlayModeTest"
          + " (check warns when committed output still sets replicas)"));

  @Test
  void everyCodeHasAnInvalidCase() throws IOException {
    StringBuilder all = new StringBuilder();
    for (Path dir : Golden.cases("invalid")) {
      Path expected = dir.resolve(InvalidSpecGoldenTest.EXPECTED);
      if (Files.exists(expected)) {
        all.append(Files.readString(expected));
      }
    }
    // The codes of reading manifests (SG4xx) come from an import, not a spec: cases/import.
    for (Path dir : Golden.cases("import")) {
      Path expected = dir.resolve(ImportGoldenTest.EXPECTED_ERR);
      if (Files.exists(expected)) {
        all.append(Files.readString(expected));
      }
    }
    List<String> missing = Arrays.stream(Code.values())
        .filter(code -> !COVERED_ELSEWHERE.containsKey(code))
        .map(Code::id)
        .filter(id -> !all.toString().contains("[" + id + "]"))
        .toList();
    assertThat(missing).as("codes without a golden case under cases/invalid (or cases/import)").isEmpty();
  }

  @Test
  void everyCodeIsDocumented() throws IOException {
    Path docs = Golden.casesRoot().getParent().getParent().resolve("docs/diagnostics.md");
    String text = Files.readString(docs);
    List<String> missing = Arrays.stream(Code.values())
        .map(Code::id)
        .filter(id -> !text.contains("## " + id + " "))
        .toList();
    assertThat(missing).as("codes without a `## SGnnn title` section in docs/diagnostics.md").isEmpty();
    Set<String> known = Arrays.stream(Code.values()).map(Code::id).collect(Collectors.toSet());
    List<String> stale = text.lines()
        .filter(l -> l.matches("#+ SG[0-9]{3} .*"))
        .map(l -> l.replaceAll("#+ (SG[0-9]{3}) .*", "$1"))
        .filter(id -> !known.contains(id))
        .toList();
    assertThat(stale).as("documented codes that no longer exist").isEmpty();
  }

  @Test
  void invalidCaseFoldersHoldASpecItsExpectationAndOptionsOnly() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path dir : Golden.cases("invalid")) {
      try (Stream<Path> files = Files.list(dir)) {
        Set<String> names = files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        if (!names.contains(InvalidSpecGoldenTest.SPEC)) {
          problems.add(dir.getFileName() + ": no " + InvalidSpecGoldenTest.SPEC);
        }
        if (!names.contains(InvalidSpecGoldenTest.EXPECTED)) {
          problems.add(dir.getFileName() + ": no " + InvalidSpecGoldenTest.EXPECTED);
        }
        names.removeAll(Set.of(InvalidSpecGoldenTest.SPEC, InvalidSpecGoldenTest.EXPECTED, InvalidSpecGoldenTest.OPTIONS));
        if (Files.isDirectory(dir.resolve(InvalidSpecGoldenTest.BASE))) {
          names.remove(InvalidSpecGoldenTest.BASE);  // the team's manifests of an overlay-mode case
        }
        if (Files.isDirectory(dir.resolve(InvalidSpecGoldenTest.TRACES))) {
          names.remove(InvalidSpecGoldenTest.TRACES);  // the load files of a case's promises
        }
        if (!names.isEmpty()) {
          problems.add(dir.getFileName() + ": orphaned files " + names);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void importCaseFoldersHoldInputsAndExpectationsOnly() throws IOException {
    List<String> problems = new ArrayList<>();
    Set<String> allowed = Set.of(ImportGoldenTest.INPUT, ImportGoldenTest.INPUTS, ImportGoldenTest.OPTIONS,
        ImportGoldenTest.EXPECTED_ERR, ImportGoldenTest.EXPECTED_SPEC);
    for (Path dir : Golden.cases("import")) {
      try (Stream<Path> files = Files.list(dir)) {
        Set<String> names = files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        if (names.contains(ImportGoldenTest.INPUT) == names.contains(ImportGoldenTest.INPUTS)) {
          problems.add(dir.getFileName() + ": needs exactly one of input/ and inputs");
        }
        if (!names.contains(ImportGoldenTest.EXPECTED_ERR)) {
          problems.add(dir.getFileName() + ": no " + ImportGoldenTest.EXPECTED_ERR);
        }
        names.removeAll(allowed);
        if (!names.isEmpty()) {
          problems.add(dir.getFileName() + ": orphaned files " + names);
        }
      }
    }
    assertThat(problems).isEmpty();
  }
}
