package dev.scalegen.core.spec;

/**
 * One entry of {@code tiers.<tier>.writablePaths}: a directory the container may write to although
 * its root file system is read-only, backed by an {@code emptyDir} that lives as long as the pod.
 * {@code sizeLimit} is the quantity as written; {@code medium} is {@code Memory} (a tmpfs) or
 * {@code null} (the node's disk).
 */
public record WritablePath(String path, String sizeLimit, String medium) {

  /** Whether the files live in memory ({@code medium: Memory}). */
  public boolean inMemory() {
    return "Memory".equals(medium);
  }

  /** The name of the pod volume of the entry at {@code index} (0-based): {@code writable-1}, {@code writable-2}, ... */
  public static String volumeName(int index) {
    return "writable-" + (index + 1);
  }
}
