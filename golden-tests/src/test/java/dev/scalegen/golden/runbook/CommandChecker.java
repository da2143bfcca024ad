package dev.scalegen.golden.runbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.NodeSelectorRequirement;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PreferredSchedulingTerm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Checks one kubectl command of a runbook against what scalegen generated: every object it names
 * exists with that kind in that namespace, every label selector matches the pods (or jobs, or
 * nodes) generated objects ask for, every {@code -k} folder is a set of the output and builds
 * with {@code kubectl kustomize}, and every {@code patch} sets fields that exist: in the fabric8
 * type always ({@link FieldPaths}), and with {@code kubectl patch --local} on the generated file
 * when kubectl is given. A verb the checker does not know is a problem too, so that a new kind of
 * command in the runbook comes with its check.
 */
final class CommandChecker {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Objects outside the output that the runbook may name: the metrics API that HPAs read. */
  private static final Set<String> CLUSTER_OBJECTS = Set.of("APIService/v1beta1.metrics.k8s.io");

  private final GeneratedOutput output;
  private final String namespace;
  private final String manifests;
  private final Path kubectl;
  /** {@code kubectl kustomize}'s outcome by folder: the runbook names each set's folder several times. */
  private final Map<String, Run> kustomized = new HashMap<>();

  CommandChecker(GeneratedOutput output, String namespace, String manifests, Path kubectl) {
    this.output = output;
    this.namespace = namespace;
    this.manifests = manifests;
    this.kubectl = kubectl;
  }

  List<String> check(KubectlCommand c) throws IOException, InterruptedException {
    List<String> problems = new ArrayList<>();
    List<String> p = c.positional();
    switch (c.verb()) {
      case "apply", "diff" -> folder(c, problems);
      case "get", "describe", "delete", "scale", "edit", "top", "patch" -> {
        for (Target t : targets(p.subList(1, p.size()))) {
          object(c, t, problems);
        }
        if (c.verb().equals("patch") && !c.mention()) {
          patch(c, targets(p.subList(1, p.size())).get(0), problems);
        }
      }
      case "logs" -> selected(c, ResourceKind.of("pods"), problems);
      case "exec" -> object(c, targets(p.subList(1, 2)).get(0), problems);
      case "create" -> {
        String from = Objects.requireNonNullElse(c.flag("--from"), "");
        object(c, targets(List.of(from)).get(0), problems);
      }
      case "drain", "config" -> { }
      default -> problems.add("a verb the check does not know: " + c.verb());
    }
    return problems.stream().map(x -> "`" + c.line() + "`: " + x).toList();
  }

  /** A resource named on the command line: its kind and name, or a kind alone. */
  record Target(ResourceKind kind, String name) {}

  private static List<Target> targets(List<String> words) {
    List<Target> targets = new ArrayList<>();
    if (words.isEmpty()) {
      return targets;
    }
    if (words.get(0).contains("/")) {
      for (String w : words) {
        targets.add(new Target(ResourceKind.of(w.substring(0, w.indexOf('/'))), w.substring(w.indexOf('/') + 1)));
      }
      return targets;
    }
    for (String type : words.get(0).split(",")) {
      if (words.size() == 1) {
        targets.add(new Target(ResourceKind.of(type), null));
      }
      for (String name : words.subList(1, words.size())) {
        targets.add(new Target(ResourceKind.of(type), name));
      }
    }
    return targets;
  }

  private void object(KubectlCommand c, Target t, List<String> problems) {
    if (t.kind() == null) {
      problems.add("a resource type the check does not know");
      return;
    }
    if (t.kind().namespaced() && !c.mention() && !Objects.equals(c.flag("-n"), namespace)) {
      problems.add("namespace " + c.flag("-n") + ", the objects are in " + namespace);
    }
    if (c.flag("-l") != null) {
      selected(c, t.kind(), problems);
    }
    if (t.name() == null) {
      return;
    }
    if (!t.kind().generated()) {
      if (!CLUSTER_OBJECTS.contains(t.kind().kind() + "/" + t.name())) {
        problems.add(t.kind().kind() + " `" + t.name() + "` is not a generated object");
      }
      return;
    }
    List<GeneratedOutput.Placed> found = output.find(t.kind().kind(), t.name());
    if (found.isEmpty()) {
      problems.add("no set generates a " + t.kind().kind() + " named `" + t.name() + "`");
    } else if (found.stream().noneMatch(f -> Objects.equals(f.object().getMetadata().getNamespace(), namespace))) {
      problems.add(t.kind().kind() + " `" + t.name() + "` is not generated in namespace " + namespace);
    }
  }

