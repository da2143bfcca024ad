package dev.scalegen.report.capacity;

import dev.scalegen.core.spec.Resources;
import dev.scalegen.core.validate.rules.QuantityParser;
import java.math.BigDecimal;

/**
 * What one pod of a tier requests and may use: CPU in cores, memory in GiB (2^30 bytes), read with
 * the core's {@link QuantityParser}. A request or limit the tier does not set is 0 here and
 * {@code false} in {@code cpuLimited}/{@code memoryLimited}: without a limit a pod may use whatever
 * its node has free, so a sum of limits counts only the pods that have one.
 */
public record PodSize(double cpuRequest, double memoryRequest, double cpuLimit, double memoryLimit,
    boolean cpuLimited, boolean memoryLimited) {

  private static final BigDecimal GIB = BigDecimal.valueOf(1024L * 1024 * 1024);

  /** The size of a pod of a tier with these resources ({@code null}: none set). */
  public static PodSize of(Resources resources) {
    Resources r = resources == null ? new Resources(null, null) : resources;
    BigDecimal cpuLimit = QuantityParser.parse(r.limitsOrEmpty().cpu());
    BigDecimal memoryLimit = QuantityParser.parse(r.limitsOrEmpty().memory());
    return new PodSize(cores(r.requestsOrEmpty().cpu()), gib(r.requestsOrEmpty().memory()),
        cpuLimit == null ? 0 : cpuLimit.doubleValue(), memoryLimit == null ? 0 : memoryLimit.divide(GIB).doubleValue(),
        cpuLimit != null, memoryLimit != null);
  }

  private static double cores(String quantity) {
    BigDecimal value = QuantityParser.parse(quantity);
    return value == null ? 0 : value.doubleValue();
  }

  private static double gib(String quantity) {
    BigDecimal value = QuantityParser.parse(quantity);
    return value == null ? 0 : value.divide(GIB).doubleValue();
  }
}
