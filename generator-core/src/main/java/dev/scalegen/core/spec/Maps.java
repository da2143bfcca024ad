package dev.scalegen.core.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Immutable copies that keep insertion order (Map.copyOf does not). */
final class Maps {
  private Maps() {}

  static <K, V> Map<K, V> copy(Map<K, V> map) {
    return map == null || map.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
