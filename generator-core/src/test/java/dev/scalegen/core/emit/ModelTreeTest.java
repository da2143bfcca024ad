package dev.scalegen.core.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scalegen.core.Fixtures;
import dev.scalegen.core.Generator;
import dev.scalegen.core.Options;
import dev.scalegen.core.Result;
import dev.scalegen.core.compile.CompiledTier;
import dev.scalegen.core.compile.SpecCompiler;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.ScenarioResolver;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * {@link ModelTree} must write exactly what Jackson writes for the same object: checked on every
 * object of every set of every valid golden case and of the DocVault example, against Jackson's
 * own {@code valueToTree} of the fabric8 object (with the API's forms of {@code Quantity} and
 * {@code IntOrString}), cleaned of nulls and empty collections the way the writer cleans them.
 */
class ModelTreeTest {

  private static final ObjectMapper JACKSON = JsonMapper.builder()
      .addModule(new SimpleModule("api-forms")
          .addSerializer(Quantity.class, new ValueSerializer<Quantity>() {
            @Override
            public void serialize(Quantity value, JsonGenerator g, SerializationContext c) {
              g.writeString(value.toString());
            }
          })
          .addSerializer(IntOrString.class, new ValueSerializer<IntOrString>() {
            @Override
            public void serialize(IntOrString value, JsonGenerator g, SerializationContext c) {
              if (value.getIntVal() != null) {
                g.writeNumber(value.getIntVal());
              } else {
                g.writeString(value.getStrVal());
              }
            }
          }))
      .build();

  @TestFactory
  Stream<DynamicTest> everyCompiledObjectIsWrittenAsJacksonWritesIt() throws IOException {
    List<Path> specs = new ArrayList<>();
    specs.add(Fixtures.docvault());
    Path cases = Fixtures.docvault().getParent().getParent().getParent().resolve("golden-tests/cases/valid");
    try (Stream<Path> dirs = Files.list(cases)) {
      dirs.map(d -> d.resolve("scaling.yaml")).filter(Files::isRegularFile).sorted().forEach(specs::add);
    }
    assertThat(specs).hasSizeGreaterThan(20);
    return specs.stream().map(spec -> DynamicTest.dynamicTest(spec.getParent().getFileName().toString(), () -> {
      Result validated = Generator.validate(spec);
      assertThat(validated.valid()).as("%s", validated.diagnostics()).isTrue();
      ScalingSpec model = validated.spec().orElseThrow();
      Options options = Options.defaults();
      int objects = 0;
      for (ScenarioResolver.EffectiveSet set : ScenarioResolver.resolveAll(model, options)) {
        for (CompiledTier tier : SpecCompiler.compile(set.applyTo(model), options).tiers()) {
          for (HasMetadata object : tier.objects()) {
            assertThat(ModelTree.of(object))
                .as("%s %s in set %s", object.getKind(), object.getMetadata().getName(), set.name())
                .isEqualTo(jackson(JACKSON.valueToTree(object)));
            objects++;
          }
        }
      }
      assertThat(objects).isPositive();
    }));
  }

  /** Every kind the compiler emits. */
  private static final List<Class<?>> KINDS = List.of(Deployment.class, StatefulSet.class, Service.class,
      ServiceAccount.class, HorizontalPodAutoscaler.class, PodDisruptionBudget.class, CronJob.class, Role.class,
      RoleBinding.class);

