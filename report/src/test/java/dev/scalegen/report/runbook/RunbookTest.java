package dev.scalegen.report.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.spec.SpecSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

class RunbookTest {

  private static final Path DOCVAULT = Path.of("../examples/docvault/scaling.yaml").toAbsolutePath().normalize();

  private static final String PLAIN = """
      apiVersion: scalegen.dev/v1
      kind: ScalingSpec
      metadata: { name: shop, namespace: shop }
      tiers:
        api:
          image: shop/api:1.0
          port: 8080
          resources: { requests: { cpu: 500m, memory: 512Mi }, limits: { memory: 512Mi } }
          autoscaling: { min: 2, max: 6, cpu: 70% }
          probes: { readiness: { http: /ready } }
      """;

  static String docvault() {
    RunbookResult result = Runbook.generate(DOCVAULT, "examples/docvault/scaling.yaml",
        RunbookOptions.defaults().withSpecPath("examples/docvault/scaling.yaml").withManifestsDirectory("k8s/docvault"));
    assertThat(result.result().valid()).isTrue();
    return result.markdown().orElseThrow();
  }

  @Test
  void docVaultCoversEverySectionOfTheGuideWithRealNames() {
    String md = docvault();
    assertThat(headings(md)).contains("The manifests", "Sets: what is applied where", "Switching scenario",
        "`gradual-growth`", "`sudden-spike`", "`sustained-high`", "Capacity per set", "Tiers", "`backend`",
        "Watching scaling", "Schedules", "`night`", "Node pools and spot capacity", "Changing capacity",
        "Never do this", "Troubleshooting", "Pods stay Pending", "A node drain waits on a PodDisruptionBudget");
    String code = code(md);
    assertThat(code).contains("kubectl apply -k k8s/docvault/sudden-spike\n",
        "kubectl describe hpa docvault-backend -n docvault\n",
        "kubectl top pods -n docvault -l app.kubernetes.io/instance=docvault-backend,app.kubernetes.io/name=backend",
        "kubectl patch cronjob docvault-night-enter -n docvault -p '{\"spec\":{\"suspend\":true}}'\n",
        "kubectl get nodes -l karpenter.sh/capacity-type=spot\n",
        "kubectl delete -n docvault serviceaccount/docvault-scheduler role/docvault-scheduler "
            + "rolebinding/docvault-scheduler cronjob/docvault-night-enter cronjob/docvault-night-exit\n");
    assertThat(md).doesNotContain("docvault-backend-hpa", "targetCPUUtilization", "{{", "\r")
        .contains("21:00 UTC in standard time (UTC+01:00), 20:00 UTC in daylight saving time (UTC+02:00)",
            "HPA `docvault-backend`: `minReplicas` 2 at 22:00, back to 5 at 06:00",
            "HPA `docvault-backend`: `minReplicas` 5 at 22:00, back to 10 at 06:00",
            "off in `sustained-high`", "**`kubectl scale deployment docvault-backend`**");
    assertThat(code).doesNotContain("kubectl scale");
  }

  @Test
  void aSpecWithoutSchedulesScenariosOrPoolsHasNoSuchSections() {
    RunbookResult result = Runbook.generate(new SpecSource("scaling.yaml", PLAIN), RunbookOptions.defaults());
    String md = result.markdown().orElseThrow();
    assertThat(headings(md)).doesNotContain("Switching scenario", "Schedules", "Node pools and spot capacity",
        "Slow responses", "Warnings to know").contains("Sets: what is applied where", "`api`", "Never do this");
    assertThat(md).doesNotContain("cronjob", "apply a scenario", "Schedules that run", "kubectl get nodes")
        .contains("kubectl apply -k k8s/base\n", "| `api` | HPA 2–6 |");
  }

  @Test
  void anInvalidSpecHasNoRunbookAndAnOverlaySpecSaysWhy() {
    RunbookResult invalid = Runbook.generate(new SpecSource("scaling.yaml", PLAIN.replace("min: 2", "min: 9")),
        RunbookOptions.defaults());
    assertThat(invalid.result().valid()).isFalse();
    assertThat(invalid.markdown()).isEmpty();
    Path overlay = Path.of("../examples/docvault-adopt/scaling-overlay.yaml").toAbsolutePath().normalize();
    RunbookResult adopted = Runbook.generate(overlay, overlay.toString(), RunbookOptions.defaults());
    assertThat(adopted.markdown()).isEmpty();
    assertThat(adopted.unsupported()).hasValueSatisfying(why -> assertThat(why).contains("overlay mode"));
  }

  @Test
  void theSameSpecGivesTheSameBytes() {
    assertThat(docvault()).isEqualTo(docvault()).endsWith("\n").doesNotEndWith("\n\n");
  }

  static List<String> headings(String markdown) {
    List<String> headings = new ArrayList<>();
    Parser.builder().build().parse(markdown).accept(new AbstractVisitor() {
      @Override
      public void visit(Heading heading) {
        StringBuilder text = new StringBuilder();
        for (Node n = heading.getFirstChild(); n != null; n = n.getNext()) {
          text.append(n instanceof Text t ? t.getLiteral()
              : n instanceof org.commonmark.node.Code c ? "`" + c.getLiteral() + "`" : "");
        }
        headings.add(text.toString());
      }
    });
    return headings;
  }

  private static String code(String markdown) {
    StringBuilder code = new StringBuilder();
    Parser.builder().build().parse(markdown).accept(new AbstractVisitor() {
      @Override
      public void visit(FencedCodeBlock block) {
        code.append(block.getLiteral());
      }
    });
    return code.toString();
  }
}
