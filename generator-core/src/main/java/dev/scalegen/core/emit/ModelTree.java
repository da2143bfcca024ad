package dev.scalegen.core.emit;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Quantity;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a fabric8 model object into the plain tree the writer dumps (sorted maps, lists, strings,
 * integers, booleans; no {@code null}s, no empty maps or lists), reading the same Jackson
 * annotations Jackson reads: a property is a field marked {@link JsonProperty} (named by it), plus
 * the entries of the {@link JsonAnyGetter} map. {@link Quantity} is written as its text, and
 * {@link IntOrString} as its number or its text, as the API expects.
 *
 * <p>Why not Jackson's own {@code valueToTree}: in a short-lived process it was the largest single
 * cost of {@code scalegen generate} (about a third of the DocVault run), spent introspecting each
 * model class (creators, mixins, generic types, every annotation) to write a handful of fields.
 * This reads each class once, its annotated fields only. {@code ModelTreeTest} checks that the trees
 * are equal to Jackson's for every object of every golden case, so the two cannot drift apart.
 *
 * <p>Thread-safe: the per-class field lists are cached in a {@link ClassValue}; a field's name is
 * set once, to the same value by whichever thread reads it first.
 */
final class ModelTree {

  /**
   * A field that may be a property. Its name is read from its {@link JsonProperty} the first time
   * the field holds a value: most fields of a model object are never set (a pod spec has forty), and
   * reading a field's annotations is what costs. Threads racing to name it compute the same string.
   */
  private static final class Property {
    private static final String NOT_A_PROPERTY = "";
    final Field field;
    private volatile String name;

    Property(Field field) {
      this.field = field;
    }

    /** The property's name, or {@code null} when the field is not a property. */
    String name() {
      String n = name;
      if (n == null) {
        JsonProperty json = field.getDeclaredAnnotation(JsonProperty.class);
        n = json == null ? NOT_A_PROPERTY : json.value().isEmpty() ? field.getName() : json.value();
        name = n;
      }
      return n.isEmpty() ? null : n;
    }
  }

  /** The properties of a model class, and the field behind its {@link JsonAnyGetter} (or {@code null}). */
  private record Shape(List<Property> properties, Field additional) {}

  private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
    @Override
    protected Shape computeValue(Class<?> type) {
      return shape(type);
    }
  };

  private ModelTree() {}

  /** The plain tree of {@code value}, or {@code null} when nothing is left to write. */
  static Object of(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof BigInteger big) {
      return big.bitLength() < 64 ? (Object) big.longValue() : big;
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Double || value instanceof Float) {
      return BigDecimal.valueOf(((Number) value).doubleValue()).toPlainString();
    }
    if (value instanceof Quantity quantity) {
      return quantity.toString();
    }
    if (value instanceof IntOrString intOrString) {
      return intOrString.getIntVal() != null ? (Object) intOrString.getIntVal().longValue() : intOrString.getStrVal();
    }
    if (value instanceof Map<?, ?> map) {
      return map(map);
    }
    if (value instanceof Collection<?> collection) {
      List<Object> list = new ArrayList<>(collection.size());
      for (Object item : collection) {
        Object plain = of(item);
        if (plain != null) {
          list.add(plain);
        }
      }
      return list.isEmpty() ? null : list;
    }
    if (value instanceof Enum<?> constant) {
      return constant.toString();
    }
    if (value instanceof KubernetesResource) {
      return bean(value);
    }
    throw new IllegalArgumentException("cannot write a " + value.getClass().getName());
  }

  private static Object map(Map<?, ?> map) {
    Map<String, Object> out = new TreeMap<>();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      Object plain = of(entry.getValue());
      if (plain != null) {
        out.put(String.valueOf(entry.getKey()), plain);
      }
    }
    return out.isEmpty() ? null : out;
  }

  private static Object bean(Object bean) {
    Shape shape = SHAPES.get(bean.getClass());
    Map<String, Object> out = new TreeMap<>();
    try {
      for (Property p : shape.properties()) {
        Object value = p.field.get(bean);
        String name = value == null ? null : p.name();
        Object plain = name == null ? null : of(value);
        if (plain != null) {
          out.put(name, plain);
        }
      }
      if (shape.additional() != null && shape.additional().get(bean) instanceof Map<?, ?> extra) {
        for (Map.Entry<?, ?> entry : extra.entrySet()) {
          Object plain = of(entry.getValue());
          if (plain != null) {
            out.putIfAbsent(String.valueOf(entry.getKey()), plain);
          }
        }
      }
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read a " + bean.getClass().getName(), e);
    }
    return out.isEmpty() ? null : out;
  }

  private static Shape shape(Class<?> type) {
    List<Property> properties = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers()) && !field.getName().equals("additionalProperties")) {
          field.setAccessible(true);
          properties.add(new Property(field));
        }
      }
    }
    return new Shape(List.copyOf(properties), additional(type));
  }

  /**
   * The model's map of the properties the API has and the class does not name. fabric8 names its
   * {@link JsonAnyGetter} {@code getAdditionalProperties} and the field behind it
   * {@code additionalProperties} in every class: looking them up by name spares reading the
   * annotations of every method, and the field is read like the others (a getter called through
   * reflection would make the JVM generate an accessor class for each model class).
   */
  private static Field additional(Class<?> type) {
    try {
      if (!type.getMethod("getAdditionalProperties").isAnnotationPresent(JsonAnyGetter.class)) {
        return null;
      }
      for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
        for (Field field : c.getDeclaredFields()) {
          if (field.getName().equals("additionalProperties") && Map.class.isAssignableFrom(field.getType())) {
            field.setAccessible(true);
            return field;
          }
        }
      }
      throw new IllegalStateException(type.getName() + " has an any-getter but no additionalProperties field");
    } catch (NoSuchMethodException e) {
      return null;
    }
  }
}
