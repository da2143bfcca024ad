package dev.scalegen.example;

import dev.scalegen.core.Generator;
import dev.scalegen.core.Manifest;
import dev.scalegen.core.Options;
import dev.scalegen.core.Result;
import dev.scalegen.core.diag.TextRenderer;
import dev.scalegen.core.emit.OutputWriter;
import java.io.IOException;
import java.nio.file.Path;

/** Compiles a spec with scalegen's library and writes the manifests, as a build tool would. */
public final class LibraryExample {

  /** Returns the number of manifests written, or throws when the spec is invalid. */
  public static int generate(Path spec, Path outputDirectory) throws IOException {
    Options options = Options.defaults()
        .withKubernetesVersion("1.33")
        .withOutputDirectory(outputDirectory);
    Result result = Generator.generate(spec, options);
    if (!result.valid()) {
      StringBuilder report = new StringBuilder();
      result.diagnostics().forEach(d -> report.append(TextRenderer.render(d, result.source().orElse(null))));
      throw new IllegalArgumentException("invalid spec:\n" + report);
    }
    // The manifests are values: inspect them, write them anywhere, or let scalegen write them.
    for (Manifest manifest : result.manifests()) {
      System.out.println(manifest.path() + " (" + manifest.content().length() + " characters)");
    }
    OutputWriter.Report report = OutputWriter.write(result.manifests(), options.outputDirectory());
    return report.written().size() + report.unchanged().size();
  }

  public static void main(String[] args) throws IOException {
    generate(Path.of(args[0]), Path.of(args[1]));
  }
}
