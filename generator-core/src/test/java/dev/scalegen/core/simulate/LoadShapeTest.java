package dev.scalegen.core.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoadShapeTest {

  private static LoadShape shape(String text) {
    LoadShape.Parsed parsed = LoadShape.parse(text);
    assertThat(parsed.problem()).as(text).isNull();
    return parsed.shape();
  }

  @Test
  void spike10xIsTheGuidesStepToTenTimesAtOneMinute() {
    LoadShape s = shape("spike10x");
    assertThat(s.multiples()).isTrue();
    assertThat(s.level(Duration.ofSeconds(59), 0)).isEqualTo(1);
    assertThat(s.level(Duration.ofMinutes(1), 0)).isEqualTo(10);
    assertThat(s.defaultLength()).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void aRampRisesInAStraightLineBetweenItsTimes() {
    LoadShape s = shape("ramp:10..70@1m..11m");
    assertThat(s.multiples()).isFalse();
    assertThat(s.level(Duration.ofMinutes(1), 0)).isEqualTo(10);
    assertThat(s.level(Duration.ofMinutes(6), 0)).isCloseTo(40, within(1e-9));
    assertThat(s.level(Duration.ofHours(1), 0)).isEqualTo(70);
    assertThat(s.defaultLength()).isEqualTo(Duration.ofMinutes(30));
    assertThat(shape("ramp:1x..2x@5m..65m").defaultLength()).isEqualTo(Duration.ofMinutes(75));
  }

  @Test
  void theDailyWaveIsLowestAtFourAndHighestAtSixteenOnTheSimulatedClock() {
    LoadShape s = shape("wave:1x..4x");
    long fourOClock = 4 * 3600;
    assertThat(s.level(Duration.ZERO, fourOClock)).isCloseTo(1, within(1e-9));
    assertThat(s.level(Duration.ofHours(12), fourOClock)).isCloseTo(4, within(1e-9));
    assertThat(s.level(Duration.ofHours(6), fourOClock)).isCloseTo(2.5, within(1e-9));
    assertThat(s.defaultLength()).isEqualTo(Duration.ofDays(1));
  }

  @Test
  void badShapesSayWhatIsWrong() {
    assertThat(LoadShape.parse("spike5x").problem()).startsWith("is not a load shape (spike10x, step:1x..10x@1m");
    assertThat(LoadShape.parse("step:1x..70@1m").problem()).startsWith("mixes a multiple of the base traffic and cores");
    assertThat(LoadShape.parse("ramp:1x..2x@5m..1m").problem()).isEqualTo("ends its ramp at 1m, not after it starts at 5m");
    assertThat(LoadShape.parse("step:1x..2x@5 min").shape()).isNull();
  }

  @Test
  void durationsReadAndPrintLikeTheSpec() {
    assertThat(DurationText.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
    assertThat(DurationText.parse("7d")).isEqualTo(Duration.ofDays(7));
    assertThat(DurationText.parse("90")).isNull();
    assertThat(DurationText.format(Duration.ofSeconds(150))).isEqualTo("2m30s");
    assertThat(DurationText.format(Duration.ofSeconds(93_600))).isEqualTo("1d2h");
  }
}
