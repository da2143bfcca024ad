package dev.scalegen.core.adopt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * What import found about one object of one manifest, in order: each a located diagnostic. The
 * diagnostics of a workload also become comments above its tier in the written spec, so that what
 * could not be carried is listed where the user reviews the spec, not only on the terminal.
 * Not thread-safe: one per object being read.
 */
final class Findings {

  /** fabric8's model is bound with Jackson 2; unknown fields go to the objects' additional properties. */
  static final ObjectMapper MAPPER = JsonMapper.builder()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
      .build();

  private final ManifestDocument document;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  Findings(ManifestDocument document) {
    this.document = document;
  }

  ManifestDocument document() {
    return document;
  }

  /** The document bound to a fabric8 type, or {@code null} with an {@code SG401} when its fields do not fit the type. */
  <T> T bind(Class<T> type) {
    try {
      return MAPPER.treeToValue(document.tree(), type);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      String problem = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
      report(Code.MANIFEST_YAML, "", document.describe() + " cannot be read as " + document.kind() + ": " + problem,
          "`kubectl apply --dry-run=server -f` shows what the API server thinks of it");
      return null;
    }
  }

  /** Reports {@code code} at the value of {@code pointer}. */
  void report(Code code, String pointer, String message, String hint) {
    diagnostics.add(Diagnostic.of(code, document.at(pointer), message, hint));
  }

  /** Reports {@code code} at the key of {@code pointer}. */
  void reportKey(Code code, String pointer, String message, String hint) {
    diagnostics.add(Diagnostic.of(code, document.keyAt(pointer), message, hint));
  }

  /** An {@code SG408}: the field at {@code pointer} ({@code what}) is not in the spec. */
  void notCarried(String pointer, String what, String hint) {
    diagnostics.add(Diagnostic.of(Code.NOT_CARRIED, document.keyAt(pointer),
        what + " is not carried into the spec", hint));
  }

  /** Takes over what another object's findings hold (an HPA's, folded into its workload's tier). */
  void addAll(Findings other) {
    diagnostics.addAll(other.diagnostics);
  }

  List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }
}
