package dev.scalegen.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionsTest {

  @Test
  void defaultsAreACurrentKubernetesMinorAndTheK8sFolder() {
    Options options = Options.defaults();
    assertThat(options.kubernetesVersion()).isEqualTo("1.33");
    assertThat(options.outputDirectory()).isEqualTo(Path.of("k8s"));
  }

  @Test
  void versionsAreNormalisedToMajorDotMinor() {
    assertThat(Options.defaults().withKubernetesVersion("v1.29.4").kubernetesVersion()).isEqualTo("1.29");
    assertThat(Options.defaults().withKubernetesVersion("1.27").kubernetesAtLeast(27)).isTrue();
    assertThat(Options.defaults().withKubernetesVersion("1.26").kubernetesAtLeast(27)).isFalse();
  }

  /** The form the versions were once checked with; the hand-written check must agree with it. */
  private static final java.util.regex.Pattern FORM = java.util.regex.Pattern.compile("v?(1)\\.(\\d{1,3})(?:\\.\\d+)?");

  @Test
  void theVersionFormIsV1DotMinorWithAnOptionalPatch() {
    List<String> versions = new java.util.ArrayList<>(List.of("", "v", "1", "1.", "v1.", "1.3", "1.33", "v1.33",
        "1.333", "1.3333", "1.33.", "1.33.0", "1.33.10", "v1.33.4", "1.33.4.5", "1.33.x", "1.x", "2.33", "11.3",
        "1.33-rc1", "1..3", "1.٣", "V1.33", "vv1.33", " 1.33", "1.33 ", "1.033", "1.0"));
    for (String version : versions) {
      java.util.regex.Matcher m = FORM.matcher(version);
      int expected = m.matches() ? Integer.parseInt(m.group(2)) : -1;
      assertThat(Options.minor(version)).as(version).isEqualTo(expected);
    }
  }

  @Test
  void aMalformedVersionIsRefused() {
    assertThatThrownBy(() -> Options.defaults().withKubernetesVersion("latest"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("latest");
  }

  @Test
  void versionsWhoseApisTheOutputLacksAreRefused() {
    for (String version : List.of("1.19", "1.22", "v1.22.17", "1.0")) {
      assertThatThrownBy(() -> Options.defaults().withKubernetesVersion(version), version)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("`" + version + "` is too old")
          .hasMessageContaining("autoscaling/v2")
          .hasMessageContaining("1.23 or later");
    }
    assertThat(Options.defaults().withKubernetesVersion("1.23").kubernetesMinor()).isEqualTo(23);
    assertThat(Options.defaults().withKubernetesVersion("1.40").kubernetesMinor()).isEqualTo(40);
  }

  @Test
  void scenariosDefaultToEverySetAndKeepTheirFirstOrder() {
    assertThat(Options.defaults().scenarios()).isEmpty();
    assertThat(Options.defaults().renders("anything")).isTrue();
    Options some = Options.defaults().withScenarios(List.of("spike", "base", "spike"));
    assertThat(some.scenarios()).containsExactly("spike", "base");
    assertThat(some.renders("base")).isTrue();
    assertThat(some.renders("peak")).isFalse();
  }
}
