package dev.scalegen.core.adopt;

import dev.scalegen.core.spec.SpecSource;
import java.util.List;

/** Test helper: the documents of a manifest text, named {@code m.yaml}. */
final class Manifests {
  private Manifests() {}

  static List<ManifestDocument> parse(String yaml) {
    ManifestParser.Parsed parsed = ManifestParser.parse(new SpecSource("m.yaml", yaml));
    if (!parsed.diagnostics().isEmpty()) {
      throw new IllegalArgumentException(parsed.diagnostics().toString());
    }
    return parsed.documents();
  }

  static ManifestDocument one(String yaml) {
    return parse(yaml).get(0);
  }
}
