package dev.scalegen.core.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZoneChangesTest {

  private static LocalDate day(ZoneOffsetTransition change) {
    return change.getDateTimeBefore().toLocalDate();
  }

  @Test
  void aZoneWithRulesOnAWeekdayIsFollowedForTwoYearsFrom2026() {
    List<ZoneOffsetTransition> changes = ZoneChanges.of(ZoneId.of("Europe/Berlin"));
    assertThat(changes).extracting(ZoneChangesTest::day).containsExactly(
        LocalDate.of(2026, 3, 29), LocalDate.of(2026, 10, 25), LocalDate.of(2027, 3, 28), LocalDate.of(2027, 10, 31));
    assertThat(changes).allSatisfy(c -> assertThat(ZoneChanges.ruleOf(ZoneId.of("Europe/Berlin"), c)).isNotNull());
  }

  /** Casablanca lists its changes up to 2087 and has no rule: every one of them, none made by a rule. */
  @Test
  void aZoneThatListsItsChangesGivesAllOfThemFrom2026() {
    ZoneId casablanca = ZoneId.of("Africa/Casablanca");
    List<ZoneOffsetTransition> changes = ZoneChanges.of(casablanca);
    assertThat(day(changes.get(0))).isEqualTo(LocalDate.of(2026, 2, 15));
    assertThat(day(changes.get(changes.size() - 1)).getYear()).isEqualTo(2087);
    assertThat(changes).hasSizeGreaterThan(100).allSatisfy(c -> assertThat(ZoneChanges.ruleOf(casablanca, c)).isNull());
  }

  @Test
  void zonesWithoutChangesHaveNone() {
    assertThat(ZoneChanges.of(ZoneId.of("UTC"))).isEmpty();
    assertThat(ZoneChanges.of(ZoneId.of("Asia/Tokyo"))).isEmpty();
    assertThat(ZoneChanges.of(ZoneOffset.ofHours(2))).isEmpty();
  }

  @Test
  void byZoneComputesEachZonesChangesOncePerInstance() {
    ZoneChanges.ByZone zones = new ZoneChanges.ByZone();
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    List<ZoneOffsetTransition> first = zones.of(berlin);
    assertThat(first).isEqualTo(ZoneChanges.of(berlin));
    assertThat(zones.of(ZoneId.of("Europe/Berlin"))).isSameAs(first);
    assertThat(zones.of(ZoneId.of("UTC"))).isEmpty();
    // A new instance (another validation or compile call) computes them again: nothing is shared.
    assertThat(new ZoneChanges.ByZone().of(berlin)).isNotSameAs(first).isEqualTo(first);
  }
}
