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

  @Test
  void aMalformedVersionIsRefused() {
    assertThatThrownBy(() -> Options.defaults().withKubernetesVersion("latest"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("latest");
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
