package dev.scalegen.core.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Vectors of {@code TestNormalizeDesiredReplicas}, {@code TestNormalizeDesiredReplicasWithBehavior}
 * and {@code TestStoreScaleEvents} in Kubernetes' {@code
 * pkg/controller/podautoscaler/horizontal_test.go} (master of the 1.35 cycle, read at
 * omerap12/kubernetes 060da168). Recommendations and events are given as {value, seconds ago}.
 */
class StabilizationTest {
  private static final long S = 1_000_000_000L;
  private static final long NOW = 100_000 * S;

  static Stream<Arguments> normalizeDesiredReplicas() {
    return Stream.of(
        Arguments.of("empty log", new int[][] {}, 5, 5, 1),
        Arguments.of("stabilize", new int[][] {{4, 120}, {5, 60}}, 3, 5, 3),
        Arguments.of("no stabilize", new int[][] {{1, 120}, {2, 60}}, 3, 3, 3),
        Arguments.of("no stabilize - old recommendations", new int[][] {{10, 600}, {9, 540}}, 3, 3, 2),
        Arguments.of("stabilize - old recommendations", new int[][] {{10, 600}, {4, 60}, {5, 120}, {9, 540}}, 3, 5, 4));
  }

  /** {@code stabilizeRecommendation}, the path of an HPA without behavior (5 minute window). */
  @DisplayName("TestNormalizeDesiredReplicas")
  @ParameterizedTest(name = "{0}")
  @MethodSource
  void normalizeDesiredReplicas(String name, int[][] recs, int desired, int expected, int expectedLogLength) {
    Recommendations recommendations = history(recs);
    assertThat(recommendations.stabilizeDown(desired, 300 * S, NOW)).isEqualTo(expected);
    assertThat(recommendations.values()).hasSize(expectedLogLength);
  }

  static Stream<Arguments> normalizeDesiredReplicasWithBehavior() {
    int[][] r45 = {{4, 120}, {5, 60}};
    int[][] old109 = {{10, 600}, {9, 540}};
    return Stream.of(
        b("empty recommendations for scaling down", new int[][] {}, 100, 5, 0, 0, 5, List.of(5)),
        b("simple scale down stabilization", r45, 100, 3, 0, 180, 5, List.of(4, 5, 3)),
        b("simple scale up stabilization", r45, 1, 7, 300, 0, 4, List.of(4, 5, 7)),
        b("no scale down stabilization", new int[][] {{1, 120}, {2, 60}}, 100, 3, 300, 0, 3, List.of(1, 2, 3)),
        b("no scale up stabilization", r45, 1, 3, 0, 300, 3, List.of(4, 5, 3)),
        b("no scale down stabilization, reuse recommendation element", old109, 100, 3, 0, 0, 3, List.of(10, 3)),
        b("no scale up stabilization, reuse recommendation element", old109, 1, 100, 0, 0, 100, List.of(10, 100)),
        b("scale down stabilization, reuse one of obsolete recommendation element",
            new int[][] {{10, 600}, {4, 60}, {5, 120}, {9, 540}}, 100, 3, 0, 180, 5, List.of(10, 4, 5, 3)),
        b("scale up stabilization, reuse one of obsolete recommendation element",
            new int[][] {{10, 6000}, {6, 60}, {5, 120}, {9, 180}}, 1, 100, 300, 0, 5, List.of(100, 6, 5, 9)),
        b("scale up and down stabilization, do not scale up when prenormalized rec goes down",
            new int[][] {{2, 6000}, {3, 180}}, 2, 1, 300, 300, 2, null),
        b("scale up and down stabilization, do not scale down when prenormalized rec goes up",
            new int[][] {{2, 6000}, {1, 180}}, 2, 3, 300, 300, 2, null));
  }

  /** {@code stabilizeRecommendationWithBehaviors}. */
  @DisplayName("TestNormalizeDesiredReplicasWithBehavior")
  @ParameterizedTest(name = "{0}")
  @MethodSource
  void normalizeDesiredReplicasWithBehavior(String name, int[][] recs, int current, int desired, int upWindow,
      int downWindow, int expected, List<Integer> expectedRecommendations) {
    Recommendations recommendations = history(recs);
    assertThat(recommendations.stabilize(desired, current, upWindow * S, downWindow * S, NOW)).isEqualTo(expected);
    if (expectedRecommendations != null) {
      assertThat(recommendations.values()).containsExactlyElementsOf(expectedRecommendations);
    }
  }

  static Stream<Arguments> storeScaleEvents() {
    return Stream.of(
        Arguments.of("empty entries with two-policy-behavior", new int[][] {}, 60, 0, new int[][] {{5, 0}}),
        Arguments.of("one outdated entry to be replaced with behavior", new int[][] {{7, 61}}, 60, 0, new int[][] {{5, 0}}),
        Arguments.of("one actual entry to be not touched with behavior", new int[][] {{7, 58}}, 60, 7,
            new int[][] {{7, 0}, {5, 0}}),
        Arguments.of("two entries, one of them to be replaced", new int[][] {{7, 61}, {6, 59}}, 60, 6,
            new int[][] {{5, 0}, {6, 0}}),
        Arguments.of("replace one entry, use policies with different periods",
            new int[][] {{8, 29}, {6, 59}, {7, 61}, {9, 61}}, 60, 14, new int[][] {{8, 0}, {6, 0}, {7, 1}, {5, 0}}),
        Arguments.of("two entries, both actual", new int[][] {{7, 58}, {6, 59}}, 120, 13,
            new int[][] {{7, 0}, {6, 0}, {5, 0}}));
  }

  /**
   * {@code storeScaleEvent} and {@code getReplicasChangePerPeriod(60, ...)}: a change of 5 stored with
   * the behavior's longest policy period; expected events are {change, outdated}.
   */
  @DisplayName("TestStoreScaleEvents")
  @ParameterizedTest(name = "{0}")
  @MethodSource
  void storeScaleEvents(String name, int[][] previous, int longestPeriod, int expectedChange, int[][] expected) {
    ScaleEvents events = new ScaleEvents();
    for (int[] event : previous) {
      events.store(event[0], NOW - event[1] * S, 1_000_000);
    }
    assertThat(events.changeInPeriod(60, NOW)).isEqualTo(expectedChange);
    events.store(5, NOW, longestPeriod);
    assertThat(events.size()).isEqualTo(expected.length);
    for (int i = 0; i < expected.length; i++) {
      assertThat(events.change(i)).as("change %d", i).isEqualTo(expected[i][0]);
      assertThat(events.outdated(i)).as("outdated %d", i).isEqualTo(expected[i][1] == 1);
    }
  }

  private static Recommendations history(int[][] recs) {
    Recommendations recommendations = new Recommendations();
    recommendations.markKnown();
    for (int[] rec : recs) {
      recommendations.add(rec[0], NOW - rec[1] * S);
    }
    return recommendations;
  }

  private static Arguments b(String name, int[][] recs, int current, int desired, int up, int down, int expected,
      List<Integer> expectedRecs) {
    return Arguments.of(name, recs, current, desired, up, down, expected, expectedRecs);
  }
}
