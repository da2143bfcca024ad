package dev.scalegen.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The POMs are ready for Maven Central, read offline: the metadata Central requires of every
 * published POM (name, description, url, licences, developers, scm), the licence file it names,
 * which modules are published, and a {@code release} profile with sources and javadoc jars and
 * JReleaser configured for Central's portal and the GitHub release. Nothing of it runs here:
 * JReleaser and the javadoc and source plugins are not part of the default build, and JReleaser's
 * own check ({@code jreleaser:config}) is in docs/releasing.md.
 */
class ReleasePomTest {

  private static final Path ROOT = Path.of("..");
  private static final List<String> PUBLISHED = List.of("schemas", "generator-core", "report", "cli", "maven-plugin");
  private static final List<String> NOT_PUBLISHED = List.of("golden-tests", "benchmarks");

  private static final XPath XPATH = XPathFactory.newInstance().newXPath();

  private static Document pom(String module) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(false);
    return factory.newDocumentBuilder().parse(ROOT.resolve(module).resolve("pom.xml").toFile());
  }

  private static String text(Document pom, String path) throws Exception {
    return XPATH.evaluate(path, pom).trim();
  }

  private static List<String> texts(Document pom, String path) throws Exception {
    NodeList nodes = (NodeList) XPATH.evaluate(path, pom, XPathConstants.NODESET);
    List<String> found = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      found.add(nodes.item(i).getTextContent().trim());
    }
    return found;
  }

  @Test
  void theParentCarriesWhatCentralRequiresAndTheModulesInheritIt() throws Exception {
    Document parent = pom("");
    assertThat(text(parent, "/project/url")).startsWith("https://");
    assertThat(text(parent, "/project/description")).isNotEmpty();
    assertThat(texts(parent, "/project/licenses/license/name")).containsExactly("Apache-2.0");
    assertThat(text(parent, "/project/licenses/license/url")).isEqualTo("https://www.apache.org/licenses/LICENSE-2.0.txt");
    assertThat(texts(parent, "/project/developers/developer/name")).isNotEmpty().allMatch(n -> !n.isEmpty());
    assertThat(text(parent, "/project/scm/connection")).isEqualTo("scm:git:${scalegen.repository}.git");
    assertThat(text(parent, "/project/scm/url")).isEqualTo("${scalegen.repository}");
    assertThat(text(parent, "/project/properties/scalegen.repository")).matches("https://github\\.com/[^/]+/[^/]+");
    String licence = Files.readString(ROOT.resolve("LICENSE"));
    assertThat(licence).contains("Apache License").contains("Version 2.0, January 2004");
  }

  @Test
  void thePublishedModulesHaveANameAndADescriptionAndTheOthersAreNotDeployed() throws Exception {
    for (String module : PUBLISHED) {
      Document pom = pom(module);
      assertThat(text(pom, "/project/name")).as(module).isNotEmpty();
      assertThat(text(pom, "/project/description")).as(module).isNotEmpty();
      assertThat(text(pom, "/project/properties/maven.deploy.skip")).as(module).isNotEqualTo("true");
      assertThat(text(pom, "/project/url") + text(pom, "/project/scm/url")).as("%s inherits them", module).isEmpty();
    }
    for (String module : NOT_PUBLISHED) {
      assertThat(text(pom(module), "/project/properties/maven.deploy.skip")).as(module).isEqualTo("true");
    }
  }

  @Test
  void theReleaseProfileAttachesSourcesAndJavadocAndConfiguresJReleaserForCentralsPortal() throws Exception {
    Document parent = pom("");
    String profile = "/project/profiles/profile[id='release']/build/plugins/plugin";
    assertThat(texts(parent, profile + "[artifactId='maven-source-plugin']/executions/execution/goals/goal"))
        .containsExactly("jar-no-fork");
    assertThat(texts(parent, profile + "[artifactId='maven-javadoc-plugin']/executions/execution/goals/goal"))
        .containsExactly("jar");
    for (String plugin : List.of("maven-source-plugin", "maven-javadoc-plugin", "jreleaser-maven-plugin")) {
      assertThat(text(parent, "/project/build/pluginManagement/plugins/plugin[artifactId='" + plugin + "']/version"))
          .as("%s pinned", plugin).matches("\\d+\\.\\d+\\.\\d+");
    }
    String jreleaser = profile + "[artifactId='jreleaser-maven-plugin']/configuration/jreleaser";
    String central = jreleaser + "/deploy/maven/mavenCentral/sonatype";
    assertThat(text(parent, central + "/url")).isEqualTo("https://central.sonatype.com/api/v1/publisher");
    assertThat(text(parent, central + "/active")).isEqualTo("RELEASE");
    assertThat(text(parent, central + "/stagingRepositories/stagingRepository")).isEqualTo("target/staging-deploy");
    assertThat(text(parent, jreleaser + "/signing/active")).isEqualTo("ALWAYS");
    assertThat(text(parent, jreleaser + "/project/license")).isEqualTo("Apache-2.0");
    assertThat(texts(parent, jreleaser + "/files/artifacts/artifact/path")).containsExactly(
        "cli/target/scalegen-{{projectVersion}}.tar.gz", "cli/target/scalegen-{{projectVersion}}.zip",
        "schemas/scaling-spec.schema.json");
    assertThat(ROOT.resolve("schemas/scaling-spec.schema.json")).isRegularFile();
    // schemas has no Java, so no javadoc: its release profile makes the javadoc jar Central wants.
    Document schemas = pom("schemas");
    assertThat(texts(schemas, "/project/profiles/profile[id='release']/build/plugins/plugin[artifactId="
        + "'maven-jar-plugin']/executions/execution/configuration/classifier")).containsExactly("javadoc");
    assertThat(ROOT.resolve("schemas/javadoc/README.md")).isRegularFile();
  }

  /** The default build stays fast: no sources, javadoc or JReleaser outside the profile. */
  @Test
  void nothingOfTheReleaseRunsInTheDefaultBuild() throws Exception {
    for (String module : concat(List.of(""), PUBLISHED, NOT_PUBLISHED)) {
      assertThat(texts(pom(module), "/project/build/plugins/plugin/artifactId")).as(module)
          .doesNotContain("maven-source-plugin", "maven-javadoc-plugin", "jreleaser-maven-plugin");
    }
  }

  @SafeVarargs
  private static List<String> concat(List<String>... lists) {
    List<String> all = new ArrayList<>();
    for (List<String> list : lists) {
      all.addAll(list);
    }
    return all;
  }
}
