package dev.scalegen.core.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkerFlagTest {

  static BaseObject workload(List<String> args) {
    return new BaseObject("web.yaml", "apps/v1", "Deployment", "web", null, Map.of("args", args), Map.of());
  }

  @Test
  void theFlagIsFoundSeparateOrJoined() {
    WorkerFlag separate = WorkerFlag.find(workload(List.of("--port", "80", "--workers", "4")), "/args", "--workers");
    assertThat(separate.value()).isEqualTo("4");
    assertThat(separate.pointer()).isEqualTo("/args/3");
    WorkerFlag joined = WorkerFlag.find(workload(List.of("worker", "--concurrency=4")), "/args", "--concurrency");
    assertThat(joined.value()).isEqualTo("4");
    assertThat(joined.pointer()).isEqualTo("/args/1");
  }

  @Test
  void aFlagThatOnlyStartsTheSameIsNotTheFlag() {
    assertThat(WorkerFlag.find(workload(List.of("--workers-max", "4")), "/args", "--workers")).isNull();
    assertThat(WorkerFlag.find(workload(List.of()), "/command", "--workers")).isNull();
  }
}
