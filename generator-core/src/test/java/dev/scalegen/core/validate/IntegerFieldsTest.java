package dev.scalegen.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Generator;
import dev.scalegen.core.Result;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.spec.SourceMap;
import dev.scalegen.core.spec.SpecSource;
import dev.scalegen.core.spec.YamlLoader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every integer field of the schema has a range that the binder can hold ({@code int}), so that no
 * number is ever dropped silently (a {@code replicas: 2147483648} once gave a Deployment of one pod
 * and a valid result). A new integer field without a {@code maximum} fails the first test; one
 * missing from {@link #EVERY_INTEGER} fails the second.
 */
class IntegerFieldsTest {

  /** A valid spec that sets every integer field of the schema. */
  private static final String EVERY_INTEGER = """
      apiVersion: scalegen.dev/v1
      kind: ScalingSpec
      metadata: { name: shop }
      tiers:
        api:
          image: x
          port: 8080
          command: [serve]
          workers: { count: 4, arg: --workers }
          resources: { requests: { cpu: 1, memory: 1Gi }, limits: { memory: 1Gi } }
          securityContext: { runAsUser: 1000, runAsGroup: 1000, fsGroup: 1000 }
          service: { port: 80 }
          probes:
            readiness:
              http: /ready
              port: 8081
              initialDelaySeconds: 1
              periodSeconds: 5
              timeoutSeconds: 2
              successThreshold: 2
              failureThreshold: 3
            liveness: { tcp: 8080 }
            startup: { grpc: 8080 }
          preStopSleepSeconds: 5
          terminationGracePeriodSeconds: 60
          rollout: { maxSurge: 2, maxUnavailable: 1 }
          zoneSpread: { maxSkew: 1, whenUnsatisfiable: DoNotSchedule, minDomains: 3 }
          autoscaling:
            min: 2
            max: 10
            cpu: 70
            behavior:
              scaleUp:
                stabilizationWindowSeconds: 0
                policies: [ { type: Pods, value: 4, periodSeconds: 15 } ]
        queue:
          image: x
          resources: { requests: { cpu: 100m, memory: 64Mi }, limits: { memory: 64Mi } }
          autoscaling:
            engine: keda
            min: 0
            max: 5
            pollingInterval: 15
            cooldownPeriod: 300
            fallback: { failureThreshold: 3, replicas: 2 }
            triggers:
              - { type: redis-list, address: "redis:6379", list: q, databaseIndex: 1, target: 10, activation: 2 }
        worker:
          image: x
          replicas: 3
          resources: { requests: { cpu: 100m, memory: 64Mi }, limits: { memory: 64Mi } }
        db:
          image: x
          stateful: true
          replicas: 1
          resources: { requests: { cpu: 100m, memory: 64Mi }, limits: { memory: 64Mi } }
          storage: { data: { size: 1Gi, mountPath: /data } }
          rollout: { partition: 0 }
      schedules:
        night:
          window: { from: "22:00", to: "06:00", timeZone: UTC }
          set: { api: { min: 3, max: 9 }, worker: { replicas: 2 } }
      scenarios:
        spike:
          tiers:
            api: { autoscaling: { min: 4, max: 20, cpu: 60 }, workers: { count: 8 } }
            worker: { replicas: 5 }
          schedules:
            night: { set: { api: { min: 5, max: 18 }, worker: { replicas: 4 } } }
          expect:
            api: { load: spike10x, reaches: 20, within: 5m, neverAbove: 20 }
      """;

  @Test
  void everyIntegerFieldHasARangeWithinInt() {
    Map<String, JsonNode> fields = integerFields();
    assertThat(fields).isNotEmpty();
    fields.forEach((location, field) -> {
      assertThat(field.has("minimum")).as(location + " has a minimum").isTrue();
      assertThat(field.has("maximum")).as(location + " has a maximum").isTrue();
      assertThat(field.get("maximum").asLong()).as(location + " maximum").isBetween(1L, (long) Integer.MAX_VALUE);
      assertThat(field.get("minimum").asLong()).as(location + " minimum").isBetween(0L, field.get("maximum").asLong());
    });
  }

  @Test
  void aNumberBeyondIntInAnyIntegerFieldIsALocatedError() {
    YamlLoader.Parsed parsed = YamlLoader.load(new SpecSource("s.yaml", EVERY_INTEGER));
    Map<String, String> found = new LinkedHashMap<>();
    integersIn(parsed.root(), SpecSchema.get().tree(), "#", "", found);
    assertThat(new TreeSet<>(found.values())).as("integer fields the fixture sets")
        .isEqualTo(new TreeSet<>(integerFields().keySet()));
    assertThat(Generator.validate(new SpecSource("s.yaml", EVERY_INTEGER)).diagnostics()).isEmpty();

    for (String pointer : found.keySet()) {
      SourceMap.Node node = parsed.sourceMap().node(pointer);
      Result r = Generator.validate(new SpecSource("s.yaml", replace(EVERY_INTEGER, node, "2147483648")));
      assertThat(r.valid()).as(pointer).isFalse();
      assertThat(r.diagnostics()).as(pointer).anySatisfy(d -> {
        assertThat(d.code()).isEqualTo(Code.OUT_OF_RANGE);
        assertThat(d.location().line()).isEqualTo(node.line());
        assertThat(d.location().column()).isEqualTo(node.column());
        assertThat(d.message()).startsWith("`" + SourceMap.dotted(pointer) + "` is `2147483648`; it must be at most");
      });
      assertThat(r.diagnostics()).as(pointer).extracting(Diagnostic::code).containsOnly(Code.OUT_OF_RANGE);
    }
  }

  /** The schema's integer fields by location ({@code #/$defs/tier/properties/replicas}). */
  private static Map<String, JsonNode> integerFields() {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    collect(SpecSchema.get().tree(), "#", out);
    return out;
  }

  private static void collect(JsonNode schema, String location, Map<String, JsonNode> out) {
    if (isInteger(schema)) {
      out.put(location, schema);
    }
    for (Map.Entry<String, JsonNode> e : schema.properties()) {
      if (e.getValue().isObject()) {
        collect(e.getValue(), location + "/" + e.getKey(), out);
      }
    }
  }

  private static boolean isInteger(JsonNode schema) {
    JsonNode type = schema.path("type");
    List<String> types = new ArrayList<>();
    (type.isArray() ? type : List.of(type)).forEach(t -> types.add(t.asString("")));
    return types.contains("integer");
  }

  /** The integers of {@code instance} by pointer, each with the location of the schema that applies to it. */
  private static void integersIn(JsonNode instance, JsonNode schema, String location, String pointer,
      Map<String, String> out) {
    JsonNode root = SpecSchema.get().tree();
    while (schema.has("$ref") || schema.has("anyOf")) {
      if (schema.has("$ref")) {
        location = schema.get("$ref").asString();
        schema = root.at(location.substring(1));
      } else {
        JsonNode branch = Alternatives.branchFor(schema.get("anyOf"), instance);
        if (branch == null) {
          return;
        }
        int index = 0;
        while (schema.get("anyOf").get(index) != branch) {
          index++;
        }
        location += "/anyOf/" + index;
        schema = branch;
      }
    }
    if (instance.isIntegralNumber() && isInteger(schema)) {
      out.put(pointer, location);
    } else if (instance.isObject()) {
      for (Map.Entry<String, JsonNode> e : instance.properties()) {
        JsonNode child = schema.path("properties").get(e.getKey());
        String at = location + "/properties/" + e.getKey();
        if (child == null) {
          child = schema.get("additionalProperties");
          at = location + "/additionalProperties";
        }
        if (child != null && child.isObject()) {
          integersIn(e.getValue(), child, at, SourceMap.child(pointer, e.getKey()), out);
        }
      }
    } else if (instance.isArray()) {
      for (int i = 0; i < instance.size(); i++) {
        integersIn(instance.get(i), schema.get("items"), location + "/items", pointer + "/" + i, out);
      }
    }
  }

  private static String replace(String yaml, SourceMap.Node node, String text) {
    String[] lines = yaml.split("\n", -1);
    String line = lines[node.line() - 1];
    int start = node.column() - 1;
    lines[node.line() - 1] = line.substring(0, start) + text + line.substring(start + node.rawText().length());
    return String.join("\n", lines);
  }
}
