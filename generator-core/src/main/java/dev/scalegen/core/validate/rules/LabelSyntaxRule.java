package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.NodePool;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.SourceMap;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;
import java.util.Map;

/**
 * Label keys and values, and annotation keys, have Kubernetes label syntax ({@code SG224}), or the
 * API server rejects every object that carries them: {@code metadata.labels}, tier {@code labels},
 * a node pool's {@code nodeLabel}, and the keys of {@code annotations}. Annotation values may be any
 * text. Keys of maps are reported at the key, other values at the value.
 */
public final class LabelSyntaxRule implements Rule {

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    if (spec.metadata() != null) {
      labels(spec.metadata().labels(), "/metadata/labels", report);
      annotations(spec.metadata().annotations(), "/metadata/annotations", report);
    }
    for (Tier tier : spec.tiers().values()) {
      labels(tier.labels(), Pointers.tier(tier.name()) + "/labels", report);
      annotations(tier.annotations(), Pointers.tier(tier.name()) + "/annotations", report);
    }
    for (NodePool pool : spec.nodePools().values()) {
      NodePool.NodeLabel label = pool.nodeLabel();
      if (label == null) {
        continue;
      }
      String at = Pointers.nodePool(pool.name()) + "/nodeLabel";
      String keyProblem = label.key() == null ? null : LabelSyntax.keyProblem(label.key());
      if (keyProblem != null) {
        report.value(Code.BAD_LABEL, at + "/key",
            "`nodeLabel.key` is `" + label.key() + "`, which is not a valid label key: " + keyProblem,
            "write the label exactly as the nodes carry it (`kubectl get nodes --show-labels`)");
      }
      String valueProblem = label.value() == null ? null : LabelSyntax.valueProblem(label.value());
      if (valueProblem != null) {
        report.value(Code.BAD_LABEL, at + "/value",
            "`nodeLabel.value` is `" + label.value() + "`, which is not a valid label value: " + valueProblem,
            "write the value exactly as the nodes carry it (`kubectl get nodes --show-labels`)");
      }
    }
  }

  private static void labels(Map<String, String> labels, String at, Reporter report) {
    labels.forEach((key, value) -> {
      String pointer = SourceMap.child(at, key);
      String keyProblem = LabelSyntax.keyProblem(key);
      if (keyProblem != null) {
        report.key(Code.BAD_LABEL, pointer,
            "`" + SourceMap.dotted(at) + "` key `" + key + "` is not a valid label key: " + keyProblem,
            "use `prefix/name` or `name`: a name of at most 63 letters, digits, `-`, `_` and `.`");
      }
      String valueProblem = LabelSyntax.valueProblem(value);
      if (valueProblem != null) {
        report.value(Code.BAD_LABEL, pointer,
            "`" + SourceMap.dotted(at) + "` value `" + value + "` of `" + key + "` is not a valid label value: "
                + valueProblem,
            "use at most 63 letters, digits, `-`, `_` and `.`; put free text in an annotation instead");
      }
    });
  }

  private static void annotations(Map<String, String> annotations, String at, Reporter report) {
    annotations.keySet().forEach(key -> {
      String keyProblem = LabelSyntax.keyProblem(key);
      if (keyProblem != null) {
        report.key(Code.BAD_LABEL, SourceMap.child(at, key),
            "`" + SourceMap.dotted(at) + "` key `" + key + "` is not a valid annotation key: " + keyProblem,
            "use `prefix/name` or `name`: a name of at most 63 letters, digits, `-`, `_` and `.`");
      }
    });
  }
}
