package dev.scalegen.golden;

import dev.scalegen.core.Generator;
import dev.scalegen.core.Manifest;
import dev.scalegen.core.Options;
import dev.scalegen.core.Result;
import dev.scalegen.core.diag.TextRenderer;
import dev.scalegen.core.spec.SpecSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The folders of {@code cases/valid}, and how a case is generated. */
final class GoldenCases {

  private GoldenCases() {}

  /** Every case folder, sorted by name. */
  static List<Path> valid() {
    return Golden.cases("valid");
  }

  /**
   * The manifests of a case. The spec is named {@code scaling.yaml} (as the user would run scalegen
   * in the case's folder), so that headers do not depend on where the repository is checked out.
   */
  static List<Manifest> generate(Path caseDir) throws IOException {
    String text = Files.readString(caseDir.resolve("scaling.yaml"), StandardCharsets.UTF_8);
    Result result = Generator.generate(new SpecSource("scaling.yaml", text), Options.defaults());
    if (!result.valid()) {
      throw new AssertionError(caseDir + " is not valid:\n" + result.diagnostics().stream()
          .map(d -> TextRenderer.render(d, result.source().orElse(null)))
          .collect(Collectors.joining()));
    }
    return result.manifests();
  }
}
