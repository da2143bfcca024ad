package dev.scalegen.core.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaseReaderTest {

  @TempDir Path dir;

  static final Location AT = new Location("scaling.yaml", 5, 7, "/base");

  @Test
  void aKustomizeFolderIsReadThroughItsResourcesWithItsNamespaceAndPositions() throws IOException {
    Files.createDirectories(dir.resolve("k8s/web"));
    Files.writeString(dir.resolve("k8s/kustomization.yaml"), "namespace: shop\nresources:\n  - web\n  - hpa.yaml\n");
    Files.writeString(dir.resolve("k8s/web/kustomization.yaml"), "resources: [deployment.yaml]\n");
    Files.writeString(dir.resolve("k8s/web/deployment.yaml"),
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n");
    Files.writeString(dir.resolve("k8s/hpa.yaml"), "# comment\n---\napiVersion: autoscaling/v1\nkind: HorizontalPodAutoscaler\n"
        + "metadata: {name: web}\nspec: {scaleTargetRef: {kind: Deployment, name: web}}\n");
    BaseManifests base = BaseReader.read(dir, "app", "k8s", AT);
    assertThat(base.problems()).isEmpty();
    assertThat(base.resources()).containsExactly(dir.resolve("k8s"));
    BaseObject web = base.find("Deployment", "web");
    assertThat(web.namespace()).isEqualTo("shop");
    assertThat(web.file()).isEqualTo("app/k8s/web/deployment.yaml");
    assertThat(web.at("/spec/replicas")).isEqualTo(3L);
    assertThat(web.location("/spec/replicas")).isEqualTo(new Location("app/k8s/web/deployment.yaml", 6, 13, "/spec/replicas"));
    assertThat(base.autoscalersOf(web)).extracting(BaseObject::name).containsExactly("web");
  }

  @Test
  void aPlainFolderIsEachOfItsYamlFilesInOrder() throws IOException {
    Files.createDirectories(dir.resolve("plain"));
    Files.writeString(dir.resolve("plain/b.yaml"), "apiVersion: v1\nkind: Service\nmetadata: {name: b}\n");
    Files.writeString(dir.resolve("plain/a.yml"), "apiVersion: v1\nkind: Service\nmetadata: {name: a}\n");
    Files.writeString(dir.resolve("plain/notes.txt"), "not yaml");
    BaseManifests base = BaseReader.read(dir, "", "plain", AT);
    assertThat(base.resources()).containsExactly(dir.resolve("plain/a.yml"), dir.resolve("plain/b.yaml"));
    assertThat(base.names("Service")).containsExactly("a", "b");
  }

  @Test
  void aMissingBaseAndBrokenYamlAreLocatedProblems() throws IOException {
    BaseManifests missing = BaseReader.read(dir, "", "nowhere", AT);
    assertThat(missing.problems()).extracting(Diagnostic::code).containsExactly(Code.BASE_UNREADABLE);
    assertThat(missing.problems().get(0).location()).isEqualTo(AT);
    Files.writeString(dir.resolve("bad.yaml"), "kind: Deployment\nmetadata: {name: [x\n");
    BaseManifests broken = BaseReader.read(dir, "", "bad.yaml", AT);
    assertThat(broken.problems()).hasSize(1);
    assertThat(broken.problems().get(0).location().file()).isEqualTo("bad.yaml");
    assertThat(broken.problems().get(0).location().line()).isGreaterThan(1);
  }

  @Test
  void aRemoteResourceIsRefusedWhereTheKustomizationNamesIt() throws IOException {
    Files.writeString(dir.resolve("kustomization.yaml"), "resources:\n  - https://github.com/x/y//k8s\n");
    BaseManifests base = BaseReader.read(dir, "", ".", AT);
    assertThat(base.problems()).first().satisfies(d -> {
      assertThat(d.location().file()).isEqualTo("kustomization.yaml");
      assertThat(d.location().line()).isEqualTo(2);
      assertThat(d.message()).contains("remote");
    });
  }
}
