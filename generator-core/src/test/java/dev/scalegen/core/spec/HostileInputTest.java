package dev.scalegen.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Generator;
import dev.scalegen.core.Result;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile or mistaken input gets exactly one clean, located error: no exception, no partial spec.
 * (Their speed and memory are measured by {@code bench/hostile-input.sh}, not asserted here.)
 */
class HostileInputTest {

  @TempDir
  Path dir;

  private static Diagnostic single(Result result) {
    assertThat(result.diagnostics()).hasSize(1);
    assertThat(result.valid()).isFalse();
    return result.diagnostics().get(0);
  }

  @Test
  void aliasBombIsRefusedBeforeExpansion() {
    StringBuilder yaml = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      char p = (char) (c - 1);
      yaml.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        yaml.append(i > 0 ? ", " : "").append('*').append(p);
      }
      yaml.append("]\n");
    }
    Diagnostic d = single(Generator.validate(new SpecSource("bomb.yaml", yaml.toString())));
    assertThat(d.code()).isEqualTo(Code.YAML_LIMIT);
    assertThat(d.location().line()).isEqualTo(7);
  }

  @Test
  void fiftyMegabyteFileIsRefusedWithoutReadingIt() throws IOException {
    Path big = dir.resolve("big.yaml");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(50L * 1024 * 1024);
    }
    Diagnostic d = single(Generator.validate(big, "big.yaml"));
    assertThat(d.code()).isEqualTo(Code.FILE_TOO_LARGE);
    assertThat(d.message()).contains("52,428,800 bytes").contains("4,194,304");
  }

  @Test
  void nestingTenThousandDeepIsRefused() {
    String yaml = "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
    Diagnostic d = single(Generator.validate(new SpecSource("deep.yaml", yaml)));
    assertThat(d.code()).isEqualTo(Code.YAML_LIMIT);
    assertThat(d.message()).contains("deeper than 64");
    assertThat(d.location().line()).isEqualTo(1);
    assertThat(d.location().column()).isEqualTo(3 + 64); // the root mapping is level 1, so the 64th bracket is level 65
  }

  @Test
  void blockNestingTenThousandDeepIsRefused() {
    StringBuilder yaml = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      yaml.append(" ".repeat(i)).append("k:\n");
    }
    Diagnostic d = single(Generator.validate(new SpecSource("deep.yaml", yaml.toString())));
    assertThat(d.code()).isEqualTo(Code.YAML_LIMIT);
  }

  @Test
  void binaryFileIsRefused() throws IOException {
    Path bin = dir.resolve("app.bin");
    Files.write(bin, new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0});
    Diagnostic d = single(Generator.validate(bin, "app.bin"));
    assertThat(d.code()).isEqualTo(Code.NOT_UTF8_TEXT);
    assertThat(d.message()).contains("binary");
  }

  @Test
  void emptyFileIsRefused() throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.yaml"));
    assertThat(single(Generator.validate(empty, "empty.yaml")).code()).isEqualTo(Code.EMPTY_SPEC);
  }

  @Test
  void latin1FileIsRefusedAtTheFirstBadByte() throws IOException {
    Path latin1 = dir.resolve("latin1.yaml");
    Files.write(latin1, "metadata:\n  name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    Diagnostic d = single(Generator.validate(latin1, "latin1.yaml"));
    assertThat(d.code()).isEqualTo(Code.NOT_UTF8_TEXT);
    assertThat(d.location().line()).isEqualTo(2);
    assertThat(d.location().column()).isEqualTo(12);
  }

  @Test
  void utf16FileIsRefused() throws IOException {
    Path utf16 = dir.resolve("utf16.yaml");
    Files.write(utf16, "kind: ScalingSpec\n".getBytes(StandardCharsets.UTF_16));
    Diagnostic d = single(Generator.validate(utf16, "utf16.yaml"));
    assertThat(d.code()).isEqualTo(Code.NOT_UTF8_TEXT);
    assertThat(d.message()).contains("UTF-16");
  }

  @Test
  void everyWideEncodingIsNamedByItsByteOrderMarkAndLocated() {
    byte[][] marks = {{(byte) 0xFF, (byte) 0xFE, 0, 0}, {0, 0, (byte) 0xFE, (byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE},
        {(byte) 0xFE, (byte) 0xFF}};
    String[] names = {"UTF-32LE", "UTF-32BE", "UTF-16LE", "UTF-16BE"};
    for (int i = 0; i < marks.length; i++) {
      byte[] bytes = java.util.Arrays.copyOf(marks[i], marks[i].length + 4);
      bytes[marks[i].length] = 'a';
      Diagnostic d = SpecReader.decode("w.yaml", bytes).problem();
      assertThat(d.code()).isEqualTo(Code.NOT_UTF8_TEXT);
      assertThat(d.message()).isEqualTo("`w.yaml` is encoded as " + names[i] + " (it starts with a " + names[i]
          + " byte-order mark)");
      assertThat(d.location().line()).isEqualTo(1);
      assertThat(d.location().column()).isEqualTo(1);
    }
  }

  @Test
  void theFirstBadByteIsReportedWhetherItIsNotUtf8OrNul() {
    byte[] invalidThenNul = "a: 1\nb: \u00e9x\nc: \u0000\n".getBytes(StandardCharsets.ISO_8859_1);
    Diagnostic d = SpecReader.decode("s.yaml", invalidThenNul).problem();
    assertThat(d.message()).isEqualTo("`s.yaml` is not valid UTF-8 (byte 0xE9 at offset 8)");
    assertThat(d.location().line()).isEqualTo(2);
    assertThat(d.location().column()).isEqualTo(4);
    byte[] nulThenInvalid = "a: \u00fc\nb: \u0000\nc: \u00e9\n".getBytes(StandardCharsets.UTF_8);
    nulThenInvalid[nulThenInvalid.length - 3] = (byte) 0xE9;
    d = SpecReader.decode("s.yaml", nulThenInvalid).problem();
    assertThat(d.message()).contains("binary");
    assertThat(d.location().line()).isEqualTo(2);
    assertThat(d.location().column()).isEqualTo(4);
    byte[] truncated = {'a', ':', ' ', (byte) 0xE2, (byte) 0x82};
    assertThat(SpecReader.decode("s.yaml", truncated).problem().location().column()).isEqualTo(4);
  }

  @Test
  void aControlCharacterIsRefusedWhereItIs() {
    Diagnostic d = single(Generator.validate(new SpecSource("bel.yaml", "apiVersion: v1\nkind: Sc\u0007aling\n")));
    assertThat(d.code()).isEqualTo(Code.UNPRINTABLE_CHARACTER);
    assertThat(d.location().line()).isEqualTo(2);
    assertThat(d.location().column()).isEqualTo(9);
    assertThat(d.message()).isEqualTo("`bel.yaml` holds the character U+0007 (BEL), which YAML does not allow in a file");
  }

  @Test
  void directoryGivenAsFileIsAnIoFailure() {
    Result result = Generator.validate(dir, "specs");
    assertThat(single(result).code()).isEqualTo(Code.FILE_UNREADABLE);
    assertThat(result.ioFailure()).isTrue();
  }

  @Test
  void missingFileIsAnIoFailure() {
    Result result = Generator.validate(dir.resolve("nope.yaml"), "nope.yaml");
    Diagnostic d = single(result);
    assertThat(d.code()).isEqualTo(Code.FILE_UNREADABLE);
    assertThat(d.message()).contains("does not exist");
    assertThat(result.ioFailure()).isTrue();
  }

  @Test
  void recursiveAliasIsRefused() {
    Diagnostic d = single(Generator.validate(new SpecSource("loop.yaml", "a: &a [*a]\n")));
    assertThat(d.code()).isIn(Code.YAML_LIMIT, Code.YAML_SYNTAX);
  }
}
