package dev.scalegen.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Yaml11ScalarsTest {

  @Test
  void readsEachPartAsADigitOfBase60() {
    assertThat(Yaml11Scalars.value("22:00", true)).isEqualTo("1320");
    assertThat(Yaml11Scalars.value("1:30", true)).isEqualTo("90");
    assertThat(Yaml11Scalars.value("190:20:30", true)).isEqualTo("685230");
    assertThat(Yaml11Scalars.value("-1:0", true)).isEqualTo("-60");
    assertThat(Yaml11Scalars.value("1_0:00", true)).isEqualTo("600");
  }

  @Test
  void readsTheFloatFormWithItsFraction() {
    assertThat(Yaml11Scalars.value("190:20:30.15", false)).isEqualTo("685230.15");
    assertThat(Yaml11Scalars.value("1:30.", false)).isEqualTo("90.0");
  }
}
