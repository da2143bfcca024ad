package dev.scalegen.core.emit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.nodes.Tag;

class QuotingSchemaTest {

  /**
   * The writer asks whether a string would read back as a string and an integer as an integer (a
   * boolean's text is only ever {@code true} or {@code false}): on those two questions the
   * shortcuts must answer as the regular expressions do.
   */
  @Test
  void theShortcutsAgreeWithTheRegularExpressions() {
    List<String> values = new ArrayList<>(List.of("", "0", "00", "007", "0755", "1", "9", "10", "70", "65535",
        "123456789012345678901234567890", "-1", "+1", "1.5", "1e3", "0x1F", "0o17", "1_000", "1:30", "12:30:00",
        "2026-01-01", "yes", "no", "on", "off", "y", "n", "true", "True", "null", "~", "2Gi", "500m", "70%",
        "--workers", "0.0.0.0", "1.2.3", ".inf", ".nan", "<<", "=", "a", "web", "Europe/Berlin", "é", "Ünïcode",
        // what manifests hold, and near misses of each shortcut
        "/tmp", "/", "*", "{}", "[a]", "@x", "%", "!x", "&a", "|", ">", "#", "'", "\"", " ", " 1", "\0", "\0x",
        "0 22 * * 1-5", "64Mi", "10m", "1Gi", "2.5Gi", "3.0.0-rc1", "1.27-alpine", "12h", "1e3x", "0x1G", "0x1F",
        "0b101", "0o17x", "1_000_000", "12:30", "1:2:3", "2026-01-01T10:00:00Z", "2026-1-1 10:00", "1234-",
        "12345", "1234-5", "--type=merge", "--patch={\"spec\":{\"minReplicas\":2}}", "-A", "-", "+", "--",
        "-.inf", "+.inf", "-.5", "+.5", "-1e3", "+12", "-0x1F", "-A1", "-a", "-e", "-e1", "${FOO}", "$HOME", "$",
        "~", "~x", "<", "<<x", "==", "Null", "NULL", "n", "N", "t", "f"));
    for (int i = 0; i < 2000; i++) {
      values.add(Integer.toString(i));
    }
    for (String value : values) {
      Tag fast = QuotingSchema.resolve(value);
      Tag slow = QuotingSchema.byPatterns(value);
      assertThat(fast.equals(Tag.STR)).as("a string: %s", value).isEqualTo(slow.equals(Tag.STR));
      assertThat(fast.equals(Tag.INT)).as("an integer: %s", value).isEqualTo(slow.equals(Tag.INT));
    }
  }

  @Test
  void aPlainDecimalIsAnIntegerAndWordsThatEveryYamlReadsAsTextAreStrings() {
    assertThat(QuotingSchema.resolve("8080")).isEqualTo(Tag.INT);
    assertThat(QuotingSchema.resolve("0755")).isNotEqualTo(Tag.STR);
    assertThat(QuotingSchema.resolve("backend")).isEqualTo(Tag.STR);
    assertThat(QuotingSchema.resolve("on")).isEqualTo(Tag.BOOL);
  }
}
