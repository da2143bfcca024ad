package dev.scalegen.core.emit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

class QuotingSchemaTest {

  /** What manifests hold stays plain; what YAML 1.1 or 1.2 would read as anything else is quoted. */
  @Test
  void onlyWhatEveryYamlReadsAsTextIsAString() {
    for (String text : List.of("a", "web", "Europe/Berlin", "é", "64Mi", "500m", "2.5Gi", "70%", "12h", "--workers",
        "--type=merge", "-A", "/tmp", "0 22 * * 1-5", "3.0.0-rc1", "1.27-alpine", "0x1G", "t", "f", "~x")) {
      assertThat(QuotingSchema.resolve(text)).as(text).isEqualTo(Tag.STR);
    }
    for (String other : List.of("", "~", "null", "Null", "yes", "no", "y", "N", "on", "off", "True", "0755", "007",
        "1:30", "12:30:00", "2026-01-01", "2026-01-01T10:00:00Z", "0.0.0.0", "1.2.3", "1_000", "0x1F", "0o17",
        "0b101", "1.5", "1e3", "-1", "+12", "-.5", ".inf", "-.inf", ".nan", "<<", "=")) {
      assertThat(QuotingSchema.resolve(other)).as(other).isNotEqualTo(Tag.STR);
    }
    for (int i = 0; i < 2000; i++) {
      assertThat(QuotingSchema.resolve(Integer.toString(i))).isEqualTo(Tag.INT);
    }
  }

  @Test
  void aPlainDecimalIsAnIntegerAndWordsThatEveryYamlReadsAsTextAreStrings() {
    assertThat(QuotingSchema.resolve("8080")).isEqualTo(Tag.INT);
    assertThat(QuotingSchema.resolve("0755")).isNotEqualTo(Tag.STR);
    assertThat(QuotingSchema.resolve("backend")).isEqualTo(Tag.STR);
    assertThat(QuotingSchema.resolve("on")).isEqualTo(Tag.BOOL);
  }

  /** The memo a generation writes with answers as the schema does, the first time and every time after. */
  @Test
  void theMemoizedResolverAnswersAsTheSchemaDoes() {
    ScalarResolver memo = QuotingSchema.memoized();
    ScalarResolver schema = new QuotingSchema().getScalarResolver();
    List<String> texts = List.of("a", "yes", "0755", "8000", "", "~", "1:30", "2026-01-01", "2.3.1", "web", "x\ny", "on");
    for (int round = 0; round < 2; round++) {
      for (String text : texts) {
        assertThat(memo.resolve(text, true)).as(text).isEqualTo(schema.resolve(text, true));
        assertThat(memo.resolve(text, false)).as(text).isEqualTo(schema.resolve(text, false)).isEqualTo(Tag.STR);
      }
    }
  }
}