  @Test
  void everyClassTheKindsCanHoldNamesItsPropertiesAsModelTreeAssumes() {
    Set<Class<?>> seen = new LinkedHashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>(KINDS);
    List<String> broken = new ArrayList<>();
    while (!todo.isEmpty()) {
      Class<?> type = todo.pop();
      if (!seen.add(type)) {
        continue;
      }
      for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
        for (Field field : c.getDeclaredFields()) {
          if (Modifier.isStatic(field.getModifiers())) {
            continue;
          }
          String where = c.getName() + "." + field.getName();
          if (field.getName().equals(ModelTree.ADDITIONAL)) {
            if (!Map.class.isAssignableFrom(field.getType()) || !field.isAnnotationPresent(JsonIgnore.class)
                || !anyGetterOf(type)) {
              broken.add(where + ": not an ignored map behind the @JsonAnyGetter getAdditionalProperties()");
            }
            continue;
          }
          JsonProperty json = field.getAnnotation(JsonProperty.class);
          if (json == null) {
            broken.add(where + ": no @JsonProperty");
          } else if (!json.value().isEmpty() && !json.value().equals(field.getName())) {
            broken.add(where + ": written as `" + json.value() + "`");
          }
          modelClassesIn(field.getGenericType(), todo);
        }
      }
    }
    assertThat(seen).contains(PodSpec.class, Container.class, ObjectMeta.class).hasSizeGreaterThan(100);
    assertThat(broken).as("fields that ModelTree would name or skip unlike Jackson").isEmpty();
  }

  private static boolean anyGetterOf(Class<?> type) {
    try {
      return type.getMethod("getAdditionalProperties").isAnnotationPresent(JsonAnyGetter.class);
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /** The model classes (those ModelTree writes field by field) that a field of this type can hold. */
  private static void modelClassesIn(Type type, Deque<Class<?>> todo) {
    if (type instanceof Class<?> c) {
      if (c.isArray()) {
        modelClassesIn(c.getComponentType(), todo);
      } else if (KubernetesResource.class.isAssignableFrom(c) && c != Quantity.class && c != IntOrString.class) {
        todo.add(c);
      }
    } else if (type instanceof ParameterizedType p) {
      for (Type argument : p.getActualTypeArguments()) {
        modelClassesIn(argument, todo);
      }
    }
  }

  @Test
  void nullsAndEmptyCollectionsAreLeftOutAndKeysAreSorted() {
    Object tree = ModelTree.of(new DeploymentBuilder()
        .withMetadata(new ObjectMetaBuilder().withName("web").withLabels(Map.of()).withFinalizers(List.of()).build())
        .withNewSpec().withReplicas(3).endSpec()
        .build());
    assertThat(tree).isEqualTo(Map.of(
        "apiVersion", "apps/v1", "kind", "Deployment", "metadata", Map.of("name", "web"), "spec", Map.of("replicas", 3L)));
    assertThat(List.copyOf(((Map<?, ?>) tree).keySet())).isEqualTo(List.of("apiVersion", "kind", "metadata", "spec"));
  }

  @Test
  void quantitiesAndIntOrStringsTakeTheApisForms() {
    assertThat(ModelTree.of(new Quantity("2Gi"))).isEqualTo("2Gi");
    assertThat(ModelTree.of(new IntOrString(1))).isEqualTo(1L);
    assertThat(ModelTree.of(new IntOrString("50%"))).isEqualTo("50%");
  }

  @Test
  void additionalPropertiesAreWrittenBesideTheNamedOnes() {
    var meta = new ObjectMetaBuilder().withName("web").build();
    meta.setAdditionalProperty("extra", List.of("a"));
    assertThat(ModelTree.of(meta)).isEqualTo(Map.of("name", "web", "extra", List.of("a")));
  }

  @Test
  void somethingThatIsNotAModelObjectIsABug() {
    assertThatThrownBy(() -> ModelTree.of(new Object())).isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Jackson's tree as plain values, without nulls and empty collections (but for an
   * {@code emptyDir: {}}, which ModelTree keeps), keys sorted.
   */
  private static Object jackson(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isObject()) {
      Map<String, Object> map = new TreeMap<>();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        Object value = jackson(field.getValue());
        if (value == null && field.getKey().equals("emptyDir") && field.getValue().isObject()) {
          value = new TreeMap<String, Object>();
        }
        if (value != null) {
          map.put(field.getKey(), value);
        }
      }
      return map.isEmpty() ? null : map;
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>();
      for (JsonNode item : node) {
        Object value = jackson(item);
        if (value != null) {
          list.add(value);
        }
      }
      return list.isEmpty() ? null : list;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isIntegralNumber()) {
      return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
    }
    if (node.isNumber()) {
      return node.decimalValue().toPlainString();
    }
    return node.asString();
  }
}
