package dev.scalegen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

/** {@code kubernetesVersion} is a configuration error when the output's APIs are not served by it. */
class KubernetesVersionTest {

  private static GenerateMojo mojo(String version) {
    GenerateMojo mojo = new GenerateMojo();
    mojo.kubernetesVersion = version;
    return mojo;
  }

  @Test
  void aVersionOlderThanAutoscalingV2FailsTheBuildNamingTheParameter() {
    for (String version : new String[] {"1.19", "1.22"}) {
      assertThatThrownBy(() -> mojo(version).options(Path.of("k8s")))
          .isInstanceOf(MojoExecutionException.class)
          .hasMessageContaining("kubernetesVersion (scalegen.kubernetesVersion)")
          .hasMessageContaining("`" + version + "` is too old")
          .hasMessageContaining("1.23 or later");
    }
  }

  @Test
  void supportedVersionsPass() throws MojoExecutionException {
    assertThat(mojo("1.23").options(Path.of("k8s")).kubernetesVersion()).isEqualTo("1.23");
    assertThat(mojo("1.40").options(Path.of("k8s")).kubernetesVersion()).isEqualTo("1.40");
  }
}
