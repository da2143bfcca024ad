package dev.scalegen.core.validate.rules;

import static dev.scalegen.core.validate.rules.PodRuleFixture.diagnostics;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Code;
import org.junit.jupiter.api.Test;

class ZoneSpreadRuleTest {

  @Test
  void aTierThatMayRunOnePodInAnySetIsWarnedOnceAtItsZoneSpread() {
    assertThat(diagnostics(Code.ZONE_SPREAD_SINGLE_POD, """
        tiers:
          one: { image: a:1, replicas: 1, zoneSpread: true }
          two: { image: a:1, replicas: 2, zoneSpread: true }
          night: { image: a:1, replicas: 3, zoneSpread: { maxSkew: 1 } }
          quiet: { image: a:1, replicas: 3, zoneSpread: true }
          off: { image: a:1, replicas: 1, zoneSpread: false }
        schedules:
          night:
            window: { from: "22:00", to: "06:00", timeZone: UTC }
            set: { night: { replicas: 1 } }
        scenarios:
          calm: { tiers: { quiet: { replicas: 1 }, one: { replicas: 1 } } }
        """)).extracting(d -> d.location().specPath() + " " + d.message().replaceAll(".*single pod \\((.*)\\).*", "$1"))
        .containsExactly("/tiers/one/zoneSpread `replicas`", "/tiers/night/zoneSpread schedule `night`'s `replicas`",
            "/tiers/quiet/zoneSpread `replicas` in scenario `calm`");
  }
}
