package dev.scalegen.core.simulate;

import java.time.Duration;
import java.util.Arrays;

/**
 * A recorded load, read from a CSV file by {@link LoadFile}: times in seconds from the first row
 * and, per column, the value that holds from its row's time until the next row's. A column that the
 * file does not have is {@code null}.
 *
 * @param cpu CPU demand in cores (column {@code cpu})
 * @param cpuUtilization CPU utilization in percent of the request (column {@code utilization})
 * @param memory memory demand in bytes (column {@code memory})
 * @param memoryUtilization memory utilization in percent of the request (column {@code memoryUtilization})
 */
public record LoadTrace(String name, double[] seconds, double[] cpu, double[] cpuUtilization, double[] memory,
    double[] memoryUtilization) {

  /** The value of {@code column} at {@code t}: that of the last row at or before it (the first row's before it). */
  public static double at(double[] seconds, double[] column, Duration t) {
    double s = t.toMillis() / 1000.0;
    int i = Arrays.binarySearch(seconds, s);
    int row = i >= 0 ? i : Math.max(0, -i - 2);
    return column[row];
  }

  /** The time of the last row: the default length of a simulation of this trace (at least one sync period). */
  public Duration length() {
    double last = seconds[seconds.length - 1];
    return Duration.ofMillis(Math.max(15_000, Math.round(last * 1000)));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LoadTrace other && name.equals(other.name) && Arrays.equals(seconds, other.seconds)
        && Arrays.equals(cpu, other.cpu) && Arrays.equals(cpuUtilization, other.cpuUtilization)
        && Arrays.equals(memory, other.memory) && Arrays.equals(memoryUtilization, other.memoryUtilization);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + Arrays.hashCode(seconds);
  }

  @Override
  public String toString() {
    return "LoadTrace[" + name + ", " + seconds.length + " rows]";
  }
}
