package dev.scalegen.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Fixtures;
import dev.scalegen.core.Generator;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.Location;
import dev.scalegen.core.spec.SpecSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class CascadesTest {

  private static final String HEAD = "apiVersion: scalegen.dev/v1\nkind: ScalingSpec\nmetadata:\n  name: shop\ntiers:\n";

  @Test
  void aMisspeltScaleKeyIsReportedAloneNotAlsoAsNeitherReplicasNorAutoscaling() {
    assertThat(codes("  web:\n    image: nginx:1.27\n    autoscling: { min: 2, max: 5 }\n")).containsExactly("SG101 8:5");
    assertThat(codes("  web:\n    image: nginx:1.27\n    replica: 2\n")).containsExactly("SG101 8:5");
  }

  @Test
  void anUnknownKeyThatIsNoMisspellingOfTheMissingFieldLeavesBothReported() {
    assertThat(codes("  web:\n    image: nginx:1.27\n    foo: 2\n")).containsExactly("SG204 6:3", "SG101 8:5");
    assertThat(codes("  web:\n    foo: nginx:1.27\n    replicas: 2\n")).containsExactly("SG102 6:3", "SG101 7:5");
  }

  @Test
  void eachTierIsJudgedByItsOwnUnknownKeys() {
    // Decided once per field of each mapping, not once per field's name: `web`'s misspelling does
    // not hide `api`'s SG204, whose own unknown key is no misspelling of `replicas` or `autoscaling`.
    assertThat(codes("  web:\n    image: nginx:1.27\n    replica: 2\n  api:\n    image: nginx:1.27\n    foo: 2\n"
        + "  db:\n    image: nginx:1.27\n    autoscling: { min: 2, max: 5 }\n"))
        .containsExactly("SG101 8:5", "SG204 9:3", "SG101 11:5", "SG101 14:5");
  }

  @Test
  void aMisspeltRequiredKeyIsReportedAloneNotAlsoAsMissing() {
    assertThat(codes("  web:\n    imag: nginx:1.27\n    replicas: 2\n")).containsExactly("SG101 7:5");
  }

  @Test
  void aMissingKeyIsLocatedAtItsMappingAndNamedByItsOwnPath() {
    List<Diagnostic> ds = diagnostics("  web:\n    replicas: 2\n");
    assertThat(ds).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Code.MISSING_KEY);
      assertThat(d.location().line()).isEqualTo(6);
      assertThat(d.location().specPath()).isEqualTo("/tiers/web/image");
    });
  }

  @Test
  void aMisspeltOrWrongParentOfARequestDropsTheTargetWithoutRequest() {
    String target = "    autoscaling: { min: 2, max: 5, cpu: 70% }\n";
    assertThat(codes("  web:\n    image: nginx:1.27\n    resorces: { requests: { cpu: 1 } }\n" + target))
        .containsExactly("SG101 8:5");
    assertThat(codes("  web:\n    image: nginx:1.27\n    resources: { requets: { cpu: 1 } }\n" + target))
        .containsExactly("SG101 8:18");
    assertThat(codes("  web:\n    image: nginx:1.27\n    resources: { requests: 1 }\n" + target))
        .containsExactly("SG103 8:28");
    assertThat(codes("  web:\n    image: nginx:1.27\n" + target)).containsExactly("SG205 8:41");
  }

  @Test
  void aMisspeltWindowIsReportedAloneNotAlsoAsAScheduleThatNeverApplies() {
    assertThat(codes("  web:\n    image: nginx:1.27\n    replicas: 4\nschedules:\n  night:\n"
        + "    windw: { from: \"22:00\", to: \"06:00\", timeZone: UTC }\n    set: { web: { replicas: 2 } }\n"))
        .containsExactly("SG101 11:5");
  }

  @Test
  void misspeltWorkerAndPoolFieldsAreReportedAloneNotAlsoAsIncomplete() {
    assertThat(codes("  web: { image: nginx, replicas: 2, workers: { count: 4, ag: --workers } }\n"))
        .containsExactly("SG101 6:58");
    assertThat(codes("  web: { image: nginx, command: [app], replicas: 2, workers: { count: 4, evn: WORKERS } }\n"))
        .containsExactly("SG101 6:74");
    assertThat(codes("  web: { image: nginx, comand: [app], replicas: 2, workers: { count: 4, arg: --workers } }\n"))
        .containsExactly("SG101 6:24");
    assertThat(codes("  web: { image: nginx, replicas: 2, placement: { pool: spot } }\n"
        + "nodePools:\n  spot: { preset: custom, nodeLabl: { a: b } }\n")).containsExactly("SG101 8:27");
  }

  @Test
  void aServiceOnATierWhosePortIsMisspeltOrRefusedIsNotAlsoAServiceWithoutPort() {
    assertThat(codes("  web:\n    image: nginx:1.27\n    replicas: 2\n    prot: 8080\n    service: { portName: http }\n"))
        .containsExactly("SG101 9:5");
    assertThat(codes("  web:\n    image: nginx:1.27\n    replicas: 2\n    port: 99999\n    service: { portName: http }\n"))
        .containsExactly("SG106 9:11");
    assertThat(codes("  web:\n    image: nginx:1.27\n    replicas: 2\n    service: { portName: http }\n"))
        .containsExactly("SG250 9:5");
  }

  @Test
  void aProbeWhoseActionIsMisspeltOrRefusedIsNotAlsoAProbeWithoutAction() {
    assertThat(codes("  web:\n    image: nginx:1.27\n    replicas: 2\n    probes: { liveness: { htp: /health } }\n"))
        .containsExactly("SG101 9:27");
    assertThat(codes("  web:\n    image: nginx:1.27\n    replicas: 2\n    probes: { liveness: { tcp: 99999 } }\n"))
        .containsExactly("SG106 9:32");
    assertThat(codes("  web:\n    image: nginx:1.27\n    replicas: 2\n    probes: { liveness: { periodSeconds: 5 } }\n"))
        .containsExactly("SG254 9:15");
    assertThat(codes("  web:\n    image: nginx:1.27\n    replicas: 2\n    probes: { liveness: { grpc: http } }\n"))
        .containsExactly("SG103 9:33");
  }

  @Test
  void aMisspeltGracePeriodIsReportedAloneNotAlsoAsTheDefault() {
    assertThat(codes("  web:\n    image: nginx:1.27\n    replicas: 2\n    terminationGracePeriodSecond: 60\n"
        + "    preStopSleepSeconds: 40\n")).containsExactly("SG101 9:5");
  }

  @Test
  void theLeadingErrorIsTheFirstRootCauseElseTheFirstError() {
    Diagnostic semantic = at(Code.REPLICAS_AND_AUTOSCALING, 3);
    Diagnostic schema = at(Code.UNKNOWN_KEY, 9);
    Diagnostic warning = at(Code.MEMORY_WITHOUT_UNIT, 1);
    assertThat(Cascades.leadingError(List.of(warning, semantic, schema))).contains(schema);
    assertThat(Cascades.leadingError(List.of(warning, semantic))).contains(semantic);
    assertThat(Cascades.leadingError(List.of(warning))).isEmpty();
  }

  @Test
  void aListWithoutCausesIsReturnedAsItIs() {
    List<Diagnostic> ds = List.of(at(Code.REPLICAS_AND_AUTOSCALING, 3), at(Code.NO_SCALE, 5));
    assertThat(Cascades.withoutFollowOns(ds)).isSameAs(ds);
  }

  private static Diagnostic at(Code code, int line) {
    return Diagnostic.of(code, new Location("s.yaml", line, 1, "/tiers/t" + line), "m", "");
  }

  private static List<String> codes(String tiers) {
    return diagnostics(tiers).stream().map(d -> d.code().id() + " " + d.location().line() + ":" + d.location().column())
        .toList();
  }

  private static List<Diagnostic> diagnostics(String tiers) {
    return Fixtures.withoutPodWarnings(Generator.validate(new SpecSource("scaling.yaml", HEAD + tiers)).diagnostics());
  }
}
