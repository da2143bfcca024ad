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
          worker: { image: a:1, replicas: 3 }
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

  @Test
  void anImagePinnedByDigestIsUsedWithoutWarning() {
    String image = "example.com/kubectl@sha256:" + "a".repeat(64);
    Result result = generate("scheduler: { image: \"" + image + "\" }", Options.defaults());
    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.manifests()).anySatisfy(m -> assertThat(m.content()).contains("image: " + image));
  }
}
