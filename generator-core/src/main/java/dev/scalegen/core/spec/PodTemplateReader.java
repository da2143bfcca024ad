package dev.scalegen.core.spec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads a {@code podTemplate} fragment into fabric8's {@link PodTemplateSpec} with fabric8's own
 * Jackson 2 bindings, strictly, and says where it could not:
 *
 * <ul>
 *   <li>fabric8's model keeps a field it does not know in {@code additionalProperties} (its
 *       {@code @JsonAnySetter}), which would pass a misspelt {@code volumeMount} through as it is
 *       and Kubernetes would drop it. Here the any-setter is taken out of every bean deserializer
 *       ({@link BeanDeserializerModifier}), so an unknown field reaches the
 *       {@link DeserializationProblemHandler}, which records it with the names its object takes and
 *       skips it: every unknown field is reported, not only the first.
 *   <li>No coercion between scalar types: a string where Kubernetes wants an integer or a boolean,
 *       a number where it wants a string (a label value {@code 8080}), a fraction where it wants an
 *       integer are errors, as the API server's decoder makes them. Reading stops at the first
 *       such error (Jackson cannot go on past it); its field is recorded.
 * </ul>
 *
 * Each problem is located by the spec pointer of the field (the fragment's pointer and the path
 * the parser was at). The mapper is built once, on first use: a spec without a {@code podTemplate}
 * never loads Jackson 2's bean machinery. Thread-safe.
 */
final class PodTemplateReader {

  private PodTemplateReader() {}

  private static final class Holder {
    static final ObjectMapper MAPPER = mapper();
  }

  /** Reads {@code fragment}, found at spec pointer {@code pointer}. */
  static PodTemplate read(JsonNode fragment, String pointer) {
    List<PodTemplate.Problem> problems = new ArrayList<>();
    String json = fragment.toString();
    try {
      Holder.MAPPER.reader().withAttribute(Problems.class, new Problems(pointer, problems))
          .readValue(json, PodTemplateSpec.class);
    } catch (JsonMappingException e) {
      problems.add(new PodTemplate.Problem(PodTemplate.Kind.WRONG_TYPE, pointer + path(e), expected(e), null));
    } catch (java.io.IOException e) {
      throw new IllegalStateException("a parsed tree did not serialize as JSON", e);
    }
    List<String> fields = new ArrayList<>();
    keys(fragment, "", fields);
    boolean read = problems.stream().noneMatch(p -> p.kind() == PodTemplate.Kind.WRONG_TYPE);
    return new PodTemplate(pointer, read ? json : null, fields, problems);
  }

  /**
   * A new model object of a fragment that {@link #read} read without a type error (unknown fields
   * are skipped again).
   */
  static PodTemplateSpec copy(String json) {
    try {
      return Holder.MAPPER.reader().withAttribute(Problems.class, new Problems("", new ArrayList<>()))
          .readValue(json, PodTemplateSpec.class);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("a fragment read once could not be read again", e);
    }
  }

  /** The pointer of every key below {@code node}, depth first, in the order of the file. */
  private static void keys(JsonNode node, String pointer, List<String> out) {
    if (node.isObject()) {
      for (var e : node.properties()) {
        String child = SourceMap.child(pointer, e.getKey());
        out.add(child);
        keys(e.getValue(), child, out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        keys(node.get(i), SourceMap.item(pointer, i), out);
      }
    }
  }

  /** Where the problems of one read go; an attribute of the read, so the mapper stays shared. */
  private record Problems(String pointer, List<PodTemplate.Problem> list) {}

  private static ObjectMapper mapper() {
    SimpleModule strict = new SimpleModule("scalegen-strict");
    strict.setDeserializerModifier(new BeanDeserializerModifier() {
      @Override
      public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription description,
          BeanDeserializerBuilder builder) {
        builder.setAnySetter(null);
        return builder;
      }
    });
    ObjectMapper mapper = JsonMapper.builder()
        .addModule(strict)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .addHandler(new DeserializationProblemHandler() {
          @Override
          public boolean handleUnknownProperty(DeserializationContext context, JsonParser p,
              JsonDeserializer<?> deserializer, Object bean, String name) throws java.io.IOException {
            Problems problems = (Problems) context.getAttribute(Problems.class);
            List<String> known = new ArrayList<>();
            if (deserializer instanceof BeanDeserializerBase beanDeserializer) {
              beanDeserializer.getKnownPropertyNames().forEach(n -> known.add(String.valueOf(n)));
            }
            problems.list().add(new PodTemplate.Problem(PodTemplate.Kind.UNKNOWN_FIELD,
                problems.pointer() + path(p.getParsingContext(), p.currentToken()), null, known));
            p.skipChildren();
            return true;
          }
        })
        .build();
    for (LogicalType type : List.of(LogicalType.Textual, LogicalType.Integer, LogicalType.Float,
        LogicalType.Boolean)) {
      mapper.coercionConfigFor(type)
          .setCoercion(CoercionInputShape.String, type == LogicalType.Textual ? CoercionAction.TryConvert : CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Integer, type == LogicalType.Textual || type == LogicalType.Boolean
              ? CoercionAction.Fail : CoercionAction.TryConvert)
          .setCoercion(CoercionInputShape.Float, type == LogicalType.Float ? CoercionAction.TryConvert : CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, type == LogicalType.Boolean ? CoercionAction.TryConvert : CoercionAction.Fail);
    }
    return mapper;
  }

  /** The pointer of the value the parser is at, relative to the fragment. */
  private static String path(JsonStreamContext context, JsonToken token) {
    JsonStreamContext c = context;
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      c = c.getParent();
    }
    List<String> segments = new ArrayList<>();
    for (; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inObject() && c.getCurrentName() != null) {
        segments.add(0, SourceMap.escape(c.getCurrentName()));
      } else if (c.inArray() && c.hasCurrentIndex()) {
        segments.add(0, String.valueOf(c.getCurrentIndex()));
      }
    }
    return segments.isEmpty() ? "" : "/" + String.join("/", segments);
  }

  private static String path(JsonMappingException e) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      b.append('/').append(r.getFieldName() != null ? SourceMap.escape(r.getFieldName()) : String.valueOf(r.getIndex()));
    }
    return b.toString();
  }

  /** What the field takes, in the user's words. */
  private static String expected(JsonMappingException e) {
    JavaType type = e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m && m.getTargetType() != null
        ? Holder.MAPPER.constructType(m.getTargetType()) : null;
    if (type == null) {
      return "a value of another type";
    }
    Class<?> raw = type.getRawClass();
    if (raw == String.class) {
      return "a string";
    }
    if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
      return "an integer";
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return "`true` or `false`";
    }
    if (type.isCollectionLikeType() || raw.isArray()) {
      return "a list";
    }
    if (type.isMapLikeType() || raw.getName().startsWith("io.fabric8.")) {
      return "a mapping";
    }
    return "a value of another type";
  }
}
