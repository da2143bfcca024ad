package dev.scalegen.core.emit;

import dev.scalegen.core.compile.RemovedField;
import io.fabric8.kubernetes.api.model.EmptyDirVolumeSource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Quantity;
import java.lang.reflect.Field;
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
 * integers, booleans; no {@code null}s but a patch's {@link RemovedField}, no empty maps or lists, except an {@code emptyDir: {}},
 * whose presence is the volume's source), the way Jackson writes it: each
 * field is a property of the same name, and the entries of the {@code additionalProperties} map are
 * properties too. {@link Quantity} is written as its text, and {@link IntOrString} as its number or
 * its text, as the API expects.
 *
 * <p>Why not Jackson's own {@code valueToTree}: in a short-lived process it was the largest single
 * cost of {@code scalegen generate} (about a third of the DocVault run), spent introspecting each
 * model class (creators, mixins, generic types, every annotation) to write a handful of fields.
 * Why not Jackson's annotations either: reading them at run time parses them and makes a proxy
 * class for each annotation type, and looking up the {@code @JsonAnyGetter} method loads the types
 * of every public method, the model's large builder classes among them. fabric8 generates its model
 * so that each field's {@code @JsonProperty} is the field's own name and its
 * {@code @JsonAnyGetter} returns the field {@code additionalProperties}: {@code ModelTreeTest}
 * checks that convention on every class that the compiled kinds can hold, and checks that the trees
 * are equal to Jackson's for every object of every golden case, so a fabric8 upgrade that breaks
 * either fails the build.
 *
 * <p>Thread-safe: the per-class field lists are cached in a {@link ClassValue}.
 */
final class ModelTree {

  /** The name of the field that holds the properties the class does not name (the any-getter's). */
  static final String ADDITIONAL = "additionalProperties";

  /** The properties of a model class, and its {@link #ADDITIONAL} field (or {@code null}). */
  private record Shape(List<Field> properties, Field additional) {}

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
    if (value instanceof String || value instanceof Boolean || value instanceof RemovedField) {
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
      for (Field field : shape.properties()) {
        Object plain = of(field.get(bean));
        if (plain != null) {
          out.put(field.getName(), plain);
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
    return out.isEmpty() && !(bean instanceof EmptyDirVolumeSource) ? null : out;
  }

  private static Shape shape(Class<?> type) {
    List<Field> properties = new ArrayList<>();
    Field additional = null;
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers())) {
          continue;
        }
        field.setAccessible(true);
        if (!field.getName().equals(ADDITIONAL)) {
          properties.add(field);
        } else if (Map.class.isAssignableFrom(field.getType())) {
          additional = field;
        }
      }
    }
    return new Shape(List.copyOf(properties), additional);
  }
}
