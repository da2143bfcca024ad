package dev.scalegen.core.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.spec.Tier;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkersRecogniserTest {

  private static WorkersRecogniser.Recognised in(List<String> command, List<String> args, Map<String, String> env) {
    return WorkersRecogniser.recognise(command, args, env);
  }

  @Test
  void uvicornWorkersFlagIsTakenOutOfTheCommand() {
    var r = in(List.of("uvicorn", "app.main:app", "--workers", "8", "--port", "8000"), List.of(), Map.of());
    assertThat(r.workers()).isEqualTo(new Tier.Workers(8, "--workers", null));
    assertThat(r.command()).containsExactly("uvicorn", "app.main:app", "--port", "8000");
  }

  @Test
  void joinedFormsAreRecognised() {
    assertThat(in(List.of("celery", "-A", "x", "worker", "--concurrency=4"), List.of(), Map.of()).workers())
        .isEqualTo(new Tier.Workers(4, "--concurrency", null));
    var gunicorn = in(List.of(), List.of("gunicorn", "-w4", "app:wsgi"), Map.of());
    assertThat(gunicorn.workers()).isEqualTo(new Tier.Workers(4, "-w", null));
    assertThat(gunicorn.args()).containsExactly("gunicorn", "app:wsgi");
  }

  @Test
  void dashCIsConcurrencyOnlyForCelery() {
    assertThat(in(List.of("celery", "-A", "x", "worker", "-c", "6"), List.of(), Map.of()).workers())
        .isEqualTo(new Tier.Workers(6, "-c", null));
    assertThat(in(List.of("python", "run.py", "-c", "6"), List.of(), Map.of()).workers()).isNull();
  }

  @Test
  void webConcurrencyVariableIsTakenOutOfEnv() {
    var r = in(List.of("gunicorn"), List.of(), Map.of("WEB_CONCURRENCY", "3", "OTHER", "x"));
    assertThat(r.workers()).isEqualTo(new Tier.Workers(3, null, "WEB_CONCURRENCY"));
    assertThat(r.env()).containsOnlyKeys("OTHER");
  }

  @Test
  void countsOutsideTheRangeOrNotNumbersStayWhereTheyAre() {
    assertThat(in(List.of("uvicorn", "--workers", "0"), List.of(), Map.of()).workers()).isNull();
    assertThat(in(List.of("uvicorn", "--workers", "$(N)"), List.of(), Map.of()).workers()).isNull();
    assertThat(in(List.of(), List.of(), Map.of("WEB_CONCURRENCY", "auto")).workers()).isNull();
  }
}
