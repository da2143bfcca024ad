package dev.scalegen.core.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DnsLabelTest {

  private static final List<String> NAMES = List.of("", "a", "0", "-", "a-", "-a", "a-b", "a--b", "shop-api", "Shop",
      "a_b", "a.b", "a b", "é", "x".repeat(63), "x".repeat(64));

  @Test
  void validIsThePatternAndTheLengthLimit() {
    Pattern pattern = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    for (String name : NAMES) {
      assertThat(DnsLabel.isValid(name)).as(name)
          .isEqualTo(name.length() <= DnsLabel.MAX_LENGTH && pattern.matcher(name).matches());
    }
  }

  @Test
  void everyInvalidNameHasAProblemAndNoValidOneHas() {
    for (String name : NAMES) {
      assertThat(DnsLabel.problem(name) == null).as(name).isEqualTo(DnsLabel.isValid(name));
    }
    assertThat(DnsLabel.problem("a_b")).isEqualTo("it contains `_`; only lower-case letters, digits and `-` are allowed");
    assertThat(DnsLabel.problem("Shop")).isEqualTo("it contains upper-case letters");
    assertThat(DnsLabel.problem("x".repeat(64))).isEqualTo("it is 64 characters long, over the limit of 63");
  }
}
