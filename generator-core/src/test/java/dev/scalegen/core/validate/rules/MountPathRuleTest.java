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

  @Test
  void aWritablePathAtAStoragePathOrWithItsVolumeNameIsAnError() {
    assertThat(diagnostics(Code.MOUNT_CONFLICT, """
        tiers:
          db:
            image: postgres:16
            stateful: true
            replicas: 1
            storage:
              data: { size: 1Gi, mountPath: /data }
              writable-1: { size: 1Gi, mountPath: /other }
            writablePaths: [{ path: /tmp }, { path: /data }]
        """)).extracting(d -> d.location().specPath() + " " + d.message()).containsExactlyInAnyOrder(
            "/tiers/db/writablePaths/1/path `writablePaths[1]` on tier `db` mounts at `/data`, where `storage.data` is"
                + " already mounted",
            "/tiers/db/storage/writable-1 storage name `writable-1` on tier `db` is the name of the volume of"
                + " `writablePaths[0]`");
  }
}
