package dev.scalegen.maven;

import dev.scalegen.core.Result;
import dev.scalegen.core.diag.Severity;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.maven.SpecFiles.SpecFile;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Validates the scaling specs: YAML syntax, the JSON Schema and the semantic rules, every problem
 * reported at once. Each diagnostic is logged at its severity with its file (an absolute path, as
 * the compiler plugin logs one), line and column ({@code /home/me/shop/scaling.yaml:9:5:
 * error[SG101]: ...}), the source line and a hint. The build fails when a spec has an error, or a warning with {@code failOnWarning}; the
 * failure message starts with the first such diagnostic. Writes nothing.
 *
 * @since 0.1.0
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public final class ValidateMojo extends AbstractScalegenMojo {

  /**
   * Skip this goal only (the log says so); {@code skip} skips them all.
   *
   * @since 0.1.0
   */
  @Parameter(property = "scalegen.validate.skip", defaultValue = "false")
  boolean skipValidate;

  @Override
  String goal() {
    return "validate";
  }

  @Override
  boolean skipGoal() {
    return skipValidate;
  }

  @Override
  void run(List<SpecFile> specFiles) throws MojoExecutionException, MojoFailureException {
    List<Result> results = new ArrayList<>();
    for (SpecFile spec : specFiles) {
      Result result = ResultsOfThisBuild.validated(getPluginContext(), spec);
      if (result.spec().map(ScalingSpec::overlay).orElse(false)) {
        readsFilesOutsideTheKey();
      }
      results.add(result);
    }
    DiagnosticLog.log(getLog(), specFiles, results);
    DiagnosticLog.failIfNeeded(specFiles, results, failOnWarning);
    for (int i = 0; i < specFiles.size(); i++) {
      long warnings = results.get(i).count(Severity.WARNING);
      getLog().info(specFiles.get(i).name() + " is valid"
          + (warnings == 0 ? "" : " (" + DiagnosticLog.plural(warnings, "warning") + ")"));
    }
  }
}
