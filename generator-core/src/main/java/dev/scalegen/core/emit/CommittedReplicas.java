package dev.scalegen.core.emit;

import dev.scalegen.core.Manifest;
import dev.scalegen.core.Result;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * The replicas-to-HPA migration hazard, as {@code check} sees it ({@code SG302}, a warning): a
 * workload file (a generated Deployment or StatefulSet, or an overlay's workload patch) whose
 * committed version sets {@code spec.replicas} to a number while the spec now compiles it without
 * one (the tier autoscales). Applying the new output removes the field, and a client-side
 * {@code kubectl apply} or an Argo CD sync then drops the live workload to 1 replica until the HPA
 * reacts; docs/migration.md gives the safe steps. Located at the committed file's
 * {@code replicas}. Reads only the files the spec generates; never writes.
 */
public final class CommittedReplicas {

  static final List<String> WORKLOAD_FILES = List.of("/deployment.yaml", "/statefulset.yaml",
      "/patch-deployment.yaml", "/patch-statefulset.yaml");

  private CommittedReplicas() {}

  /**
   * @param directory the committed output directory
   * @param shown how diagnostics name that directory ({@code k8s})
   */
  public static List<Diagnostic> check(Result result, Path directory, String shown) throws IOException {
    List<Diagnostic> found = new ArrayList<>();
    for (Manifest m : result.manifests()) {
      if (WORKLOAD_FILES.stream().noneMatch(m.path()::endsWith) || replicas(m.content()).isPresent()) {
        continue;
      }
      Path committed = directory.resolve(m.path());
      if (!Files.isRegularFile(committed)) {
        continue;
      }
      Optional<ScalarNode> before = replicas(Files.readString(committed, StandardCharsets.UTF_8));
      if (before.isPresent()) {
        String file = shown + "/" + m.path();
        int line = before.get().getStartMark().map(mark -> mark.getLine() + 1).orElse(0);
        int column = before.get().getStartMark().map(mark -> mark.getColumn() + 1).orElse(0);
        found.add(Diagnostic.of(Code.REPLICAS_IN_COMMITTED_OUTPUT, new Location(file, line, column, "/spec/replicas"),
            "`" + file + "` sets `spec.replicas` " + before.get().getValue() + " and the spec now leaves the count to"
                + " an HPA: applying the new file removes the field, which can drop the live workload to 1 replica",
            "follow docs/migration.md for your apply method (kubectl, server-side apply, Argo CD, Flux) before"
                + " the change is synced"));
      }
    }
    return found;
  }

  /** The integer {@code spec.replicas} of a manifest, if it has one ({@code null} does not count). */
  static Optional<ScalarNode> replicas(String yaml) {
    try {
      for (Node doc : new Compose(LoadSettings.builder().build()).composeAllFromString(yaml)) {
        Optional<Node> spec = child(doc, "spec");
        Optional<Node> replicas = spec.flatMap(s -> child(s, "replicas"));
        if (replicas.isPresent() && replicas.get() instanceof ScalarNode scalar && Tag.INT.equals(scalar.getTag())) {
          return Optional.of(scalar);
        }
      }
    } catch (YamlEngineException e) {
      return Optional.empty();  // not YAML: check reports the file as drift
    }
    return Optional.empty();
  }

  private static Optional<Node> child(Node node, String key) {
    if (node instanceof MappingNode mapping) {
      for (NodeTuple t : mapping.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k && key.equals(k.getValue())) {
          return Optional.of(t.getValueNode());
        }
      }
    }
    return Optional.empty();
  }
}
