package dev.scalegen.core.diag;

import dev.scalegen.core.Result;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders results as JSON with stable, documented fields (see {@code docs/cli.md}):
 *
 * <pre>
 * {"valid": false, "errors": 1, "warnings": 0,
 *  "files": [{"file": "scaling.yaml", "valid": false,
 *             "diagnostics": [{"code": "SG201", "severity": "error", "file": "scaling.yaml",
 *                              "line": 9, "column": 25, "path": "/tiers/web/autoscaling/min",
 *                              "message": "...", "hint": "..."}]}]}
 * </pre>
 */
public final class JsonRenderer {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private JsonRenderer() {}

  /** One JSON document for the results of several files, pretty-printed, ending with a newline. */
  public static String render(List<Result> results) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    long errors = results.stream().mapToLong(r -> r.count(Severity.ERROR)).sum();
    long warnings = results.stream().mapToLong(r -> r.count(Severity.WARNING)).sum();
    root.put("valid", errors == 0);
    root.put("errors", errors);
    root.put("warnings", warnings);
    ArrayNode files = root.putArray("files");
    for (Result r : results) {
      ObjectNode file = files.addObject();
      file.put("file", r.source().map(s -> PrintableText.escape(s.name()))
          .orElse(r.diagnostics().isEmpty() ? "" : r.diagnostics().get(0).location().file()));
      file.put("valid", r.valid());
      ArrayNode list = file.putArray("diagnostics");
      for (Diagnostic d : r.diagnostics()) {
        put(d, list.addObject());
      }
    }
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
  }

  /** Puts the fields of {@code d} into {@code node}, as every JSON output of scalegen gives a diagnostic. */
  public static ObjectNode put(Diagnostic d, ObjectNode node) {
    return node.put("code", d.code().id())
        .put("severity", d.severity().label())
        .put("file", d.location().file())
        .put("line", d.location().line())
        .put("column", d.location().column())
        .put("path", d.location().specPath())
        .put("message", d.message())
        .put("hint", d.hint());
  }
}
