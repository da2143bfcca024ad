package dev.scalegen.report.cost;

import tools.jackson.databind.JsonNode;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.spec.SourceMap;
import dev.scalegen.core.spec.SpecReader;
import dev.scalegen.core.spec.SpecSource;
import dev.scalegen.core.spec.YamlLoader;
import dev.scalegen.report.nodes.NodeShape;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a price file: YAML read like a spec (the core's reader and loader: size limit, UTF-8, YAML
 * 1.2, each problem located), then its keys and values checked here, every problem collected.
 * Never fetches anything: the prices are the user's.
 */
public final class PriceFile {

  static final Set<String> TOP = Set.of("currency", "vcpuHour", "gibHour", "spotDiscount", "nodeShape", "pools");
  static final Set<String> POOL = Set.of("spot", "nodeHour", "nodeShape");

  /**
   * The prices, or null with at least one error among the diagnostics; the file's text (null when
   * it could not be read), for the source lines under diagnostics.
   */
  public record Outcome(Prices prices, List<Diagnostic> diagnostics, SpecSource source) {
    public Outcome {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  private PriceFile() {}

  /**
   * Reads {@code file}, reported under {@code name}; {@code pools} are the pools the spec's tiers
   * run on ({@code other} for those without a pool): a priced pool the spec has not is a warning
   * ({@code SG504}), an unpriced one an error when there are no resource prices ({@code SG503}).
   */
  public static Outcome read(Path file, String name, Set<String> pools) {
    SpecReader.Outcome read = SpecReader.read(file, name);
    if (read.problem() != null) {
      return new Outcome(null, List.of(read.problem()), null);
    }
    YamlLoader.Parsed parsed = YamlLoader.load(read.source());
    if (parsed.root() == null || parsed.diagnostics().stream().anyMatch(Diagnostic::isError)) {
      return new Outcome(null, parsed.diagnostics(), read.source());
    }
    PriceValues values = new PriceValues(parsed.sourceMap());
    JsonNode root = parsed.root();
    if (!root.isObject()) {
      values.bad("", "the price file must be a mapping of `currency`, `vcpuHour`, `gibHour`, `spotDiscount`,"
          + " `nodeShape` and `pools`", "see docs/report.md for the format");
      return new Outcome(null, values.diagnostics(), read.source());
    }
    values.keys(root, "", TOP);
    String currency = values.text(root, "/currency");
    Double vcpu = values.price(root, "/vcpuHour");
    Double gib = values.price(root, "/gibHour");
    double discount = values.share(root, "/spotDiscount", 0, true);
    NodeShape shape = values.shape(root.get("nodeShape"), "/nodeShape", NodeShape.DEFAULT);
    Map<String, Prices.PoolPrices> priced = new LinkedHashMap<>();
    JsonNode poolsNode = root.get("pools");
    if (poolsNode != null && !poolsNode.isObject()) {
      values.bad("/pools", "`pools` must map pool names to their prices", "e.g. `pools: {spot: {nodeHour: 0.12}}`");
    } else if (poolsNode != null) {
      poolsNode.properties().forEach(e -> {
        String at = SourceMap.child("/pools", e.getKey());
        if (!e.getValue().isObject()) {
          values.bad(at, "pool `" + e.getKey() + "` must be a mapping of `spot`, `nodeHour` and `nodeShape`", "");
          return;
        }
        values.keys(e.getValue(), at, POOL);
        if (!pools.contains(e.getKey())) {
          values.unknownPool(at, e.getKey(), pools);
        }
        priced.put(e.getKey(), new Prices.PoolPrices(values.flag(e.getValue(), at + "/spot"),
            values.price(e.getValue(), at + "/nodeHour"),
            e.getValue().has("nodeShape") ? values.shape(e.getValue().get("nodeShape"), at + "/nodeShape", shape) : null));
      });
    }
    boolean anyPrice = vcpu != null || gib != null || priced.values().stream().anyMatch(p -> p.nodeHour() != null);
    if (anyPrice && currency == null) {
      values.incomplete("", "the price file sets prices but no `currency`",
          "add `currency: EUR` (or USD, ...): it is shown with every cost");
    }
    // By the keys, not their values: a wrong value is reported once, as itself.
    if (root.has("vcpuHour") != root.has("gibHour")) {
      boolean cpu = root.has("vcpuHour");
      values.incomplete(cpu ? "/vcpuHour" : "/gibHour", "the price file sets `"
          + (cpu ? "vcpuHour" : "gibHour") + "` without `" + (cpu ? "gibHour" : "vcpuHour") + "`",
          "resources are priced by both: set both, or price the pools by `nodeHour`");
    }
    if (anyPrice && !root.has("vcpuHour") && !root.has("gibHour")) {
      for (String pool : pools) {
        if (!priced.containsKey(pool) || priced.get(pool).nodeHour() == null) {
          values.incomplete(priced.containsKey(pool) ? SourceMap.child("/pools", pool) : "",
              "pool `" + pool + "` has no `nodeHour` and the price file no `vcpuHour` and `gibHour`",
              "price every pool the spec's tiers run on, by node or by resources");
        }
      }
    }
    if (values.diagnostics().stream().anyMatch(Diagnostic::isError)) {
      return new Outcome(null, values.diagnostics(), read.source());
    }
    return new Outcome(new Prices(anyPrice ? currency : null, vcpu, gib, discount, shape, priced), values.diagnostics(),
        read.source());
  }
}
