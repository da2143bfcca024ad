package dev.scalegen.cli;

import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.RunAutomationDetails;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.scalegen.core.Result;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.emit.SpecDrift;
import dev.scalegen.core.spec.SpecSource;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Diagnostics as SARIF 2.1.0, as GitHub code scanning accepts it (docs/ci.md#sarif): one rule per
 * code ({@link SarifRules}), one result per diagnostic, located as {@link SarifLocations} says,
 * with a line-independent {@code partialFingerprints} entry. Drift ({@link SpecDrift}) is one result
 * per part of the spec, at that part, with each generated file that differs as a related location
 * linked from the message. The run's category ({@code automationDetails.id}) is
 * {@code scalegen/SPEC/} when the results concern one spec, so that a workflow that checks several
 * specs uploads one run per spec.
 */
final class SarifRenderer {
  /** The key of the fingerprint: the rule, the file and the spec path (or the message), not the line. */
  static final String FINGERPRINT = "scalegen/v1";
  /** GitHub reads at most 1,000 related locations of a result. */
  static final int RELATED_LIMIT = 1000;

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .setSerializationInclusion(JsonInclude.Include.NON_EMPTY)
      .enable(SerializationFeature.INDENT_OUTPUT);

  private SarifRenderer() {}

  static String render(List<Result> results, String version) {
    return render(results, List.of(), version, Path.of(""));
  }

  /** {@code cwd} is the working directory that the results' file names are relative to. */
  static String render(List<Result> results, List<SpecDrift> drift, String version, Path cwd) {
    SarifLocations where = new SarifLocations(cwd);
    Set<ReportingDescriptor> rules = SarifRules.all(version);
    List<String> ids = rules.stream().map(ReportingDescriptor::getId).toList();
    List<com.contrastsecurity.sarif.Result> out = new ArrayList<>();
    Set<String> specs = new LinkedHashSet<>();
    for (Result r : results) {
      SpecSource source = r.source().orElse(null);
      for (Diagnostic d : r.diagnostics()) {
        specs.add(d.location().file());
        out.add(result(d, ids, where).withLocations(List.of(new Location()
            .withPhysicalLocation(where.physical(d.location(), d.location().line(), source)))));
      }
      r.source().ifPresent(s -> specs.add(s.name()));
    }
    for (SpecDrift s : drift) {
      SpecSource source = results.isEmpty() ? null : results.get(0).source().orElse(null);
      com.contrastsecurity.sarif.Result result = result(s.diagnostic(), ids, where);
      String text = result.getMessage().getText();
      Set<Location> related = new LinkedHashSet<>();
      for (int i = 0; i < s.files().size() && i < RELATED_LIMIT; i++) {
        Diagnostic file = s.files().get(i);
        related.add(new Location().withId(i + 1).withMessage(new Message().withText(file.message()))
            .withPhysicalLocation(where.physical(file.location(), file.location().line(), null)));
        String named = "`" + s.paths().get(i) + "`";
        text = text.replaceFirst(java.util.regex.Pattern.quote(named),
            java.util.regex.Matcher.quoteReplacement("[" + link(s.paths().get(i)) + "](" + (i + 1) + ")"));
      }
      out.add(result.withMessage(new Message().withText(text)).withRelatedLocations(related)
          .withLocations(List.of(new Location().withPhysicalLocation(
              where.physical(s.diagnostic().location(), s.endLine(), source)))));
    }
    Run run = new Run()
        .withTool(new Tool().withDriver(new ToolComponent().withName("scalegen").withSemanticVersion(version)
            .withInformationUri(URI.create(SarifRules.REPOSITORY)).withRules(rules)))
        .withOriginalUriBaseIds(where.baseIds())
        .withColumnKind(Run.ColumnKind.UNICODE_CODE_POINTS)
        .withResults(out);
    if (specs.size() == 1) {
      String uri = where.artifact(specs.iterator().next()).getUri();
      run.setAutomationDetails(new RunAutomationDetails().withId("scalegen/" + uri + "/"));
    }
    SarifSchema210 log = new SarifSchema210()
        .with$schema(URI.create("https://json.schemastore.org/sarif-2.1.0.json"))
        .withVersion(SarifSchema210.Version._2_1_0)
        .withRuns(List.of(run));
    // The model leaves out a level equal to SARIF's default (warning); code scanning reads an explicit one better.
    com.fasterxml.jackson.databind.JsonNode tree = MAPPER.valueToTree(log);
    for (com.fasterxml.jackson.databind.JsonNode r : tree.path("runs").path(0).path("results")) {
      if (!r.has("level")) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) r).put("level", "warning");
      }
    }
    try {
      return MAPPER.writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static com.contrastsecurity.sarif.Result result(Diagnostic d, List<String> ids, SarifLocations where) {
    String text = d.hint().isEmpty() ? d.message() : d.message() + " (hint: " + d.hint() + ")";
    String identity = d.code().id() + "\u0000" + where.artifact(d.location().file()).getUri() + "\u0000"
        + (d.location().specPath().isEmpty() ? d.message() : d.location().specPath());
    return new com.contrastsecurity.sarif.Result()
        .withRuleId(d.code().id())
        .withRuleIndex(ids.indexOf(d.code().id()))
        .withLevel(switch (d.severity()) {
          case ERROR -> com.contrastsecurity.sarif.Result.Level.ERROR;
          case WARNING -> com.contrastsecurity.sarif.Result.Level.WARNING;
          case INFO -> com.contrastsecurity.sarif.Result.Level.NOTE;
        })
        .withMessage(new Message().withText(text))
        .withPartialFingerprints(new PartialFingerprints().withAdditionalProperty(FINGERPRINT, fingerprint(identity)));
  }

  private static String fingerprint(String identity) {
    try {
      byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(identity.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(hash, 0, 16);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** Link text of SARIF's embedded links ({@code [text](id)}): brackets and backslashes escaped. */
  private static String link(String text) {
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
  }
}
