package dev.scalegen.core.validate.rules;

import static dev.scalegen.core.validate.rules.PodRuleFixture.at;
import static dev.scalegen.core.validate.rules.PodRuleFixture.diagnostics;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Code;
import org.junit.jupiter.api.Test;

class MountPathRuleTest {

  @Test
  void twoVolumesAtOnePathAreAnErrorAtTheSecond() {
    assertThat(diagnostics(Code.MOUNT_CONFLICT, """
        tiers:
          db:
            image: postgres:16
            stateful: true
            replicas: 1
            storage:
              data: { size: 1Gi, mountPath: /data }
              wal: { size: 1Gi, mountPath: /data/ }
        """)).singleElement().satisfies(d -> {
          assertThat(at(d)).isEqualTo("11:36");
          assertThat(d.message()).contains("`storage.wal`", "`/data/`", "`storage.data`");
        });
  }

  @Test
  void nestedPathsAreFine() {
    assertThat(diagnostics(Code.MOUNT_CONFLICT, """
        tiers:
          db:
            image: postgres:16
            stateful: true
            replicas: 1
            storage:
              data: { size: 1Gi, mountPath: /data }
              wal: { size: 1Gi, mountPath: /data/wal }
        """)).isEmpty();
  }
}
