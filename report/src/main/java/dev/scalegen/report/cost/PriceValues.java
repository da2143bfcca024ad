package dev.scalegen.report.cost;

import tools.jackson.databind.JsonNode;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.spec.SourceMap;
import dev.scalegen.core.validate.rules.QuantityParser;
import dev.scalegen.report.nodes.NodeShape;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The values of a price file, each checked where it stands; the problems collected with their place. */
final class PriceValues {

  private static final BigDecimal GIB = BigDecimal.valueOf(1024L * 1024 * 1024);
  private static final Set<String> SHAPE = Set.of("cpu", "memory", "pods", "allocatable");

  private final SourceMap source;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  PriceValues(SourceMap source) {
    this.source = source;
  }

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  void keys(JsonNode node, String at, Set<String> allowed) {
    for (String key : node.propertyNames()) {
      if (!allowed.contains(key)) {
        String where = at.isEmpty() ? "the price file" : "`" + SourceMap.dotted(at) + "`";
        diagnostics.add(Diagnostic.of(Code.PRICE_FILE_UNKNOWN_KEY, source.keyAt(SourceMap.child(at, key)),
            "`" + key + "` is not a key of " + where, "the keys there are " + String.join(", ", new TreeSet<>(allowed))));
      }
    }
  }

  String text(JsonNode parent, String at) {
    JsonNode node = parent.get(last(at));
    if (node == null) {
      return null;
    }
    if (!node.isString() || node.asString().isBlank() || node.asString().length() > 8) {
      bad(at, "`" + SourceMap.dotted(at) + "` must be a short currency name such as EUR or USD", "");
      return null;
    }
    return node.asString();
  }

  Double price(JsonNode parent, String at) {
    JsonNode node = parent.get(last(at));
    if (node == null) {
      return null;
    }
    if (!node.isNumber() || node.asDouble() < 0 || !Double.isFinite(node.asDouble())) {
      bad(at, "`" + SourceMap.dotted(at) + "` must be a price, a number of 0 or more, not `" + node + "`",
          "write the price of one hour without the currency, e.g. `0.034`");
      return null;
    }
    return node.asDouble();
  }

  Boolean flag(JsonNode parent, String at) {
    JsonNode node = parent.get(last(at));
    if (node != null && !node.isBoolean()) {
      bad(at, "`" + SourceMap.dotted(at) + "` must be true or false, not `" + node + "`", "");
      return null;
    }
    return node == null ? null : node.asBoolean();
  }

  /** A percentage {@code "65%"}, as a share; {@code otherwise} when absent or wrong. */
  double share(JsonNode parent, String at, double otherwise, boolean zeroAllowed) {
    JsonNode node = parent.get(last(at));
    if (node == null) {
      return otherwise;
    }
    String text = node.isString() ? node.asString() : "";
    BigDecimal percent = text.endsWith("%") ? QuantityParser.parse(text.substring(0, text.length() - 1)) : null;
    double share = percent == null ? -1 : percent.doubleValue() / 100;
    if (share < 0 || share > 1 || !zeroAllowed && share == 0) {
      bad(at, "`" + SourceMap.dotted(at) + "` must be a percentage " + (zeroAllowed ? "from 0%" : "above 0%")
          + " to 100%, not `" + node.asString() + "`", "e.g. `65%`");
      return otherwise;
    }
    return share;
  }

  NodeShape shape(JsonNode node, String at, NodeShape base) {
    if (node == null) {
      return base;
    }
    if (!node.isObject()) {
      bad(at, "`" + SourceMap.dotted(at) + "` must be a mapping of `cpu`, `memory`, `pods` and `allocatable`",
          "e.g. `{cpu: 8, memory: 32Gi, pods: 110, allocatable: 90%}`");
      return base;
    }
    keys(node, at, SHAPE);
    double cpu = quantity(node, at + "/cpu", base.cpu(), BigDecimal.ONE, "`8` or `7500m`");
    double memory = quantity(node, at + "/memory", base.memory(), GIB, "`32Gi`");
    int pods = base.pods();
    JsonNode podsNode = node.get("pods");
    if (podsNode != null && (!podsNode.canConvertToInt() || !podsNode.isIntegralNumber() || podsNode.asInt() < 1)) {
      bad(at + "/pods", "`" + SourceMap.dotted(at + "/pods") + "` must be a whole number of 1 or more, not `"
          + podsNode + "`", "the kubelet's default `maxPods` is 110");
    } else if (podsNode != null) {
      pods = podsNode.asInt();
    }
    double allocatable = share(node, at + "/allocatable", base.allocatable(), false);
    return new NodeShape(cpu, memory, pods, allocatable);
  }

  private double quantity(JsonNode shape, String at, double otherwise, BigDecimal unit, String example) {
    JsonNode node = shape.get(last(at));
    if (node == null) {
      return otherwise;
    }
    BigDecimal value = node.isNumber() || node.isString() ? QuantityParser.parse(node.asString()) : null;
    if (value == null || value.signum() <= 0) {
      bad(at, "`" + SourceMap.dotted(at) + "` must be a Kubernetes quantity above 0, not `" + node.asString() + "`",
          "e.g. " + example);
      return otherwise;
    }
    return value.divide(unit, java.math.MathContext.DECIMAL64).doubleValue();
  }

  void bad(String at, String message, String hint) {
    diagnostics.add(Diagnostic.of(Code.PRICE_FILE_BAD_VALUE, source.valueAt(at), message, hint));
  }

  void incomplete(String at, String message, String hint) {
    diagnostics.add(Diagnostic.of(Code.PRICES_INCOMPLETE, source.keyAt(at), message, hint));
  }

  void unknownPool(String at, String pool, Set<String> pools) {
    diagnostics.add(Diagnostic.of(Code.PRICED_POOL_UNKNOWN, source.keyAt(at),
        "`pools." + pool + "` is not a pool of the spec, so its prices are not used",
        "the spec's tiers run on " + String.join(", ", new TreeSet<>(pools))));
  }

  private static String last(String at) {
    return at.substring(at.lastIndexOf('/') + 1);
  }
}
