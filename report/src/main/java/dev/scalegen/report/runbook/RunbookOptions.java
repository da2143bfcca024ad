package dev.scalegen.report.runbook;

import dev.scalegen.core.Options;
import java.util.Objects;

/**
 * What a runbook's commands name and how the spec is compiled, as one immutable value:
 *
 * <ul>
 *   <li>{@code specPath}: the spec as the operators' commands name it ({@code scalegen generate
 *       <specPath> ...}); default {@code scaling.yaml}.
 *   <li>{@code manifestsDirectory}: where {@code scalegen generate -o} writes the manifests, as
 *       {@code kubectl apply -k <manifestsDirectory>/<set>} names it; default {@code k8s}, the
 *       default output of {@code generate}.
 *   <li>{@code kubernetesVersion}: the cluster the manifests are for, as for {@code generate}
 *       (default {@value Options#DEFAULT_KUBERNETES_VERSION}).
 * </ul>
 *
 * Every set is compiled (the baseline and each scenario): a runbook covers them all.
 */
public record RunbookOptions(String specPath, String manifestsDirectory, String kubernetesVersion) {

  public static final String DEFAULT_SPEC_PATH = "scaling.yaml";
  /** The default output of {@code scalegen generate} ({@link Options#DEFAULT_OUTPUT_DIRECTORY}). */
  public static final String DEFAULT_MANIFESTS_DIRECTORY = "k8s";

  public RunbookOptions {
    Objects.requireNonNull(specPath, "specPath");
    Objects.requireNonNull(manifestsDirectory, "manifestsDirectory");
    Objects.requireNonNull(kubernetesVersion, "kubernetesVersion");
    manifestsDirectory = trimmed(manifestsDirectory.replace('\\', '/'));
    specPath = specPath.replace('\\', '/');
  }

  /** Every default. */
  public static RunbookOptions defaults() {
    return new RunbookOptions(DEFAULT_SPEC_PATH, DEFAULT_MANIFESTS_DIRECTORY, Options.DEFAULT_KUBERNETES_VERSION);
  }

  public RunbookOptions withSpecPath(String path) {
    return new RunbookOptions(path, manifestsDirectory, kubernetesVersion);
  }

  public RunbookOptions withManifestsDirectory(String directory) {
    return new RunbookOptions(specPath, directory, kubernetesVersion);
  }

  public RunbookOptions withKubernetesVersion(String version) {
    return new RunbookOptions(specPath, manifestsDirectory, version);
  }

  /**
   * The compile options: every set, this Kubernetes version.
   *
   * @throws IllegalArgumentException for a malformed or too old version (a usage error)
   */
  public Options compileOptions() {
    return Options.defaults().withKubernetesVersion(kubernetesVersion);
  }

  /** The folder of a set, as the commands name it: {@code k8s/docvault/base}. */
  String folder(String set) {
    return manifestsDirectory.isEmpty() || manifestsDirectory.equals(".") ? set : manifestsDirectory + "/" + set;
  }

  private static String trimmed(String directory) {
    String d = directory;
    while (d.length() > 1 && d.endsWith("/")) {
      d = d.substring(0, d.length() - 1);
    }
    return d;
  }
}
