package dev.scalegen.golden;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Generator;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.spec.SpecSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an editor shows, from the editor's own language server: yaml-language-server (npm, as
 * VS Code's YAML extension, Neovim's and Emacs' yamlls run it) driven over LSP on the DocVault
 * example, which names the schema in its first line. The example has no problem; each broken
 * variant ({@link DocVaultVariants}) is marked at the line and column where scalegen reports it;
 * the behaviour presets and {@code off} are offered as completions; hovers are Markdown that
 * renders the descriptions' code. Skipped without Node or without {@code npm ci} in
 * {@code tools/editors} ({@link EditorTools}), and when the server does not answer in time.
 */
class YamlLanguageServerTest {

  @TempDir Path work;
  private LspClient server;
  private Path docvault;

  @BeforeEach
  void start() throws IOException {
    Path node = EditorTools.node();
    Path bin = EditorTools.module("yaml-language-server").resolve("bin/yaml-language-server");
    // The layout of the repository, so that the modeline's ../../schemas/... finds the schema.
    docvault = Files.createDirectories(work.resolve("examples/docvault"));
    Files.createDirectories(work.resolve("schemas"));
    Files.copy(EditorTools.repository().resolve("schemas/scaling-spec.schema.json"),
        work.resolve("schemas/scaling-spec.schema.json"));
    ObjectNode settings = LspClient.object().put("validate", true).put("hover", true).put("completion", true);
    settings.set("schemaStore", LspClient.object().put("enable", false)); // no catalog download
    server = new LspClient(List.of(node.toString(), bin.toString(), "--stdio"), work, settings);
    ObjectNode capabilities = LspClient.object();
    capabilities.putObject("textDocument").putObject("hover").putArray("contentFormat").add("markdown");
    capabilities.putObject("workspace").put("configuration", true);
    server.request("initialize", LspClient.object().put("processId", ProcessHandle.current().pid())
        .put("rootUri", work.toUri().toString()).set("capabilities", capabilities));
    server.notify("initialized", LspClient.object());
    ObjectNode change = LspClient.object();
    change.putObject("settings").set("yaml", settings);
    server.notify("workspace/didChangeConfiguration", change);
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void theDocVaultExampleHasNoProblemAndItsHoversAreMarkdown() throws IOException {
    String text = DocVaultVariants.original();
    String uri = open("scaling.yaml", text);
    assertThat(server.awaitNotification("textDocument/publishDiagnostics", uri).get("diagnostics")).isEmpty();

    int line = lineOf(text, "    autoscaling: { min: 5,");
    JsonNode hover = server.request("textDocument/hover", position(uri, line, text.lines().toList().get(line).indexOf("min")));
    assertThat(hover.path("contents").path("kind").asString()).isEqualTo("markdown");
    assertThat(hover.path("contents").path("value").asString())
        .contains("Fewest replicas (`minReplicas`)") // code, not an escaped \`minReplicas\`
        .doesNotContain("\\`");
  }

  @Test
  void eachBrokenVariantIsMarkedWhereScalegenReportsIt() throws IOException {
    for (DocVaultVariants.Variant v : DocVaultVariants.ALL) {
      String text = v.text();
      String uri = open(v.name() + ".yaml", text);
      JsonNode diagnostics = server.awaitNotification("textDocument/publishDiagnostics", uri).get("diagnostics");
      int[] at = v.position();
      List<String> found = new ArrayList<>();
      diagnostics.forEach(d -> found.add(d.path("range").path("start").path("line").asInt() + ":"
          + d.path("range").path("start").path("character").asInt() + " " + d.path("message").asString()));
      assertThat(found).as(v.name()).anySatisfy(d -> assertThat(d).startsWith(at[0] + ":" + at[1] + " ").contains(v.says()));

      List<Diagnostic> scalegen = Generator.validate(new SpecSource(v.name() + ".yaml", text)).diagnostics();
      assertThat(scalegen).as(v.name() + ": scalegen's errors").anySatisfy(d -> {
        assertThat(d.isError()).isTrue();
        assertThat(d.location().specPath()).isEqualTo(v.pointer());
        assertThat(new int[] {d.location().line() - 1, d.location().column() - 1}).isEqualTo(at);
      });
    }
  }

  @Test
  void completesThePresetNamesAndOff() throws IOException {
    String text = DocVaultVariants.original()
        .replace("      backend: { autoscaling: { max: 50, behavior: fast-up } }\n",
            "      backend:\n        autoscaling:\n          max: 50\n          behavior: \n")
        .replace("    schedules: { night: off }\n", "    schedules:\n      night: \n");
    String uri = open("completion.yaml", text);
    server.awaitNotification("textDocument/publishDiagnostics", uri);

    int behavior = lineOf(text, "          behavior: ");
    JsonNode presets = server.request("textDocument/completion", position(uri, behavior, "          behavior: ".length()));
    assertThat(labels(presets)).contains("fast-up", "slow-down", "steady");
    int night = lineOf(text, "      night: \n");
    JsonNode off = server.request("textDocument/completion", position(uri, night, "      night: ".length()));
    // Offered quoted, `"off"`, since YAML 1.1 tools read a plain `off` as false; scalegen takes both.
    assertThat(labels(off)).anySatisfy(label -> assertThat(label.replace("\"", "")).isEqualTo("off"));
  }

  private String open(String name, String text) throws IOException {
    Path file = docvault.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    String uri = file.toUri().toString();
    ObjectNode params = LspClient.object();
    params.putObject("textDocument").put("uri", uri).put("languageId", "yaml").put("version", 1).put("text", text);
    server.notify("textDocument/didOpen", params);
    return uri;
  }

  private static ObjectNode position(String uri, int line, int character) {
    ObjectNode params = LspClient.object();
    params.putObject("textDocument").put("uri", uri);
    params.putObject("position").put("line", line).put("character", character);
    return params;
  }

  private static List<String> labels(JsonNode completion) {
    List<String> labels = new ArrayList<>();
    (completion.has("items") ? completion.get("items") : completion).forEach(i -> labels.add(i.path("label").asString()));
    return labels;
  }

  /** The line (from 0) where {@code start} starts, in {@code text}. */
  private static int lineOf(String text, String start) {
    int at = text.indexOf(start);
    assertThat(at).as("`%s` in the spec", start).isGreaterThanOrEqualTo(0);
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
  }
}
