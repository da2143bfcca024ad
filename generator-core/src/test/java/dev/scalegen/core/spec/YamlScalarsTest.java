package dev.scalegen.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.spec.YamlScalars.Kind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

class YamlScalarsTest {

  private static final ScalarResolver CORE = new CoreScalarResolver(true);

  /** snakeyaml-engine's answer, as a kind (its environment-variable tag is a string to us). */
  private static Kind core(String s) {
    Tag tag = CORE.resolve(s, true);
    return YamlScalars.kind(tag);
  }

  @Test
  void resolvesPlainScalarsExactlyAsTheCoreSchemaDoes() {
    List<String> texts = new ArrayList<>(List.of("", " ", "~", "null", "Null", "NULL", "nULL", "true", "True", "TRUE",
        "tRUE", "false", "False", "FALSE", "yes", "no", "on", "off", "<<", "<", "<<<", "0", "-0", "+0", "007", "0o17",
        "0o8", "0o", "0x1F", "0X1F", "0x", "0xg", "+0x1", "-0o1", "1_000", ".5", "-.5", "+.5", "1.", "1.e3", "1e3",
        "1E+3", "1e-3", "1e", "e3", ".", "-", "+", ".inf", "-.inf", "+.Inf", ".INF", "-.INF", ".nan", ".NaN", ".NAN",
        "+.nan", "-.nan", ".Nan", "${HOME}", "${A:-b}", "$x", "12\n", "1 ", " 1", "0.0.1", "1..2", "--1", "+-1"));
    Random random = new Random(1);
    String alphabet = "0123456789+-.eExXoOabfFinINtTrRuUlLsS~ <$_";
    for (int i = 0; i < 50_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(7);
      for (int j = 0; j < n; j++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      texts.add(b.toString());
    }
    for (String s : texts) {
      assertThat(YamlScalars.resolve(s)).as("[%s]", s).isEqualTo(core(s));
    }
  }

  @Test
  void convertsValuesAsBefore() {
    assertThat(YamlScalars.value("0755", Kind.INT, true).bigIntegerValue()).isEqualTo(BigInteger.valueOf(755));
    assertThat(YamlScalars.value("+12", Kind.INT, true).bigIntegerValue()).isEqualTo(BigInteger.valueOf(12));
    assertThat(YamlScalars.value("0o17", Kind.INT, true).bigIntegerValue()).isEqualTo(BigInteger.valueOf(15));
    assertThat(YamlScalars.value("0x1F", Kind.INT, true).bigIntegerValue()).isEqualTo(BigInteger.valueOf(31));
    assertThat(YamlScalars.value("123456789012345678901", Kind.INT, true).bigIntegerValue())
        .isEqualTo(new BigInteger("123456789012345678901"));
    assertThat(YamlScalars.value("x", Kind.INT, false).isString()).isTrue();
    assertThat(YamlScalars.value("+1e3", Kind.FLOAT, true).decimalValue()).isEqualTo(new BigDecimal("1e3"));
    assertThat(YamlScalars.value("-.inf", Kind.FLOAT, true).stringValue()).isEqualTo("-.inf");
    assertThat(YamlScalars.value("True", Kind.BOOL, true).booleanValue()).isTrue();
    assertThat(YamlScalars.value("yes", Kind.BOOL, false).booleanValue()).isFalse();
    assertThat(YamlScalars.value("~", Kind.NULL, true).isNull()).isTrue();
    assertThat(YamlScalars.value("<<", Kind.MERGE, true).stringValue()).isEqualTo("<<");
  }
}
