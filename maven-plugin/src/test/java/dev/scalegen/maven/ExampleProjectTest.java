package dev.scalegen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Generator;
import dev.scalegen.core.Options;
import dev.scalegen.core.Result;
import dev.scalegen.core.emit.OutputComparison;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code examples/maven-project} is what users copy; it is not part of this reactor, so this test
 * keeps it honest: its committed {@code deploy/k8s} must be what its spec compiles to today (or its
 * {@code check} would fail for everyone who copies it), and it must use this plugin's version.
 */
class ExampleProjectTest {

  private static final Path EXAMPLE = Path.of("..", "examples", "maven-project");

  @Test
  void theCommittedManifestsAreWhatTheSpecCompilesTo() throws IOException {
    // Named as the plugin names it: relative to the example's directory.
    Result result = Generator.generate(EXAMPLE.resolve("scaling.yaml"), "scaling.yaml", Options.defaults());
    assertThat(result.diagnostics()).isEmpty();
    assertThat(OutputComparison.compare(result, EXAMPLE.resolve("deploy/k8s")))
        .as("examples/maven-project/deploy/k8s is stale; in that folder run "
            + "`mvn scalegen:generate -Dscalegen.outputDirectory=deploy/k8s`")
        .isEmpty();
  }

  @Test
  void theExampleUsesThisVersionOfThePlugin() throws IOException {
    String pom = Files.readString(EXAMPLE.resolve("pom.xml"));
    assertThat(pom).contains("<scalegen.version>" + System.getProperty("project.version") + "</scalegen.version>");
  }
}
