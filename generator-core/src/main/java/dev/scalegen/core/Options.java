package dev.scalegen.core;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Everything a front end can set, as one immutable value. Every default lives here, and only here:
 *
 * <ul>
 *   <li>{@code kubernetesVersion}: {@value #DEFAULT_KUBERNETES_VERSION}, the {@code MAJOR.MINOR} of
 *       the cluster the manifests are for. Features that need a newer API are gated on it. At
 *       least 1.{@value #MIN_KUBERNETES_MINOR}: the manifests use {@code autoscaling/v2} (GA in
 *       1.23), {@code policy/v1} and {@code batch/v1} CronJobs (1.21); an older version is refused
 *       like a malformed one.
 *   <li>{@code outputDirectory}: {@code k8s} (relative to the working directory), where front ends
 *       write the manifests. The library itself never writes unless asked to
 *       ({@link dev.scalegen.core.emit.OutputWriter}).
 *   <li>{@code scenarios}: empty, meaning every set: the baseline ({@value #BASELINE}) and each
 *       scenario of the spec. Otherwise the names of the sets to render, in any order; the
 *       baseline is named {@value #BASELINE}. A name the spec does not have is an error of
 *       {@link dev.scalegen.core.Generator#generate} ({@code SG236}, a usage error), and the
 *       result then holds no manifests.
 * </ul>
 *
 * <p>Front ends build it: {@code Options.defaults().withKubernetesVersion("1.31")}. The same
 * spelling is used everywhere: {@code --kubernetes-version} on the command line,
 * {@code scalegen.kubernetesVersion} in Maven, {@code --scenario} and {@code scalegen.scenarios}.
 */
public record Options(String kubernetesVersion, Path outputDirectory, List<String> scenarios) {

  public static final String DEFAULT_KUBERNETES_VERSION = "1.33";
  /** The oldest supported minor: {@code autoscaling/v2} HorizontalPodAutoscalers are served from 1.23. */
  public static final int MIN_KUBERNETES_MINOR = 23;
  public static final Path DEFAULT_OUTPUT_DIRECTORY = Path.of("k8s");
  /** The name of the baseline set: its directory, and how {@code --scenario} selects it. */
  public static final String BASELINE = "base";

  /**
   * @throws IllegalArgumentException when the version is not {@code 1.N} (optionally with a patch
   *     level or a leading {@code v}), or is older than 1.{@value #MIN_KUBERNETES_MINOR}: a usage
   *     error that front ends report as such
   */
  public Options {
    Objects.requireNonNull(kubernetesVersion, "kubernetesVersion");
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    scenarios = List.copyOf(new LinkedHashSet<>(scenarios));
    int minor = minor(kubernetesVersion.trim());
    if (minor < 0) {
      throw new IllegalArgumentException(
          "kubernetes version `" + kubernetesVersion + "` is not of the form 1.N (for example 1.33)");
    }
    if (minor < MIN_KUBERNETES_MINOR) {
      throw new IllegalArgumentException("kubernetes version `" + kubernetesVersion + "` is too old: the generated"
          + " manifests use autoscaling/v2 HorizontalPodAutoscalers, which need Kubernetes 1." + MIN_KUBERNETES_MINOR
          + " or later");
    }
    kubernetesVersion = "1." + minor;
  }

  /**
   * The minor version of {@code v?1.N(.P)?} (N of one to three digits, P digits), or -1 when the
   * text is not of that form. (Not a regular expression: compiling the first one of a process
   * costs milliseconds, and every command builds options.)
   */
  static int minor(String version) {
    String v = version.startsWith("v") ? version.substring(1) : version;
    int minorEnd = digits(v, 2);
    if (!v.startsWith("1.") || minorEnd == 2 || minorEnd > 5) {
      return -1;
    }
    if (minorEnd < v.length() && (v.charAt(minorEnd) != '.' || digits(v, minorEnd + 1) != v.length()
        || minorEnd + 1 == v.length())) {
      return -1;
    }
    return Integer.parseInt(v.substring(2, minorEnd));
  }

  /** The index of the first character from {@code from} on that is not an ASCII digit. */
  private static int digits(String text, int from) {
    int i = Math.min(from, text.length());
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i;
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
