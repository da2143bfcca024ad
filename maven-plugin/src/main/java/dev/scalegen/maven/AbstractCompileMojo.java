package dev.scalegen.maven;

import dev.scalegen.core.Options;
import dev.scalegen.core.Result;
import dev.scalegen.maven.SpecFiles.SpecFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** The goals that compile specs ({@code generate}, {@code check}): the parameters that become {@link Options}. */
abstract class AbstractCompileMojo extends AbstractScalegenMojo {

  /**
   * The Kubernetes minor version the manifests are for, {@code 1.N} (a patch level or a leading
   * {@code v} is accepted). Features that need a newer API are gated on it. Same as the CLI's
   * {@code --kubernetes-version}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "scalegen.kubernetesVersion", defaultValue = Options.DEFAULT_KUBERNETES_VERSION)
  String kubernetesVersion;

  /**
   * The sets to generate or check, by name: scenarios of the spec, or {@code base} for the
   * baseline; empty means all (the baseline into {@code base/}, each scenario into its own folder).
   * Other sets' folders are left alone. A name the spec does not have fails the build. Same as the
   * CLI's {@code --scenario}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "scalegen.scenarios")
  List<String> scenarios;

  @Override
  List<String> settings() {
    return List.of("kubernetesVersion " + kubernetesVersion, "scenarios " + scenarios);
  }

  /** A compiled spec and the directory its manifests belong in. */
  record Compiled(SpecFile spec, Result result, Path directory) {}

  /** The options these parameters stand for, with the given output directory. */
  Options options(Path outputDirectory) throws MojoExecutionException {
    try {
      return Options.defaults().withKubernetesVersion(kubernetesVersion).withOutputDirectory(outputDirectory)
          .withScenarios(scenarios == null ? List.of() : scenarios);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("kubernetesVersion (scalegen.kubernetesVersion): " + e.getMessage(), e);
    }
  }

  /**
   * Compiles every spec, logs every diagnostic, and fails once if any spec fails the build. One
   * spec writes into {@code root}; several write into {@code root/<metadata.name>}, which must then
   * be unique.
   */
  List<Compiled> compile(List<SpecFile> specFiles, Options options) throws MojoExecutionException, MojoFailureException {
    List<Result> results = new ArrayList<>();
    for (SpecFile spec : specFiles) {
      results.add(ResultsOfThisBuild.generated(getPluginContext(), spec, options));
    }
    DiagnosticLog.log(getLog(), specFiles, results);
    DiagnosticLog.failIfNeeded(specFiles, results, failOnWarning);
    Path root = options.outputDirectory();
    List<Compiled> compiled = new ArrayList<>();
    Map<String, SpecFile> byName = new LinkedHashMap<>();
    for (int i = 0; i < specFiles.size(); i++) {
      SpecFile spec = specFiles.get(i);
      Result result = results.get(i);
      String name = result.spec().orElseThrow().metadata().name();
      SpecFile other = byName.putIfAbsent(name, spec);
      if (other != null) {
        throw new MojoFailureException(spec.name() + ": `metadata.name` `" + name + "` is also the name of "
            + other.name() + "; with several specs each needs its own name (it names its output folder)");
      }
      Path directory = specFiles.size() == 1 ? root : root.resolve(name);
      if (result.spec().orElseThrow().overlay()) {
        readsFilesOutsideTheKey();
      }
      if (!directory.equals(root) && result.spec().orElseThrow().overlay()) {
        // An overlay's kustomization names its base relative to the folder it is written to.
        result = ResultsOfThisBuild.generated(getPluginContext(), spec, options.withOutputDirectory(directory));
      }
      compiled.add(new Compiled(spec, result, directory));
    }
    return compiled;
  }
}
