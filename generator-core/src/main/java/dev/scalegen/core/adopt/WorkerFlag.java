package dev.scalegen.core.adopt;

import java.util.List;

/**
 * A worker flag found in a container's {@code command} or {@code args}: its value and the pointer
 * of the item that holds the value ({@code --workers 8}: the item after the flag;
 * {@code --workers=8}: the item itself).
 */
public record WorkerFlag(String value, String pointer, int index, boolean joined) {

  /** The first occurrence of {@code flag} in the list at {@code pointer}, or {@code null}. */
  public static WorkerFlag find(BaseObject workload, String pointer, String flag) {
    if (!(workload.at(pointer) instanceof List<?> items)) {
      return null;
    }
    for (int i = 0; i < items.size(); i++) {
      String item = String.valueOf(items.get(i));
      if (item.equals(flag)) {
        String value = i + 1 < items.size() ? String.valueOf(items.get(i + 1)) : "";
        return new WorkerFlag(value, pointer + "/" + Math.min(i + 1, items.size() - 1), i, false);
      }
      if (item.startsWith(flag + "=")) {
        return new WorkerFlag(item.substring(flag.length() + 1), pointer + "/" + i, i, true);
      }
    }
    return null;
  }
}
