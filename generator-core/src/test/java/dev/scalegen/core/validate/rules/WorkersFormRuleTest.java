package dev.scalegen.core.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Fixtures;
import dev.scalegen.core.Generator;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.Severity;
import dev.scalegen.core.spec.SpecSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkersFormRuleTest {

  @Test
  void workersWithNeitherArgNorEnv() {
    List<Diagnostic> ds = diagnostics("""
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata:
          name: shop
        tiers:
          backend:
            image: shop/backend:1.0
            workers: { count: 8 }
            replicas: 2
        """);
    assertThat(ds).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Code.WORKERS_FORM);
      assertThat(d.severity()).isEqualTo(Severity.ERROR);
      assertThat(at(d)).isEqualTo("8:5");
      assertThat(d.message()).contains("`workers` of tier `backend`", "neither `arg` nor `env`");
      assertThat(d.hint()).contains("arg: --workers", "env: WEB_CONCURRENCY");
    });
  }

  @Test
  void workersWithBothArgAndEnv() {
    List<Diagnostic> ds = diagnostics("""
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata:
          name: shop
        tiers:
          backend:
            image: shop/backend:1.0
            replicas: 2
            workers:
              count: 8
              arg: --workers
              env: WEB_CONCURRENCY
        """);
    assertThat(ds).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Code.WORKERS_FORM);
      assertThat(at(d)).isEqualTo("9:5");
      assertThat(d.message()).contains("both `arg` and `env`");
    });
  }

  @Test
  void workersWithOneFormPass() {
    assertThat(diagnostics("""
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata:
          name: shop
        tiers:
          backend:
            image: shop/backend:1.0
            replicas: 2
            workers: { count: 8, arg: --workers }
            command: [uvicorn, app.main:app]
          celery:
            image: shop/backend:1.0
            replicas: 2
            workers: { count: 4, env: CELERY_CONCURRENCY }
        """)).isEmpty();
  }

  @Test
  void aWorkerFlagOnATierWithoutCommandWouldReplaceTheImageCommand() {
    List<Diagnostic> ds = diagnostics("""
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata:
          name: shop
        tiers:
          backend:
            image: shop/backend:1.0
            replicas: 2
            workers: { count: 8, arg: --workers }
          celery:
            image: shop/backend:1.0
            replicas: 2
            args: [worker]
            workers: { count: 4, arg: --concurrency }
        """);
    assertThat(ds).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Code.WORKERS_FLAG_WITHOUT_COMMAND);
      assertThat(d.severity()).isEqualTo(Severity.WARNING);
      assertThat(at(d)).isEqualTo("9:31");
      assertThat(d.message()).contains("`--workers 8`", "replaces the image's `CMD`");
      assertThat(d.hint()).contains("`ENTRYPOINT`", "set `command`", "`env`");
    });
  }

  private static List<Diagnostic> diagnostics(String yaml) {
    return Fixtures.withoutPodResourceWarnings(Generator.validate(new SpecSource("scaling.yaml", yaml)).diagnostics());
  }

  private static String at(Diagnostic d) {
    return d.location().line() + ":" + d.location().column();
  }
}
