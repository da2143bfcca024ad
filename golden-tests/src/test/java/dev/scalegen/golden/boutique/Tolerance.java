package dev.scalegen.golden.boutique;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * A difference between the generated Online Boutique and upstream that does not change what runs,
 * or that scalegen cannot express yet, with the reason. {@link #ALL} is the whole list: a
 * difference that none of them accepts fails {@code OnlineBoutiqueEquivalenceTest}. Each accepts
 * only the exact change it names (a renamed address must name the renamed Service, on a port it
 * listens on), so that a real change of the same field still fails.
 */
record Tolerance(String name, String reason, BiPredicate<Boutique, Difference> accepts) {

  private static final String POD = "spec.template.spec.";
  private static final String MAIN = POD + "containers[0].";
  private static final Pattern ADDRESS = Pattern.compile("([a-z0-9-]+):([0-9]+)");
  /** Fields that Kubernetes sets to this value when they are absent. */
  private static final Map<String, String> DEFAULTS = Map.of(
      "replicas", "1", "restartPolicy", "Always", "protocol", "TCP", "privileged", "false");

  static final List<Tolerance> ALL = List.of(
      new Tolerance("name prefix", "scalegen names every object `<metadata.name>-<tier>` (rule 9)",
          (b, d) -> d.path().equals("metadata.name") && (b.prefix() + d.upstreamText()).equals(d.generatedText())),
      new Tolerance("recommended labels", "scalegen adds the app.kubernetes.io labels (rule 8); upstream's `app` "
          + "label is kept through each tier's `labels`",
          (b, d) -> d.upstream() == null && d.path().matches("(metadata|spec\\.template\\.metadata)\\.labels\\."
              + "app\\.kubernetes\\.io/.*")),
      new Tolerance("stable selector", "selectors hold only scalegen's stable labels (rule 8: selectors are "
          + "immutable); the pods still carry upstream's selector labels, so upstream's selectors (network "
          + "policies, Istio) still match them",
          (b, d) -> d.path().matches("spec\\.selector(\\.matchLabels)?\\..*") && selectorStillMatches(b, d)),
      new Tolerance("release image", "upstream's image names are placeholders that skaffold replaces; the "
          + "example runs the published release image of the same service",
          (b, d) -> d.path().equals(MAIN + "image") && d.generatedText().matches(
              ".+/" + Pattern.quote(d.upstreamText()) + ":[^/]+")),
      new Tolerance("container name", "scalegen names the one container after the tier; only `kubectl -c` "
          + "uses the name", (b, d) -> d.path().equals(MAIN + "name")),
      new Tolerance("container port name", "scalegen names the container port after the Service port, which "
          + "targets it by that name",
          (b, d) -> d.upstream() == null && d.path().matches(Pattern.quote(MAIN) + "ports\\[[0-9]+]\\.name")),
      new Tolerance("named target port", "the Service targets the container port by name; the name resolves "
          + "to upstream's port number",
          (b, d) -> d.path().matches("spec\\.ports\\[[0-9]+]\\.targetPort") && d.upstream().isInt()
              && Integer.valueOf(d.upstream().asInt()).equals(
                  b.containerPort(b.prefix() + d.name(), d.generatedText()))),
      new Tolerance("renamed address", "a `host:port` variable names the Service by its new name; the "
          + "generated Service of that name listens on that port",
          (b, d) -> d.path().matches("(" + Pattern.quote(MAIN) + "|" + Pattern.quote(POD)
              + "initContainers\\[[^]]+]\\.)env\\[[A-Z_]+]\\.value") && renamed(b, d)),
      new Tolerance("seccomp profile", "stricter: scalegen's restricted pod security context adds "
          + "`seccompProfile: RuntimeDefault`",
          (b, d) -> d.upstream() == null && d.path().equals(POD + "securityContext.seccompProfile")
              && d.generated().size() == 1 && d.generated().path("type").asText().equals("RuntimeDefault")),
      new Tolerance("no API token", "stricter: pods mount no service account token; no Online Boutique service "
          + "calls the Kubernetes API",
          (b, d) -> d.upstream() == null && d.path().equals(POD + "automountServiceAccountToken")
              && d.generatedText().equals("false")),
      new Tolerance("volume name", "volume names are local to the pod (scalegen calls writable paths "
          + "`writable-<n>`); volumes are matched by mount path and their sources compared",
          (b, d) -> d.path().matches(Pattern.quote(POD) + "(volumes|containers\\[0]\\.volumeMounts)\\[/[^]]*]\\.name")),
      new Tolerance("Kubernetes default", "absent on one side, and Kubernetes' default on the other (replicas 1, "
          + "restartPolicy Always, protocol TCP, privileged false)",
          (b, d) -> (d.upstream() == null) != (d.generated() == null) && DEFAULTS.get(lastField(d.path())) != null
              && DEFAULTS.get(lastField(d.path())).equals(d.upstream() == null ? d.generatedText() : d.upstreamText())),
      new Tolerance("stated rollout", "stricter: scalegen states each Deployment's rollout, Kubernetes' "
          + "`maxSurge: 25%` with `maxUnavailable: 0` instead of its default 25%, so that a rollout never takes "
          + "ready pods below the count (docs/output-layout.md, Rollout)",
          (b, d) -> d.upstream() == null && d.path().equals("spec.strategy") && d.generated().path("type").asText()
              .equals("RollingUpdate") && d.generated().path("rollingUpdate").path("maxSurge").asText().equals("25%")
              && d.generated().path("rollingUpdate").path("maxUnavailable").asInt(-1) == 0),
      new Tolerance("no ServiceAccount objects", "scalegen never creates the application's service accounts "
          + "(docs/output-layout.md); the pods name upstream's accounts, and README.md creates them",
          (b, d) -> d.path().isEmpty() && d.kind().equals("ServiceAccount") && d.generated() == null),
      new Tolerance("no LoadBalancer Service", "scalegen makes ClusterIP Services only (issue 13 item 4); "
          + "README.md exposes the frontend", (b, d) -> d.path().isEmpty() && d.object().equals(
              "Service/frontend-external") && d.generated() == null));

  /** The first tolerance that accepts {@code d}, or {@code null}. */
  static Tolerance of(Boutique boutique, Difference d) {
    return ALL.stream().filter(t -> t.accepts.test(boutique, d)).findFirst().orElse(null);
  }

  private static String lastField(String path) {
    return path.substring(path.lastIndexOf('.') + 1);
  }

  /** An upstream selector label missing from the generated selector is on the generated pods; added ones are scalegen's. */
  private static boolean selectorStillMatches(Boutique b, Difference d) {
    String label = d.path().replaceFirst("^spec\\.selector\\.(matchLabels\\.)?", "");
    if (d.upstream() == null) {
      return label.startsWith("app.kubernetes.io/");
    }
    JsonNode pods = b.podLabels(b.prefix() + d.name());
    return d.upstreamText().equals(pods.path(label).asText(null));
  }

  private static boolean renamed(Boutique b, Difference d) {
    var up = d.upstream() == null ? null : ADDRESS.matcher(d.upstreamText());
    var gen = d.generated() == null ? null : ADDRESS.matcher(d.generatedText());
    if (up == null || gen == null || !up.matches() || !gen.matches() || !up.group(2).equals(gen.group(2))
        || !b.upstream().containsKey("Service/" + up.group(1))) {
      return false;
    }
    return gen.group(1).equals(b.prefix() + up.group(1)) && b.serviceListensOn(gen.group(1), Integer.parseInt(gen.group(2)));
  }
}
