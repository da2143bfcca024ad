package dev.scalegen.example;

import dev.scalegen.core.Generator;
import dev.scalegen.core.Manifest;
import dev.scalegen.core.Options;
import dev.scalegen.core.Result;
import dev.scalegen.core.diag.TextRenderer;
import dev.scalegen.core.emit.OutputComparison;
import dev.scalegen.core.emit.OutputWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Compiles a spec with scalegen's library, writes and checks the manifests, as a build tool would. */
public final class LibraryExample {

  /**
   * Compiles {@code spec} into {@code outputDirectory}: every set when {@code sets} is empty, else
   * the sets it names ({@code base}, a scenario). Returns the number of manifests written or
   * already up to date; throws when the spec is invalid or has no set of a name given.
   */
  public static int generate(Path spec, Path outputDirectory, List<String> sets) throws IOException {
    Options options = Options.defaults()
        .withKubernetesVersion("1.33")
        .withOutputDirectory(outputDirectory)
        .withScenarios(sets);
    Result result = Generator.generate(spec, options);
    if (!result.valid()) { // an error in the spec, or a set it does not have (SG236: result.usageError())
      StringBuilder report = new StringBuilder();
      result.diagnostics().forEach(d -> report.append(TextRenderer.render(d, result.source().orElse(null))));
      throw new IllegalArgumentException("cannot generate:\n" + report);
    }
    // The manifests are values: inspect them, write them anywhere, or let scalegen write them.
    for (Manifest manifest : result.manifests()) {
      System.out.println(manifest.path() + " (" + manifest.content().length() + " characters)");
    }
    // The safe call: the write owns the sets the result holds, and the whole directory only when it
    // holds every set of the spec. Other sets' folders are never touched.
    OutputWriter.Report report = OutputWriter.write(result, options.outputDirectory());
    return report.written().size() + report.unchanged().size();
  }

  /** Whether {@code outputDirectory} holds what {@code spec} compiles to (in the sets given); prints the drift. */
  public static boolean check(Path spec, Path outputDirectory, List<String> sets) throws IOException {
    Result result = Generator.generate(spec, Options.defaults().withScenarios(sets));
    if (!result.valid()) {
      return false;
    }
    List<OutputComparison.Difference> drift = OutputComparison.compare(result, outputDirectory);
    drift.forEach(d -> System.out.print(d.unifiedDiff()));
    return drift.isEmpty();
  }

  public static void main(String[] args) throws IOException {
    generate(Path.of(args[0]), Path.of(args[1]), List.of(args).subList(2, args.length));
  }
}
