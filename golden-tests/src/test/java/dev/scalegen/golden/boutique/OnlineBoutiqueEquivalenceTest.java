package dev.scalegen.golden.boutique;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scalegen.core.Generator;
import dev.scalegen.core.Result;
import dev.scalegen.core.spec.SpecSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 13: {@code examples/online-boutique/scaling.yaml} generates Deployments and Services that
 * carry every field of Google's originals ({@code examples/online-boutique/upstream/}) that matters
 * at run time. Both sides are walked field by field ({@link TreeDiff}); every difference must be
 * one that {@link Tolerance#ALL} lists with its reason, and every listed tolerance must still be
 * needed. Changing a field that matters in the generated output makes the comparison fail.
 */
class OnlineBoutiqueEquivalenceTest {

  private static final Set<String> COMPARED = Set.of("Deployment", "StatefulSet", "Service", "ServiceAccount");

  private static Boutique boutique;

  @BeforeAll
  static void load() throws Exception {
    boutique = Boutique.load();
  }

  /** Every difference between the two sides, objects missing on either side included. */
  static List<Difference> differences(Boutique b) {
    List<Difference> all = new ArrayList<>();
    b.upstream().forEach((key, original) -> {
      String kind = key.substring(0, key.indexOf('/'));
      JsonNode generated = b.generated(kind, key.substring(key.indexOf('/') + 1));
      if (generated == null) {
        all.add(new Difference(key, "", original, null));
      } else {
        all.addAll(TreeDiff.diff(key, original, generated));
      }
    });
    b.generated().forEach((key, generated) -> {
      String kind = key.substring(0, key.indexOf('/'));
      String name = key.substring(key.indexOf('/') + 1).substring(b.prefix().length());
      if (COMPARED.contains(kind) && !b.upstream().containsKey(kind + "/" + name)) {
        all.add(new Difference(kind + "/" + name, "", null, generated));
      }
    });
    all.addAll(danglingAddresses(b));
    return all;
  }

  /**
   * A {@code host:port} variable left as upstream has it compares equal, yet names a Service that
   * the output does not have (upstream's {@code redis-cart} is {@code boutique-redis-cart} here):
   * the same text, broken at run time. Each is a difference, which no tolerance accepts.
   */
  static List<Difference> danglingAddresses(Boutique b) {
    List<Difference> dangling = new ArrayList<>();
    b.generated().forEach((key, object) -> {
      if (!key.startsWith("Deployment/")) {
        return;
      }
      for (JsonNode env : object.at("/spec/template/spec/containers/0/env")) {
        String host = env.path("value").asText().replaceFirst(":[0-9]+$", "");
        if (b.upstream().containsKey("Service/" + host) && !b.generated().containsKey("Service/" + host)) {
          dangling.add(new Difference("Deployment/" + key.substring(11 + b.prefix().length()),
              "spec.template.spec.containers[0].env[" + env.path("name").asText() + "].value names no generated Service",
              null, env.path("value")));
        }
      }
    });
    return dangling;
  }

  private static List<String> untolerated(Boutique b) {
    return differences(b).stream().filter(d -> Tolerance.of(b, d) == null).map(Difference::toString).toList();
  }

  /** The spec's header says which warnings it draws and explains each at its tier: exactly those. */
  @Test
  void theExampleDrawsOnlyTheWarningsItExplains() throws Exception {
    Path spec = Boutique.exampleDir().resolve("scaling.yaml");
    Result result = Generator.validate(new SpecSource("scaling.yaml", Files.readString(spec)));
    assertThat(result.diagnostics()).extracting(d -> d.code().id() + " " + d.location().specPath()).containsExactly(
        "SG256 /tiers/frontend/probes/liveness", "SG256 /tiers/cartservice/probes/liveness",
        "SG256 /tiers/adservice/probes/liveness");
  }

  @Test
  void theElevenServicesAndTheCartStoreAreAllCompared() {
    assertThat(boutique.upstream().keySet().stream().filter(k -> k.startsWith("Deployment/")))
        .hasSize(12).allSatisfy(k -> assertThat(boutique.generated("Deployment", k.substring(11))).as(k).isNotNull());
  }

  @Test
  void everyDifferenceFromUpstreamIsATolerance() {
    assertThat(untolerated(boutique)).as("differences from upstream that no Tolerance accepts").isEmpty();
  }

  @Test
  void everyToleranceIsStillNeeded() {
    List<Difference> differences = differences(boutique);
    assertThat(Tolerance.ALL).allSatisfy(t -> assertThat(differences)
        .as("tolerance `%s` accepts no difference any more: remove it", t.name())
        .anyMatch(d -> Tolerance.of(boutique, d) == t));
  }

  /** At rest the demo runs what upstream runs: each HPA starts from upstream's one pod, and its Deployment sets no replicas. */
  @Test
  void autoscaledTiersStartFromUpstreamsReplicas() {
    List<String> hpas = boutique.generated().keySet().stream().filter(k -> k.startsWith("HorizontalPodAutoscaler/")).toList();
    assertThat(hpas).hasSize(6).allSatisfy(key -> {
      JsonNode spec = boutique.generated().get(key).path("spec");
      String target = spec.path("scaleTargetRef").path("name").asText();
      JsonNode original = boutique.upstream().get("Deployment/" + target.substring(boutique.prefix().length()));
      assertThat(spec.path("minReplicas").asInt()).isEqualTo(original.path("spec").path("replicas").asInt(1));
      assertThat(boutique.generated().get("Deployment/" + target).path("spec").has("replicas")).isFalse();
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a probe port                 | Deployment/boutique-frontend          | /spec/template/spec/containers/0/readinessProbe/httpGet | port | 8081
      a probe header               | Deployment/boutique-frontend          | /spec/template/spec/containers/0/livenessProbe/httpGet/httpHeaders/0 | value | x
      a gRPC probe                 | Deployment/boutique-cartservice       | /spec/template/spec/containers/0/readinessProbe/grpc | port | 7071
      a memory limit               | Deployment/boutique-adservice         | /spec/template/spec/containers/0/resources/limits | memory | 200Mi
      an address's port            | Deployment/boutique-frontend          | /spec/template/spec/containers/0/env/1 | value | boutique-productcatalogservice:3551
      an address's host            | Deployment/boutique-cartservice       | /spec/template/spec/containers/0/env/0 | value | redis-cart:6379
      the image                    | Deployment/boutique-emailservice      | /spec/template/spec/containers/0 | image | us-central1-docker.pkg.dev/google-samples/microservices-demo/paymentservice:v0.10.5
      the read-only root           | Deployment/boutique-redis-cart        | /spec/template/spec/containers/0/securityContext | readOnlyRootFilesystem | false
      the user                     | Deployment/boutique-checkoutservice   | /spec/template/spec/securityContext | runAsUser | 0
      the service account          | Deployment/boutique-shippingservice   | /spec/template/spec | serviceAccountName | default
      the grace period             | Deployment/boutique-loadgenerator     | /spec/template/spec | terminationGracePeriodSeconds | 30
      the pod's app label          | Deployment/boutique-paymentservice    | /spec/template/metadata/labels | app | payment
      the container port           | Deployment/boutique-currencyservice   | /spec/template/spec/containers/0/ports/0 | containerPort | 7001
      the Service's port           | Service/boutique-emailservice         | /spec/ports/0 | port | 8080
      an emptyDir's medium         | Deployment/boutique-redis-cart        | /spec/template/spec/volumes/0/emptyDir | medium | Memory
      """)
  void aChangeThatMattersAtRunTimeIsNotTolerated(String what, String object, String at, String field, String value) {
    Boutique changed = changed(object, node -> {
      assertThat(node.at(at).isObject()).as("%s has %s", object, at).isTrue();
      ObjectNode parent = (ObjectNode) node.at(at);
      assertThat(parent.path(field).asText()).as("%s%s/%s is changed", object, at, field).isNotEqualTo(value);
      if (value.matches("-?[0-9]+")) {
        parent.put(field, Integer.parseInt(value));
      } else if (value.equals("false")) {
        parent.put(field, false);
      } else {
        parent.put(field, value);
      }
    });
    assertThat(untolerated(changed)).as("changing %s must fail the comparison", what).isNotEmpty();
  }

  @Test
  void aMissingEnvironmentVariableOrInitContainerOfAnotherTierIsNotTolerated() {
    Boutique withoutVariable = changed("Deployment/boutique-recommendationservice",
        node -> ((ArrayNode) node.at("/spec/template/spec/containers/0/env")).remove(1));
    assertThat(untolerated(withoutVariable)).singleElement().asString()
        .contains("env[PRODUCT_CATALOG_SERVICE_ADDR]", "generated (absent)");
    Boutique withInit = changed("Deployment/boutique-frontend", node -> ((ObjectNode) node.at("/spec/template/spec"))
        .putArray("initContainers").addObject().put("name", "wait").put("image", "busybox"));
    assertThat(untolerated(withInit)).isNotEmpty();
  }

  private static Boutique changed(String object, Consumer<JsonNode> change) {
    Map<String, JsonNode> generated = new TreeMap<>();
    boutique.generated().forEach((k, v) -> generated.put(k, v.deepCopy()));
    assertThat(generated).containsKey(object);
    change.accept(generated.get(object));
    return new Boutique(boutique.upstream(), generated, boutique.prefix());
  }
}
