package dev.scalegen.report.cost;

import dev.scalegen.report.nodes.NodeShape;
import java.util.Map;

/**
 * What a price file says (see {@code docs/report.md}): the currency, the price of a vCPU-hour and a
 * GiB-hour of requests, the spot discount on them, the node shape of every pool and, per pool, its
 * own node shape, whether it is spot, and a node-hour price that replaces the resource prices for
 * it. {@link #NONE}: no file, the default node shape, no cost.
 *
 * @param currency null when the file sets no price
 * @param vcpuHour null unless set
 * @param gibHour null unless set
 * @param spotDiscount the share taken off resource prices in spot pools, 0 to 1
 */
public record Prices(String currency, Double vcpuHour, Double gibHour, double spotDiscount, NodeShape nodeShape,
    Map<String, PoolPrices> pools) {

  public static final Prices NONE = new Prices(null, null, null, 0, NodeShape.DEFAULT, Map.of());

  public Prices {
    pools = Map.copyOf(pools);
  }

  /**
   * One pool's entry.
   *
   * @param spot null: spot when the spec's pool uses a spot preset
   * @param nodeHour null unless set: then the pool costs its nodes times this
   * @param nodeShape null: the file's (or the default) node shape
   */
  public record PoolPrices(Boolean spot, Double nodeHour, NodeShape nodeShape) {}

  /** Whether there is any price, hence a cost and a currency to show. */
  public boolean priced() {
    return currency != null;
  }

  /** The node shape of {@code pool}. */
  public NodeShape shape(String pool) {
    PoolPrices own = pools.get(pool);
    return own != null && own.nodeShape() != null ? own.nodeShape() : nodeShape;
  }

  /** The node-hour price of {@code pool}, or null when it is priced by its requests. */
  public Double nodeHour(String pool) {
    PoolPrices own = pools.get(pool);
    return own == null ? null : own.nodeHour();
  }
}
