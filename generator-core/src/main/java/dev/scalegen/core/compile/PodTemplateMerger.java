package dev.scalegen.core.compile;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Merges a tier's {@code podTemplate} fragment into the pod template scalegen generated, the way a
 * strategic merge patch does, field by field over fabric8's model (each field of a model class is
 * the property of the same name, the convention {@code ModelTreeTest} checks):
 *
 * <ul>
 *   <li>objects merge recursively; maps (labels, annotations, nodeSelector) key by key;
 *   <li>lists of named things merge by their key: {@code containers}, {@code initContainers},
 *       {@code volumes} and {@code env} by {@code name},
 *       {@code volumeMounts} by {@code mountPath} (Kubernetes' own merge keys). An entry whose key
 *       is already there merges into it (a container named like the tier adds to the tier's
 *       container); any other is appended, in the fragment's order;
 *   <li>other lists (tolerations, node affinity terms...) get the fragment's entries appended,
 *       without an entry that is already there;
 *   <li>a scalar set in the fragment replaces scalegen's: the semantic rules have refused every
 *       field that scalegen sets from a field of its own ({@code SG267}), so only defaults without
 *       one (such as {@code automountServiceAccountToken}) can be replaced.
 * </ul>
 *
 * Then every container the fragment added, and every init container, gets the restricted container
 * security context ({@link SecurityContexts#restrict}) in the fields it leaves unset.
 */
final class PodTemplateMerger {

  private PodTemplateMerger() {}

  static void merge(PodTemplateSpec generated, PodTemplateSpec fragment, String mainContainer) {
    mergeObject(generated, fragment);
    for (Container c : generated.getSpec().getContainers()) {
      if (!c.getName().equals(mainContainer)) {
        SecurityContexts.restrict(c);
      }
    }
    generated.getSpec().getInitContainers().forEach(SecurityContexts::restrict);
  }

  private static void mergeObject(Object into, Object from) {
    for (Field field : fields(into.getClass())) {
      try {
        Object patch = field.get(from);
        if (patch == null || patch instanceof Map<?, ?> m && m.isEmpty() || patch instanceof List<?> l && l.isEmpty()) {
          continue;
        }
        field.set(into, merged(field.getName(), field.get(into), patch));
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot merge " + field, e);
      }
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object merged(String name, Object base, Object patch) {
    if (base == null || base instanceof Map<?, ?> m && m.isEmpty() || base instanceof List<?> l && l.isEmpty()) {
      return patch;
    }
    if (base instanceof Map baseMap && patch instanceof Map patchMap) {
      baseMap.putAll(patchMap);
      return baseMap;
    }
    if (base instanceof List baseList && patch instanceof List<?> patchList) {
      String key = mergeKey(name);
      for (Object item : patchList) {
        Object same = key == null ? (baseList.contains(item) ? item : null) : find(baseList, key, item);
        if (same == null) {
          baseList.add(item);
        } else if (key != null) {
          mergeObject(same, item);
        }
      }
      return baseList;
    }
    if (isModelObject(base) && base.getClass() == patch.getClass()) {
      mergeObject(base, patch);
      return base;
    }
    return patch;
  }

  /** Kubernetes' merge key of a list field, or {@code null} for a list merged by equality. */
  static String mergeKey(String listField) {
    return switch (listField) {
      case "containers", "initContainers", "volumes", "env" -> "name";
      case "volumeMounts" -> "mountPath";
      default -> null;
    };
  }

  private static Object find(List<?> list, String key, Object item) {
    Object wanted = value(item, key);
    for (Object candidate : list) {
      if (wanted != null && Objects.equals(wanted, value(candidate, key))) {
        return candidate;
      }
    }
    return null;
  }

  private static Object value(Object model, String property) {
    for (Field field : fields(model.getClass())) {
      if (field.getName().equals(property)) {
        try {
          return field.get(model);
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("cannot read " + field, e);
        }
      }
    }
    return null;
  }

  private static boolean isModelObject(Object value) {
    return value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model.")
        && !(value instanceof Quantity) && !(value instanceof IntOrString);
  }

  /** The properties of a model class: its instance fields, less {@code additionalProperties}. */
  private static final ClassValue<List<Field>> FIELDS = new ClassValue<>() {
    @Override
    protected List<Field> computeValue(Class<?> type) {
      List<Field> fields = new ArrayList<>();
      for (Field f : type.getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers()) && !f.getName().equals("additionalProperties")) {
          f.setAccessible(true);
          fields.add(f);
        }
      }
      return List.copyOf(fields);
    }
  };

  private static List<Field> fields(Class<?> type) {
    return FIELDS.get(type);
  }
}
