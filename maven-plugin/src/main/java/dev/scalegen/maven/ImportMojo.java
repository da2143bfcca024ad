package dev.scalegen.maven;

import dev.scalegen.core.Generator;
import dev.scalegen.core.adopt.ImportOptions;
import dev.scalegen.core.adopt.ImportResult;
import dev.scalegen.core.adopt.SpecFile;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.Severity;
import dev.scalegen.core.diag.TextRenderer;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Reads existing Kubernetes manifests (files, folders, a kustomize folder's local resources) and
 * writes a starting scaling spec: one tier per Deployment and StatefulSet, its HorizontalPodAutoscaler
 * folded in; with {@code adopt}, an overlay spec over them. The manifests' mistakes (fields an HPA does not have, a spot selector no node matches,
 * {@code replicas} under an HPA, Redis as a multi-replica Deployment) are logged as warnings, what
 * the spec cannot carry as infos, each located in its manifest; both are comments in the spec. The
 * spec is written atomically, and an existing file is kept unless {@code force} is set. Bound to no
 * phase: run it once, {@code mvn scalegen:import -Dscalegen.manifests=deploy/k8s}, and review the
 * result. The build fails when a manifest or the written spec has an error (the spec is still
 * written), or when the output exists; an unreadable manifest or an unwritable output is an
 * execution error.
 *
 * @since 0.1.0
 */
@Mojo(name = "import", requiresProject = false, threadSafe = true)
public final class ImportMojo extends AbstractMojo {

  /**
   * The manifests to read: files, or folders (a folder with a {@code kustomization.yaml} is read
   * through its local {@code resources}; another folder by its {@code *.yaml} and {@code *.yml}
   * files, sub-folders included). On the command line a comma-separated list.
   *
   * @since 0.1.0
   */
  @Parameter(property = "scalegen.manifests", required = true)
  List<File> manifests;

  /**
   * Where the spec is written: by default where the other goals read it.
   *
   * @since 0.1.0
   */
  @Parameter(property = "scalegen.output", defaultValue = "${basedir}/scaling.yaml")
  File output;

  /**
   * The application's name ({@code metadata.name}). Default: the {@code app.kubernetes.io/part-of}
   * label of every workload, else the prefix their names share, else the namespace, else {@code app}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "scalegen.name")
  String name;

  /**
   * Replace {@code output} when it exists. Without it, an existing file is kept and the build fails.
   *
   * @since 0.1.0
   */
  @Parameter(property = "scalegen.force", defaultValue = "false")
  boolean force;

  /**
   * Write an overlay spec: {@code base} is the one {@code manifests} entry (relative to the folder of
   * {@code output}), each tier adopts its workload ({@code takeOver: true} where its HPA was folded
   * in) and sets only resources, workers, replicas or autoscaling, and placement (docs/adopting.md).
   *
   * @since 0.1.0
   */
  @Parameter(property = "scalegen.adopt", defaultValue = "false")
  boolean adopt;

  /**
   * Skip this goal; the log says so.
   *
   * @since 0.1.0
   */
  @Parameter(property = "scalegen.skip", defaultValue = "false")
  boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping scalegen:import: skip is true (scalegen.skip)");
      return;
    }
    List<Path> inputs = manifests.stream().map(f -> f.toPath().toAbsolutePath()).toList();
    if (adopt && inputs.size() != 1) {
      throw new MojoFailureException("scalegen:import with adopt reads one base (a folder or a file), not " + inputs.size());
    }
    ImportResult imported;
    try {
      imported = Generator.importManifests(inputs, new ImportOptions(name, output.getPath(), adopt));
    } catch (RuntimeException e) {
      throw new MojoExecutionException("internal error in scalegen:import (a bug; please report it with the"
          + " manifests and the stack trace from mvn -e): " + e, e);
    }
    DiagnosticLog.log(getLog(), imported.reports());
    Optional<Diagnostic> unwritten = imported.spec().flatMap(text -> SpecFile.write(output.toPath(), output.getPath(), text, force));
    if (unwritten.isPresent()) {
      Diagnostic d = unwritten.get();
      if (d.code() == Code.OUTPUT_EXISTS) {
        throw new MojoFailureException(TextRenderer.headline(d) + "; set scalegen.force to replace it");
      }
      throw new MojoExecutionException(TextRenderer.headline(d));
    }
    if (imported.ioFailure()) {
      throw new MojoExecutionException(TextRenderer.headline(first(imported, Severity.ERROR)));
    }
    if (!imported.valid()) {
      throw new MojoFailureException(TextRenderer.headline(first(imported, Severity.ERROR)));
    }
    int tiers = imported.validation().spec().map(s -> s.tiers().size()).orElse(0);
    getLog().info("Wrote " + output + " (" + DiagnosticLog.plural(tiers, "tier") + "); review it, then run scalegen:validate");
  }

  private static Diagnostic first(ImportResult imported, Severity severity) {
    return imported.diagnostics().stream().filter(d -> d.severity() == severity).findFirst().orElseThrow();
  }
}
