package dev.scalegen.core.compile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Generator;
import dev.scalegen.core.Options;
import dev.scalegen.core.Result;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Severity;
import dev.scalegen.core.spec.SpecSource;
import org.junit.jupiter.api.Test;

class ScheduleChecksTest {

  private static Result generate(String scheduler, Options options) {
    return Generator.generate(new SpecSource("scaling.yaml", """
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata: { name: shop }
        %s
        tiers:
          worker: { image: a:1, replicas: 3, resources: { requests: { cpu: 100m, memory: 64Mi }, limits: { memory: 64Mi } } }
        schedules:
          night:
            cron: { enter: "0 22 * * *", exit: "0 6 * * *", timeZone: Europe/Berlin }
            set: { worker: { replicas: 0 } }
        """.formatted(scheduler)), options);
  }

  @Test
  void kubernetesBelowOneTwentySevenCannotRunCronJobsInATimeZone() {
    Result result = generate("", Options.defaults().withKubernetesVersion("1.26"));
    assertThat(result.valid()).isFalse();
    assertThat(result.manifests()).isEmpty();
    assertThat(result.diagnostics()).filteredOn(d -> d.code() == Code.TIME_ZONE_NEEDS_1_27).singleElement()
        .satisfies(d -> assertThat(d.location().specPath()).isEqualTo("/schedules/night/cron/timeZone"));
    assertThat(generate("", Options.defaults().withKubernetesVersion("1.27")).valid()).isTrue();
  }

  @Test
  void theDefaultImageIsKubectlAtTheTargetMinorAndIsWarnedAboutAtSchedules() {
    Result result = generate("", Options.defaults().withKubernetesVersion("1.30"));
    assertThat(result.valid()).isTrue();
    assertThat(result.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Code.SCHEDULER_IMAGE_NOT_PINNED);
      assertThat(d.severity()).isEqualTo(Severity.WARNING);
      assertThat(d.message()).contains("`registry.k8s.io/kubectl:v1.30.0` (the default)");
      assertThat(d.location().specPath()).isEqualTo("/schedules");
    });
    assertThat(result.manifests()).anySatisfy(m -> assertThat(m.content()).contains("image: registry.k8s.io/kubectl:v1.30.0"));
  }

  /** The image the jobs of a target run, and the codes of the diagnostics of its generation. */
  private static String imageFor(String version) {
    Result result = generate("", Options.defaults().withKubernetesVersion(version));
    return result.manifests().stream().map(m -> m.content()).filter(c -> c.contains("kind: CronJob")).findFirst()
        .map(c -> c.substring(c.indexOf("image: ") + 7, c.indexOf('\n', c.indexOf("image: ")))).orElse("none")
        + " " + result.diagnostics().stream().map(d -> d.code().id()).toList();
  }

  @Test
  void theDefaultImageIsOneThatIsPublishedForTheTargetOrTheNearestOne() {
    // registry.k8s.io/kubectl starts at v1.28.0; scalegen knows tags up to v1.37.0.
    assertThat(imageFor("1.23")).isEqualTo("none [SG230, SG229]");
    assertThat(imageFor("1.27")).isEqualTo("registry.k8s.io/kubectl:v1.28.0 [SG230, SG242]");
    assertThat(imageFor("1.28")).isEqualTo("registry.k8s.io/kubectl:v1.28.0 [SG230]");
    assertThat(imageFor("1.33")).isEqualTo("registry.k8s.io/kubectl:v1.33.0 [SG230]");
    assertThat(imageFor("1.37")).isEqualTo("registry.k8s.io/kubectl:v1.37.0 [SG230]");
    assertThat(imageFor("1.40")).isEqualTo("registry.k8s.io/kubectl:v1.37.0 [SG230, SG242]");
  }

  @Test
  void aSubstituteImageIsWarnedAboutAtSchedulesWithTheSkew() {
    Result old = generate("", Options.defaults().withKubernetesVersion("1.27"));
    assertThat(old.diagnostics()).filteredOn(d -> d.code() == Code.KUBECTL_IMAGE_OF_ANOTHER_MINOR).singleElement()
        .satisfies(d -> {
          assertThat(d.severity()).isEqualTo(Severity.WARNING);
          assertThat(d.location().specPath()).isEqualTo("/schedules");
          assertThat(d.message()).contains("`scheduler.image` is not set", "Kubernetes 1.27", "the first is v1.28.0",
              "`registry.k8s.io/kubectl:v1.28.0`", "1 minor version from the target (within");
          assertThat(d.hint()).contains("`scheduler.image`");
        });
    Result future = generate("", Options.defaults().withKubernetesVersion("1.40"));
    assertThat(future.diagnostics()).filteredOn(d -> d.code() == Code.KUBECTL_IMAGE_OF_ANOTHER_MINOR).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("up to v1.37.0, none for Kubernetes 1.40",
            "3 minor versions from the target (outside"));
    String pinned = "scheduler: { image: \"example.com/kubectl@sha256:" + "a".repeat(64) + "\" }";
    assertThat(generate(pinned, Options.defaults().withKubernetesVersion("1.40")).diagnostics()).isEmpty();
  }

  @Test
  void anImagePinnedByDigestIsUsedWithoutWarning() {
    String image = "example.com/kubectl@sha256:" + "a".repeat(64);
    Result result = generate("scheduler: { image: \"" + image + "\" }", Options.defaults());
    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.manifests()).anySatisfy(m -> assertThat(m.content()).contains("image: " + image));
  }
}
