package dev.scalegen.cli;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.scalegen.core.Result;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.CodeDocs;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.Severity;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Diagnostics as SARIF 2.1.0, as GitHub code scanning accepts it: one rule per code (with its help
 * text from {@code docs/diagnostics.md}), one result per diagnostic with a physical location
 * relative to the working directory.
 */
final class SarifRenderer {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .setSerializationInclusion(JsonInclude.Include.NON_EMPTY)
      .enable(SerializationFeature.INDENT_OUTPUT);

  private SarifRenderer() {}

  static String render(List<Result> results, String version) {
    List<Code> codes = Arrays.asList(Code.values());
    List<ReportingDescriptor> rules = new ArrayList<>();
    for (Code code : codes) {
      rules.add(new ReportingDescriptor()
          .withId(code.id())
          .withName(camel(code.title()))
          .withShortDescription(new MultiformatMessageString().withText(code.title()))
          .withFullDescription(new MultiformatMessageString().withText(CodeDocs.summary(code)))
          .withHelp(new MultiformatMessageString().withText(CodeDocs.summary(code))
              .withMarkdown(CodeDocs.section(code)))
          .withDefaultConfiguration(new ReportingConfiguration().withLevel(level(code.severity()))));
    }
    List<com.contrastsecurity.sarif.Result> sarifResults = new ArrayList<>();
    for (Result r : results) {
      for (Diagnostic d : r.diagnostics()) {
        String text = d.hint().isEmpty() ? d.message() : d.message() + " (hint: " + d.hint() + ")";
        sarifResults.add(new com.contrastsecurity.sarif.Result()
            .withRuleId(d.code().id())
            .withRuleIndex(codes.indexOf(d.code()))
            .withLevel(switch (d.severity()) {
              case ERROR -> com.contrastsecurity.sarif.Result.Level.ERROR;
              case WARNING -> com.contrastsecurity.sarif.Result.Level.WARNING;
              case INFO -> com.contrastsecurity.sarif.Result.Level.NOTE;
            })
            .withMessage(new Message().withText(text))
            .withLocations(List.of(new Location().withPhysicalLocation(new PhysicalLocation()
                .withArtifactLocation(new ArtifactLocation().withUri(uri(d.location().file())))
                .withRegion(new Region()
                    .withStartLine(Math.max(1, d.location().line()))
                    .withStartColumn(Math.max(1, d.location().column())))))));
      }
    }
    SarifSchema210 log = new SarifSchema210()
        .with$schema(URI.create("https://json.schemastore.org/sarif-2.1.0.json"))
        .withVersion(SarifSchema210.Version._2_1_0)
        .withRuns(List.of(new Run()
            .withTool(new Tool().withDriver(new ToolComponent()
                .withName("scalegen")
                .withSemanticVersion(version)
                .withRules(new java.util.LinkedHashSet<>(rules))))
            .withResults(sarifResults)));
    // The model omits a level equal to its default (warning); code scanning reads an explicit one better.
    com.fasterxml.jackson.databind.JsonNode tree = MAPPER.valueToTree(log);
    for (com.fasterxml.jackson.databind.JsonNode result : tree.path("runs").path(0).path("results")) {
      if (!result.has("level")) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) result).put("level", "warning");
      }
    }
    try {
      return MAPPER.writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ReportingConfiguration.Level level(Severity s) {
    return switch (s) {
      case ERROR -> ReportingConfiguration.Level.ERROR;
      case WARNING -> ReportingConfiguration.Level.WARNING;
      case INFO -> ReportingConfiguration.Level.NOTE;
    };
  }

  /** The file as a relative URI with forward slashes, as code scanning expects. */
  private static String uri(String file) {
    Path p = Path.of(file);
    Path cwd = Path.of("").toAbsolutePath();
    if (p.isAbsolute() && p.startsWith(cwd)) {
      p = cwd.relativize(p);
    }
    return p.isAbsolute() ? p.toUri().toString() : p.normalize().toString().replace('\\', '/');
  }

  private static String camel(String title) {
    StringBuilder b = new StringBuilder();
    for (String w : title.split("[^A-Za-z0-9]+")) {
      if (!w.isEmpty()) {
        b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
      }
    }
    return b.toString();
  }
}
