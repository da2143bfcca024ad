package dev.scalegen.core.adopt;

import dev.scalegen.core.emit.QuotingSchema;
import dev.scalegen.core.spec.NodePool;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Tier;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.comments.CommentLine;
import org.snakeyaml.engine.v2.comments.CommentType;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.NonPrintableStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Writes an imported spec: a snakeyaml-engine node graph, dumped with comments. The order is fixed
 * (the schema's order of fields, tiers in the order of the manifests), so the same manifests give
 * the same bytes. A string is quoted when YAML 1.1 or 1.2 would read it as something else
 * ({@link QuotingSchema}, the manifests' writer's rule: {@code "8000"}, {@code "yes"},
 * {@code "0.0.0.0"}). Comments go above the header, the namespace and each tier.
 */
final class SpecYaml {

  private static final DumpSettings SETTINGS = DumpSettings.builder()
      .setDefaultFlowStyle(FlowStyle.BLOCK)
      .setIndent(2)
      .setIndicatorIndent(2)
      .setIndentWithIndicator(true)
      .setSplitLines(false)
      .setWidth(Integer.MAX_VALUE)
      .setBestLineBreak("\n")
      .setNonPrintableStyle(NonPrintableStyle.ESCAPE)
      .setSchema(new QuotingSchema())
      .setDumpComments(true)
      .build();

  private SpecYaml() {}

  /** The spec's YAML; {@code header} above everything, {@code comments} above each tier of that name. */
  static String write(ScalingSpec spec, List<String> header, Map<String, List<String>> comments) {
    Node root = map();
    NodeTuple first = put(root, "apiVersion", text("scalegen.dev/v1"));
    first.getKeyNode().setBlockComments(lines(header));
    put(root, "kind", text("ScalingSpec"));
    Node metadata = put(root, "metadata", map()).getValueNode();
    put(metadata, "name", text(spec.metadata().name()));
    if (spec.metadata().namespace() != null) {
      put(metadata, "namespace", text(spec.metadata().namespace()));
    }
    put(root, "base", text(spec.base()));
    if (!spec.nodePools().isEmpty()) {
      Node pools = put(root, "nodePools", map()).getValueNode();
      for (NodePool pool : spec.nodePools().values()) {
        Node p = put(pools, pool.name(), map()).getValueNode();
        put(p, "preset", text(pool.preset()));
        if (pool.nodeLabel() != null) {
          Node label = put(p, "nodeLabel", map()).getValueNode();
          put(label, "key", text(pool.nodeLabel().key()));
          put(label, "value", text(pool.nodeLabel().value()));
        }
        if (!pool.tolerations().isEmpty()) {
          List<Node> items = new ArrayList<>();
          for (NodePool.Toleration t : pool.tolerations()) {
            Node item = map();
            put(item, "key", text(t.key()));
            put(item, "operator", text(t.operator()));
            put(item, "value", text(t.value()));
            put(item, "effect", text(t.effect()));
            items.add(item);
          }
          put(p, "tolerations", new SequenceNode(Tag.SEQ, items, FlowStyle.BLOCK));
        }
      }
    }
    Node tiers = put(root, "tiers", map()).getValueNode();
    for (Tier tier : spec.tiers().values()) {
      NodeTuple entry = put(tiers, tier.name(), TierYaml.tier(tier));
      entry.getKeyNode().setBlockComments(lines(comments.getOrDefault(tier.name(), List.of())));
    }
    StringBuilder out = new StringBuilder();
    new Dump(SETTINGS).dumpNode(root, new StreamDataWriter() {
      @Override
      public void write(String str) {
        out.append(str);
      }

      @Override
      public void write(String str, int off, int len) {
        out.append(str, off, off + len);
      }
    });
    return out.toString();
  }

  private static List<CommentLine> lines(List<String> text) {
    List<CommentLine> lines = new ArrayList<>();
    for (String line : text) {
      lines.add(new CommentLine(Optional.empty(), Optional.empty(), line.isEmpty() ? "" : " " + line, CommentType.BLOCK));
    }
    return lines;
  }

  static Node map() {
    return new MappingNode(Tag.MAP, new ArrayList<>(), FlowStyle.BLOCK);
  }

  /** Adds {@code key: value} to {@code mapping} unless the value is {@code null}; returns the entry, or {@code null}. */
  static NodeTuple put(Node mapping, String key, Node value) {
    if (value == null) {
      return null;
    }
    NodeTuple tuple = new NodeTuple(new ScalarNode(Tag.STR, key, ScalarStyle.PLAIN), value);
    ((MappingNode) mapping).getValue().add(tuple);
    return tuple;
  }

  static Node text(String value) {
    return value == null ? null : new ScalarNode(Tag.STR, value, ScalarStyle.PLAIN);
  }

  static Node number(Number value) {
    return value == null ? null : new ScalarNode(Tag.INT, value.toString(), ScalarStyle.PLAIN);
  }

  static Node bool(Boolean value) {
    return value == null ? null : new ScalarNode(Tag.BOOL, value.toString(), ScalarStyle.PLAIN);
  }

  static Node list(List<String> values) {
    if (values == null || values.isEmpty()) {
      return null;
    }
    List<Node> items = new ArrayList<>();
    values.forEach(v -> items.add(text(v)));
    return new SequenceNode(Tag.SEQ, items, FlowStyle.FLOW);
  }
}
