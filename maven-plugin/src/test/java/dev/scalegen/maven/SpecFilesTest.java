package dev.scalegen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scalegen.maven.SpecFiles.SpecFile;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecFilesTest {

  @TempDir Path project;

  private List<String> names(String... specs) throws MojoExecutionException {
    List<File> files = Arrays.stream(specs).map(File::new).toList();
    return SpecFiles.resolve(files, project).stream().map(SpecFile::name).toList();
  }

  @Test
  void aDirectoryStandsForItsYamlFilesInNameOrderAndNotRecursively() throws IOException, MojoExecutionException {
    Path dir = Files.createDirectories(project.resolve("src/main/scalegen/nested"));
    for (String name : List.of("web.yaml", "batch.yml", "README.md", "nested/deep.yaml")) {
      Files.writeString(dir.getParent().resolve(name), "");
    }
    assertThat(names("src/main/scalegen")).containsExactly("src/main/scalegen/batch.yml", "src/main/scalegen/web.yaml");
  }

  @Test
  void filesKeepTheirOrderAreNamedRelativeToTheProjectAndAreReadOnce() throws IOException, MojoExecutionException {
    Files.writeString(project.resolve("b.yaml"), "");
    Files.writeString(project.resolve("a.yaml"), "");
    assertThat(names("b.yaml", project.resolve("a.yaml").toString(), "./b.yaml")).containsExactly("b.yaml", "a.yaml");
  }

  @Test
  void aMissingFileIsKeptForTheCoreToReport() throws MojoExecutionException {
    assertThat(names("scaling.yaml")).containsExactly("scaling.yaml");
  }

  @Test
  void aDirectoryWithoutSpecsIsAConfigurationError() throws IOException {
    Files.createDirectories(project.resolve("empty"));
    assertThatThrownBy(() -> names("empty")).isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("holds no *.yaml or *.yml file");
  }

  @Test
  void aFileOutsideTheProjectIsShownAbsolute() {
    Path outside = project.getParent().resolve("shared/scaling.yaml").toAbsolutePath().normalize();
    assertThat(SpecFiles.relative(project, outside)).isEqualTo(outside.toString().replace(File.separatorChar, '/'));
  }
}
