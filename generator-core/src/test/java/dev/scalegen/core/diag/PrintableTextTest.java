package dev.scalegen.core.diag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Generator;
import dev.scalegen.core.Result;
import dev.scalegen.core.spec.SpecSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PrintableTextTest {

  @Test
  void escapesWhatATerminalWouldInterpret() {
    assertThat(PrintableText.escape("a\u001b[31mred")).isEqualTo("a\\u001b[31mred");
    assertThat(PrintableText.escape("b\nscaling.yaml:1:1: error[SG999]: forged"))
        .isEqualTo("b\\nscaling.yaml:1:1: error[SG999]: forged");
    assertThat(PrintableText.escape("c\rd\te\u0007f\u0000g\u007fh\u0085i"))
        .isEqualTo("c\\rd\\te\\u0007f\\u0000g\\u007fh\\u0085i");
  }

  @Test
  void escapesLineSeparatorsAndBidiControls() {
    assertThat(PrintableText.escape("a\u2028b\u2029c")).isEqualTo("a\\u2028b\\u2029c");
    assertThat(PrintableText.escape("\u202eevil\u202c \u2066x\u2069 \u200f\u200e\u061c"))
        .isEqualTo("\\u202eevil\\u202c \\u2066x\\u2069 \\u200f\\u200e\\u061c");
  }

  @Test
  void leavesPrintableTextAloneAndIsIdempotent() {
    String text = "`backend` ünïcödé 日本 🚀 \\u001b as typed";
    assertThat(PrintableText.escape(text)).isSameAs(text);
    String once = PrintableText.escape("x\u001by\n");
    assertThat(PrintableText.escape(once)).isEqualTo(once);
  }

  @Test
  void escapesUnpairedSurrogatesOnly() {
    assertThat(PrintableText.escape("a\ud83d")).isEqualTo("a\\ud83d");
    assertThat(PrintableText.escape("\ude80b")).isEqualTo("\\ude80b");
    assertThat(PrintableText.escape("\ud83d\ude80\u0007")).isEqualTo("\ud83d\ude80\\u0007");
  }

  @Test
  void diagnosticsAndLocationsAreEscapedWhenMade() {
    Diagnostic d = Diagnostic.of(Code.UNKNOWN_KEY, new Location("s\n.yaml", 1, 1, "/a\u001b"),
        "unknown key `a\u001b`", "did you mean `b\u202e`?");
    assertThat(d.message()).isEqualTo("unknown key `a\\u001b`");
    assertThat(d.hint()).isEqualTo("did you mean `b\\u202e`?");
    assertThat(d.location().file()).isEqualTo("s\\n.yaml");
    assertThat(d.location().specPath()).isEqualTo("/a\\u001b");
  }

  @Test
  void jsonCarriesTheEscapesInItsStringsFileNameIncluded() throws Exception {
    Result r = Generator.validate(new SpecSource("s\u001b.yaml", "a: 1\n\"k\\e\": [\n"));
    JsonNode json = JsonMapper.builder().build().readTree(JsonRenderer.render(List.of(r)));
    assertThat(json.at("/files/0/file").asString()).isEqualTo("s\\u001b.yaml");
    assertThat(json.at("/files/0/diagnostics/0/file").asString()).isEqualTo("s\\u001b.yaml");
  }
}
