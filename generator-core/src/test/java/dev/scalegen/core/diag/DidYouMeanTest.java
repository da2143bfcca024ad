package dev.scalegen.core.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {
  private static final List<String> KEYS = List.of("image", "replicas", "autoscaling", "resources", "workers");

  @Test
  void suggestsTheClosestKeyForTyposSwapsAndCase() {
    assertThat(DidYouMean.closest("autoscalng", KEYS)).isEqualTo("autoscaling");
    assertThat(DidYouMean.closest("replcias", KEYS)).isEqualTo("replicas");
    assertThat(DidYouMean.closest("Image", KEYS)).isEqualTo("image");
    assertThat(DidYouMean.hint("workrs", KEYS)).isEqualTo("did you mean `workers`?");
  }

  @Test
  void staysSilentWhenNothingIsClose() {
    assertThat(DidYouMean.closest("foo", KEYS)).isNull();
    assertThat(DidYouMean.hint("completely-different", KEYS)).isEmpty();
  }

  @Test
  void countsAnAdjacentSwapAsOneEdit() {
    assertThat(DidYouMean.distance("ab", "ba")).isEqualTo(1);
    assertThat(DidYouMean.distance("kitten", "sitting")).isEqualTo(3);
  }
}
