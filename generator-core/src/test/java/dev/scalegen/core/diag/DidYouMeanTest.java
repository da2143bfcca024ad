package dev.scalegen.core.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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
    assertThat(DidYouMean.among(KEYS).suggestions("")).isEmpty();
  }

  @Test
  void suggestsOnlyTheNearestAndAtMostThreeOfThemAlphabetically() {
    List<String> tiers = List.of("web-4", "web-3", "web-2", "web-1", "web-10");
    assertThat(DidYouMean.among(tiers).suggestions("web-9")).containsExactly("web-1", "web-2", "web-3");
    assertThat(DidYouMean.hint("web-9", tiers)).isEqualTo("did you mean `web-1`, `web-2` or `web-3`?");
    assertThat(DidYouMean.hint("web-", List.of("web-2", "web-1"))).isEqualTo("did you mean `web-1` or `web-2`?");
    assertThat(DidYouMean.among(tiers).suggestions("web-10")).containsExactly("web-10");
  }

  @Test
  void listsAtMostTenNamesAndCountsTheRest() {
    assertThat(DidYouMean.names(List.of("a", "b"))).isEqualTo("`a`, `b`");
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      many.add("t" + i);
    }
    assertThat(DidYouMean.names(many)).isEqualTo("`t0`, `t1`, `t2`, `t3`, `t4`, `t5`, `t6`, `t7`, `t8`, `t9` and 990 more");
  }
}
