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

class GeneratedNameLengthRuleTest {

  /** A spec of app {@code app} with a tier {@code tier} on line 5 and a schedule {@code schedule} on line 8. */
  private static List<Diagnostic> validate(String app, String tier, boolean stateful, String schedule) {
    String yaml = """
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata: { name: %s }
        tiers:
          %s: { image: "redis:7.2", replicas: 1, stateful: %s }
        schedules:
          # a schedule
          %s:
            window: { from: "22:00", to: "06:00", timeZone: UTC }
            set: { %s: { replicas: 0 } }
        """.formatted(app, tier, stateful, schedule, tier);
    // (The stateful tiers here do not say whether they write: SG235 is StatefulTierRuleTest's.)
    return Fixtures.withoutPodResourceWarnings(Generator.validate(new SpecSource("scaling.yaml", yaml)).diagnostics()).stream()
        .filter(d -> d.code() != Code.STATEFUL_READ_ONLY).toList();
  }

  @Test
  void namesWithinTheirLimitsPass() {
    // docvault- (9) + 54 = 63; docvault- + 43 = 52 for a StatefulSet; docvault- + 37 + -enter = 52
    assertThat(validate("docvault", "w".repeat(54), false, "s".repeat(37))).isEmpty();
    assertThat(validate("docvault", "r".repeat(43), true, "night")).isEmpty();
  }

  @Test
  void aWorkloadNameOverSixtyThreeIsReportedAtTheTierKey() {
    String tier = "w".repeat(55);
    assertThat(validate("docvault", tier, false, "night")).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Code.NAME_TOO_LONG);
      assertThat(d.severity()).isEqualTo(Severity.ERROR);
      assertThat(d.location().line() + ":" + d.location().column()).isEqualTo("5:3");
      assertThat(d.message()).isEqualTo("generated name `docvault-" + tier
          + "` (workload, HPA, PDB, Service) is 64 characters; these names are limited to 63, since they are also label values");
      assertThat(d.hint()).isEqualTo("shorten the tier or application name by 1 character");
    });
  }

  @Test
  void aStatefulSetNameIsLimitedToFiftyTwo() {
    String tier = "r".repeat(46);
    assertThat(validate("docvault", tier, true, "night")).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Code.NAME_TOO_LONG);
      assertThat(d.message()).startsWith("StatefulSet name `docvault-" + tier + "` is 55 characters; StatefulSet names are limited to 52");
      assertThat(d.message()).contains("controller-revision-hash");
      assertThat(d.hint()).isEqualTo("shorten the tier or application name by 3 characters");
    });
  }

  @Test
  void aCronJobNameIsLimitedToFiftyTwoAtTheScheduleKey() {
    assertThat(validate("docvault", "web", false, "nightly-maintenance-window-for-reports")).singleElement()
        .satisfies(d -> {
          assertThat(d.code()).isEqualTo(Code.NAME_TOO_LONG);
          assertThat(d.location().line() + ":" + d.location().column()).isEqualTo("8:3");
          assertThat(d.message()).isEqualTo("CronJob name `docvault-nightly-maintenance-window-for-reports-enter` is 53"
              + " characters; CronJob names are limited to 52, since the CronJob controller adds 11 characters to name"
              + " their Jobs");
          assertThat(d.hint()).isEqualTo("shorten the schedule or application name by 1 character");
        });
  }

  @Test
  void notReportedForANameThatIsNotALabel() {
    String tier = "W".repeat(70);
    List<Diagnostic> diagnostics = validate("docvault", tier, false, "night");
    assertThat(diagnostics).extracting(Diagnostic::code).containsOnly(Code.BAD_NAME);
    assertThat(validate("Doc_Vault", "w".repeat(60), false, "night"))
        .extracting(Diagnostic::code).containsOnly(Code.BAD_NAME);
  }
}
