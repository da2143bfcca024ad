package dev.scalegen.core;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything a front end can set, as one immutable value. Every default lives here, and only here:
 *
 * <ul>
 *   <li>{@code kubernetesVersion}: {@value #DEFAULT_KUBERNETES_VERSION}, the {@code MAJOR.MINOR} of
 *       the cluster the manifests are for. Features that need a newer API are gated on it.
 *   <li>{@code outputDirectory}: {@code k8s} (relative to the working directory), where front ends
 *       write the manifests. The library itself never writes unless asked to
 *       ({@link dev.scalegen.core.emit.OutputWriter}).
 *   <li>{@code scenarios}: empty, meaning every set: the baseline ({@value #BASELINE}) and each
 *       scenario of the spec. Otherwise the names of the sets to render, in any order; the
 *       baseline is named {@value #BASELINE}. Names the spec does not have are left out
 *       ({@link dev.scalegen.core.spec.ScenarioResolver#unknown} lists them, for front ends to
 *       report as a usage error).
 * </ul>
 *
 * <p>Front ends build it: {@code Options.defaults().withKubernetesVersion("1.31")}. The same
 * spelling is used everywhere: {@code --kubernetes-version} on the command line,
 * {@code scalegen.kubernetesVersion} in Maven, {@code --scenario} and {@code scalegen.scenarios}.
 */
public record Options(String kubernetesVersion, Path outputDirectory, List<String> scenarios) {

  public static final String DEFAULT_KUBERNETES_VERSION = "1.33";
  public static final Path DEFAULT_OUTPUT_DIRECTORY = Path.of("k8s");
  /** The name of the baseline set: its directory, and how {@code --scenario} selects it. */
  public static final String BASELINE = "base";

  private static final Pattern VERSION = Pattern.compile("v?(1)\\.(\\d{1,3})(?:\\.\\d+)?");

  /**
   * @throws IllegalArgumentException when the version is not {@code 1.N} (optionally with a patch
   *     level or a leading {@code v}): a usage error that front ends report as such
   */
  public Options {
    Objects.requireNonNull(kubernetesVersion, "kubernetesVersion");
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    scenarios = List.copyOf(new LinkedHashSet<>(scenarios));
    Matcher m = VERSION.matcher(kubernetesVersion.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "kubernetes version `" + kubernetesVersion + "` is not of the form 1.N (for example 1.33)");
    }
    kubernetesVersion = m.group(1) + "." + Integer.parseInt(m.group(2));
  }

  /** Every default. */
  public static Options defaults() {
    return new Options(DEFAULT_KUBERNETES_VERSION, DEFAULT_OUTPUT_DIRECTORY, List.of());
  }

  public Options withKubernetesVersion(String version) {
    return new Options(version, outputDirectory, scenarios);
  }

  public Options withOutputDirectory(Path directory) {
    return new Options(kubernetesVersion, directory, scenarios);
  }

  /** The sets to render by name ({@value #BASELINE} for the baseline); empty renders every set. */
  public Options withScenarios(List<String> names) {
    return new Options(kubernetesVersion, outputDirectory, names);
  }

  /** Whether the set named {@code name} ({@value #BASELINE} or a scenario) is to be rendered. */
  public boolean renders(String name) {
    return scenarios.isEmpty() || scenarios.contains(name);
  }

  /** The minor version: 33 for {@code 1.33}. */
  public int kubernetesMinor() {
    return Integer.parseInt(kubernetesVersion.substring(kubernetesVersion.indexOf('.') + 1));
  }

  /** Whether the target cluster is at least {@code 1.minor}. */
  public boolean kubernetesAtLeast(int minor) {
    return kubernetesMinor() >= minor;
  }
}