  private void selected(KubectlCommand c, ResourceKind kind, List<String> problems) {
    Map<String, String> selector = new LinkedHashMap<>();
    for (String pair : c.flag("-l").split(",")) {
      selector.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
    }
    List<Map<String, String>> candidates = switch (kind.kind()) {
      case "Pod" -> output.workloadPods().stream().map(p -> p.getMetadata().getLabels()).toList();
      case "Job" -> output.jobLabels();
      case "Node" -> output.podSpecs().stream().map(CommandChecker::nodeLabels).toList();
      default -> List.of();
    };
    if (candidates.stream().noneMatch(labels -> labels.entrySet().containsAll(selector.entrySet()))) {
      problems.add("selector " + c.flag("-l") + " matches no generated " + kind.kind().toLowerCase() + " labels");
    }
  }

  /** The node labels a pod asks for: its nodeSelector and its node affinity's single-valued {@code In} terms. */
  private static Map<String, String> nodeLabels(PodSpec pod) {
    Map<String, String> labels = new HashMap<>(pod.getNodeSelector() == null ? Map.of() : pod.getNodeSelector());
    if (pod.getAffinity() != null && pod.getAffinity().getNodeAffinity() != null) {
      for (PreferredSchedulingTerm term : pod.getAffinity().getNodeAffinity().getPreferredDuringSchedulingIgnoredDuringExecution()) {
        for (NodeSelectorRequirement r : term.getPreference().getMatchExpressions()) {
          if ("In".equals(r.getOperator()) && r.getValues().size() == 1) {
            labels.put(r.getKey(), r.getValues().get(0));
          }
        }
      }
    }
    return labels;
  }

  private void folder(KubectlCommand c, List<String> problems) throws IOException, InterruptedException {
    String dir = c.flag("-k");
    if (c.mention() && (dir == null || dir.isEmpty())) {
      return;
    }
    String prefix = manifests.equals(".") ? "" : manifests + "/";
    if (dir == null || !dir.startsWith(prefix) || !output.hasSet(dir.substring(prefix.length()))) {
      problems.add("-k " + dir + " is not a set folder under " + manifests);
      return;
    }
    if (kubectl != null) {
      Run run = kustomized.get(dir);
      if (run == null) {
        run = run(List.of(kubectl.toString(), "kustomize", output.root().resolve(dir.substring(prefix.length())).toString()));
        kustomized.put(dir, run);
      }
      if (run.exit() != 0) {
        problems.add("kubectl kustomize failed: " + run.output());
      }
    }
  }

  private void patch(KubectlCommand c, Target t, List<String> problems) throws IOException, InterruptedException {
    List<GeneratedOutput.Placed> found = output.find(t.kind().kind(), t.name());
    if (found.isEmpty() || c.flag("-p") == null) {
      problems.add("a patch needs a generated object and -p");
      return;
    }
    JsonNode patch = JSON.readTree(c.flag("-p"));
    for (String missing : FieldPaths.missing(found.get(0).object().getClass(), patch)) {
      problems.add("`" + missing + "` is not a field of " + t.kind().kind());
    }
    if (kubectl == null) {
      return;
    }
    List<String> args = new ArrayList<>(List.of(kubectl.toString(), "patch", "--local", "-f",
        found.get(0).file().toString(), "-p", c.flag("-p"), "-o", "json"));
    if (c.flag("--type") != null) {
      args.add("--type=" + c.flag("--type"));
    }
    Run run = run(args);
    if (run.exit() != 0) {
      problems.add("kubectl patch --local failed: " + run.output());
      return;
    }
    JsonNode patched = JSON.readTree(run.output());
    Map<String, JsonNode> leaves = new LinkedHashMap<>();
    FieldPaths.leaves(patch, "", leaves);
    leaves.forEach((path, value) -> {
      JsonNode at = patched.at("/" + path.replace('.', '/'));
      if (!at.equals(value)) {
        problems.add("after kubectl patch --local, " + path + " is " + at + ", not " + value);
      }
    });
  }

  record Run(int exit, String output) {}

  private static Run run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return new Run(-1, "timed out");
    }
    return new Run(p.exitValue(), out);
  }
}
