package dev.scalegen.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PodTemplateReaderTest {

  private static PodTemplate read(String json) {
    JsonNode node = JsonMapper.builder().build().readTree(json);
    return PodTemplateReader.read(node, "/tiers/web/podTemplate");
  }

  @Test
  void readsSidecarsInitContainersVolumesAndMetadataIntoFabric8sModel() {
    PodTemplate t = read("""
        {"metadata": {"annotations": {"a.example.com/x": "1"}},
         "spec": {"containers": [{"name": "proxy", "image": "envoy:1.30", "ports": [{"containerPort": 9901}]}],
                  "initContainers": [{"name": "migrate", "image": "app:1", "command": ["migrate"]}],
                  "volumes": [{"name": "config", "configMap": {"name": "web-config"}}]}}""");
    assertThat(t.problems()).isEmpty();
    PodTemplateSpec spec = t.template();
    assertThat(spec.getSpec().getContainers().get(0).getPorts().get(0).getContainerPort()).isEqualTo(9901);
    assertThat(spec.getSpec().getInitContainers().get(0).getCommand()).containsExactly("migrate");
    assertThat(spec.getSpec().getVolumes().get(0).getConfigMap().getName()).isEqualTo("web-config");
    assertThat(spec.getSpec().getVolumes().get(0).getName()).isEqualTo("config");
    assertThat(spec.getMetadata().getAnnotations()).containsEntry("a.example.com/x", "1");
  }

  @Test
  void reportsEveryUnknownFieldWithItsPointerAndTheNamesItsObjectTakes() {
    PodTemplate t = read("""
        {"spec": {"containers": [{"name": "proxy", "image": "envoy", "volumeMount": []}],
                  "volumes": [{"name": "c", "confgMap": {"name": "x"}}], "nodeSelectr": {}}}""");
    assertThat(t.problems()).extracting(PodTemplate.Problem::kind, PodTemplate.Problem::pointer).containsExactly(
        org.assertj.core.groups.Tuple.tuple(PodTemplate.Kind.UNKNOWN_FIELD, "/tiers/web/podTemplate/spec/containers/0/volumeMount"),
        org.assertj.core.groups.Tuple.tuple(PodTemplate.Kind.UNKNOWN_FIELD, "/tiers/web/podTemplate/spec/volumes/0/confgMap"),
        org.assertj.core.groups.Tuple.tuple(PodTemplate.Kind.UNKNOWN_FIELD, "/tiers/web/podTemplate/spec/nodeSelectr"));
    assertThat(t.problems().get(0).known()).contains("volumeMounts", "image");
    assertThat(t.template().getSpec().getContainers().get(0).getAdditionalProperties()).isEmpty();
  }

  @Test
  void refusesAStringWhereKubernetesWantsAnInteger() {
    PodTemplate t = read("""
        {"spec": {"containers": [{"name": "p", "image": "e", "ports": [{"containerPort": "http"}]}]}}""");
    assertThat(t.problems()).containsExactly(new PodTemplate.Problem(PodTemplate.Kind.WRONG_TYPE,
        "/tiers/web/podTemplate/spec/containers/0/ports/0/containerPort", "an integer", List.of()));
  }

  @Test
  void refusesNumbersWhereKubernetesWantsStringsAndFractionsForIntegers() {
    assertThat(read("{\"metadata\": {\"annotations\": {\"prometheus.io/port\": 9090}}}").problems())
        .extracting(PodTemplate.Problem::pointer, PodTemplate.Problem::expected)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/tiers/web/podTemplate/metadata/annotations/prometheus.io~1port", "a string"));
    assertThat(read("{\"spec\": {\"activeDeadlineSeconds\": 2.5}}").problems())
        .extracting(PodTemplate.Problem::expected).containsExactly("an integer");
    assertThat(read("{\"spec\": {\"hostNetwork\": \"true\"}}").problems())
        .extracting(PodTemplate.Problem::expected).containsExactly("`true` or `false`");
    assertThat(read("{\"spec\": {\"containers\": {\"name\": \"x\"}}}").problems())
        .extracting(PodTemplate.Problem::pointer, PodTemplate.Problem::expected)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/tiers/web/podTemplate/spec/containers", "a list"));
  }

  @Test
  void acceptsIntOrStringAndQuantitiesInEitherForm() {
    PodTemplate t = read("""
        {"spec": {"containers": [{"name": "p", "image": "e",
          "readinessProbe": {"httpGet": {"path": "/", "port": "admin"}},
          "livenessProbe": {"tcpSocket": {"port": 9901}},
          "resources": {"requests": {"cpu": 0.1, "memory": "64Mi"}}}]}}""");
    assertThat(t.problems()).isEmpty();
  }

  @Test
  void oddShapesForQuantitiesAndIntOrStringsAreTypeErrorsNotCrashes() {
    for (String json : List.of(
        "{\"spec\": {\"containers\": [{\"name\": \"p\", \"resources\": {\"requests\": {\"cpu\": [1]}}}]}}",
        "{\"spec\": {\"containers\": [{\"name\": \"p\", \"resources\": {\"requests\": {\"cpu\": {\"a\": 1}}}}]}}",
        "{\"spec\": {\"containers\": [{\"name\": \"p\", \"readinessProbe\": {\"tcpSocket\": {\"port\": [80]}}}]}}",
        "{\"spec\": {\"containers\": [{\"name\": \"p\", \"readinessProbe\": {\"tcpSocket\": {\"port\": true}}}]}}",
        "{\"spec\": {\"containers\": [\"p\"]}}",
        "{\"spec\": {\"nodeSelector\": [\"a\"]}}",
        "{\"spec\": null, \"metadata\": {\"labels\": null}}")) {
      PodTemplate t = read(json);
      assertThat(t.problems()).as(json).allSatisfy(p -> assertThat(p.kind()).isEqualTo(PodTemplate.Kind.WRONG_TYPE));
      assertThat(t.template().getSpec()).as(json).isNotNull();
    }
  }
}
