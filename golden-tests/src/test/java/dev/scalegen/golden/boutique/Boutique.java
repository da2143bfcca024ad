package dev.scalegen.golden.boutique;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scalegen.core.Generator;
import dev.scalegen.core.Manifest;
import dev.scalegen.core.Options;
import dev.scalegen.core.Result;
import dev.scalegen.core.spec.SpecSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * The Online Boutique as both sides of the comparison: the upstream manifests
 * ({@code examples/online-boutique/upstream/*.yaml}, every document of every file but the
 * kustomization) and the objects that {@code examples/online-boutique/scaling.yaml} compiles to
 * (its baseline set), each as a Jackson tree keyed by {@code Kind/name}.
 */
record Boutique(Map<String, JsonNode> upstream, Map<String, JsonNode> generated, String prefix) {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final LoadSettings SETTINGS = LoadSettings.builder().setSchema(new CoreSchema()).build();

  /** {@code examples/online-boutique}, whichever directory Maven or an IDE runs from. */
  static Path exampleDir() {
    Path here = Path.of("").toAbsolutePath();
    for (Path p : List.of(here.resolve("examples/online-boutique"), here.resolve("../examples/online-boutique"))) {
      if (Files.isDirectory(p)) {
        return p.normalize();
      }
    }
    throw new IllegalStateException("examples/online-boutique not found from " + here);
  }

  static Boutique load() throws IOException {
    Path dir = exampleDir();
    Map<String, JsonNode> upstream = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir.resolve("upstream"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml") && !p.endsWith("kustomization.yaml")).toList()) {
        for (Object doc : new Load(SETTINGS).loadAllFromString(Files.readString(f))) {
          if (doc != null) {
            put(upstream, MAPPER.valueToTree(doc));
          }
        }
      }
    }
    String spec = Files.readString(dir.resolve("scaling.yaml"), StandardCharsets.UTF_8);
    Result result = Generator.generate(new SpecSource("scaling.yaml", spec), Options.defaults());
    if (!result.valid()) {
      throw new AssertionError("examples/online-boutique/scaling.yaml is not valid: " + result.diagnostics());
    }
    Map<String, JsonNode> generated = new TreeMap<>();
    for (Manifest m : result.manifests()) {
      if (m.path().startsWith(Options.BASELINE + "/") && !m.path().endsWith("/kustomization.yaml")) {
        put(generated, MAPPER.valueToTree(new Load(SETTINGS).loadFromString(m.content())));
      }
    }
    String name = MAPPER.valueToTree(new Load(SETTINGS).loadFromString(spec))
        .path("metadata").path("name").asText();
    return new Boutique(upstream, generated, name + "-");
  }

  private static void put(Map<String, JsonNode> objects, JsonNode object) {
    objects.put(object.path("kind").asText() + "/" + object.path("metadata").path("name").asText(), object);
  }

  /** The generated object of {@code kind} that stands for upstream's {@code name}, or {@code null}. */
  JsonNode generated(String kind, String name) {
    return generated.get(kind + "/" + prefix + name);
  }

  /** The pod template's labels of the generated Deployment named {@code name} (generated name). */
  JsonNode podLabels(String generatedName) {
    return generated.getOrDefault("Deployment/" + generatedName, MAPPER.createObjectNode())
        .path("spec").path("template").path("metadata").path("labels");
  }

  /** The number of the container port named {@code portName} in the generated Deployment {@code generatedName}. */
  Integer containerPort(String generatedName, String portName) {
    JsonNode deployment = generated.get("Deployment/" + generatedName);
    if (deployment != null) {
      for (JsonNode c : deployment.path("spec").path("template").path("spec").path("containers")) {
        for (JsonNode p : c.path("ports")) {
          if (portName.equals(p.path("name").asText())) {
            return p.path("containerPort").asInt();
          }
        }
      }
    }
    return null;
  }

  /** Whether the generated Service {@code generatedName} listens on {@code port}. */
  boolean serviceListensOn(String generatedName, int port) {
    JsonNode service = generated.get("Service/" + generatedName);
    if (service != null) {
      for (JsonNode p : service.path("spec").path("ports")) {
        if (p.path("port").asInt() == port) {
          return true;
        }
      }
    }
    return false;
  }
}
