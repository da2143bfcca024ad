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

class MemoryUnitRuleTest {

  @Test
  void aSmallMemoryWithoutUnitIsAWarningAtTheValue() {
    List<Diagnostic> ds = diagnostics("""
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata:
          name: shop
        tiers:
          web:
            image: nginx:1.27
            resources:
              requests: { cpu: 500m, memory: 512 }
              limits: { cpu: 1, memory: "1024" }
            replicas: 2
        scenarios:
          peak:
            tiers:
              web: { resources: { requests: { memory: 2.5 } } }
        """);
    assertThat(ds).extracting(Diagnostic::code).containsOnly(Code.MEMORY_WITHOUT_UNIT);
    assertThat(ds).extracting(d -> d.location().line() + ":" + d.location().column())
        .containsExactly("9:38", "10:33", "15:47");
    assertThat(ds.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(ds.get(0).message()).isEqualTo(
        "`resources.requests.memory` (512) in tier `web` is 512 bytes: a memory quantity without a suffix counts bytes");
    assertThat(ds.get(0).hint()).isEqualTo("write the unit: `512Mi` (mebibytes, powers of 1024) or `512M` (megabytes)");
    assertThat(ds.get(2).message()).contains("in tier `web` of scenario `peak`");
  }

  @Test
  void aSuffixOrAnAmountOfAMebibyteOrMoreIsTakenAsWritten() {
    List<Diagnostic> ds = diagnostics("""
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata:
          name: shop
        tiers:
          web:
            image: nginx:1.27
            resources:
              requests: { cpu: 500, memory: 1048576 }
              limits: { memory: 512Ki }
            replicas: 2
          api:
            image: nginx:1.27
            resources:
              requests: { memory: 1e3 }
            replicas: 1
        """);
    assertThat(ds).extracting(Diagnostic::code).doesNotContain(Code.MEMORY_WITHOUT_UNIT);
  }

  private static List<Diagnostic> diagnostics(String yaml) {
    return Fixtures.withoutPodResourceWarnings(Generator.validate(new SpecSource("scaling.yaml", yaml)).diagnostics());
  }
}
