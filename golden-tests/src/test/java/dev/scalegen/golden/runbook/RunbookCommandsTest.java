package dev.scalegen.golden.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.report.runbook.RunbookResult;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code kubectl} command of every runbook ({@link RunbookCases}), read back from its
 * Markdown with commonmark-java, is checked against the objects scalegen generated for the same
 * spec ({@link CommandChecker}): names, kinds, namespaces, selectors, {@code -k} folders, patched
 * fields. The pure-Java half always runs; the half that runs {@code kubectl kustomize} and
 * {@code kubectl patch --local} (offline, no cluster) is skipped when kubectl is not on the PATH.
 */
class RunbookCommandsTest {

  @TempDir Path work;

  @TestFactory
  Stream<DynamicTest> everyCommandNamesGeneratedObjects() {
    return RunbookCases.all().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c, null)));
  }

  @TestFactory
  Stream<DynamicTest> everyCommandWorksOnTheGeneratedFilesWithKubectl() {
    Path kubectl = RunbookCases.kubectl();
    Assumptions.assumeTrue(kubectl != null, "kubectl is not on the PATH: skipping kubectl kustomize and patch --local");
    return RunbookCases.all().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c, kubectl)));
  }

  private void check(RunbookCases c, Path kubectl) throws Exception {
    RunbookResult result = c.generate();
    Path out = Files.createTempDirectory(work, "out");
    GeneratedOutput output = GeneratedOutput.write(result.result().manifests(), out);
    CommandChecker checker = new CommandChecker(output, result.result().spec().orElseThrow().metadata().namespace(),
        c.options().manifestsDirectory(), kubectl);
    List<KubectlCommand> commands = RunbookCommands.of(result.markdown().orElseThrow());
    List<String> problems = new ArrayList<>();
    for (KubectlCommand command : commands) {
      problems.addAll(checker.check(command));
    }
    assertThat(problems).as(c.name()).isEmpty();
    // Every HPA is described, and every CronJob can be paused, by its real name.
    List<String> lines = commands.stream().filter(k -> !k.mention()).map(KubectlCommand::line).toList();
    for (HasMetadata hpa : objects(result, HorizontalPodAutoscaler.class)) {
      assertThat(lines).anyMatch(l -> l.equals("kubectl describe hpa " + hpa.getMetadata().getName() + ns(result)));
    }
    for (HasMetadata job : objects(result, CronJob.class)) {
      assertThat(lines).anyMatch(l -> l.startsWith("kubectl patch cronjob " + job.getMetadata().getName() + " ")
          && l.contains("\"suspend\":true"));
    }
    assertThat(objects(result, HorizontalPodAutoscaler.class).isEmpty() || lines.contains(
        "kubectl get hpa" + ns(result))).isTrue();
  }

  private static String ns(RunbookResult result) {
    String namespace = result.result().spec().orElseThrow().metadata().namespace();
    return namespace == null ? "" : " -n " + namespace;
  }

  private static List<HasMetadata> objects(RunbookResult result, Class<? extends HasMetadata> type) {
    return result.result().manifests().stream().filter(m -> !m.path().endsWith("kustomization.yaml"))
        .map(m -> dev.scalegen.core.emit.ManifestYaml.readObject(m.content())).filter(type::isInstance).toList();
  }

  /** The check can fail: each kind of mistake the old hand-written guide made is caught. */
  @Test
  void theCheckFindsWrongNamesNamespacesSelectorsFoldersAndFields() throws Exception {
    RunbookCases docvault = RunbookCases.docvaultExample();
    GeneratedOutput output = GeneratedOutput.write(docvault.generate().result().manifests(), work);
    CommandChecker checker = new CommandChecker(output, "docvault", "k8s/docvault", null);
    for (String wrong : List.of(
        "kubectl describe hpa docvault-backend-hpa -n docvault",
        "kubectl describe hpa docvault-backend -n default",
        "kubectl scale deployment celery-worker --replicas=20 -n docvault",
        "kubectl scale deployment docvault-redis --replicas=5 -n docvault",
        "kubectl top pods -n docvault -l app=backend",
        "kubectl get nodes -l kubernetes.io/instance-type=spot",
        "kubectl apply -k k8s/docvault/night",
        "kubectl patch cronjob docvault-night-enter -n docvault -p '{\"spec\":{\"suspended\":true}}'",
        "kubectl patch hpa docvault-backend -n docvault -p '{\"spec\":{\"targetCPUUtilization\":60}}'",
        "kubectl exec -n docvault deployment/docvault-celery -- celery inspect stats",
        "kubectl port-forward -n docvault svc/docvault-backend 8000")) {
      assertThat(checker.check(KubectlCommand.parse(wrong, false))).as(wrong).isNotEmpty();
    }
    assertThat(checker.check(KubectlCommand.parse(
        "kubectl patch cronjob docvault-night-enter -n docvault -p '{\"spec\":{\"suspend\":true}}'", false))).isEmpty();
  }
}
