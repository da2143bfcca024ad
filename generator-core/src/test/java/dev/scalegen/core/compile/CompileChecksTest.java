package dev.scalegen.core.compile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.validate.rules.DnsLabel;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CompileChecksTest {

  @Test
  void dnsLabelsAreCheckedAsTheKubernetesPatternDoes() {
    Pattern pattern = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    for (String name : List.of("", "a", "0", "-", "a-", "-a", "a-b", "a--b", "shop-api", "Shop", "a_b", "a.b", "a b",
        "é", "x".repeat(80))) {
      assertThat(DnsLabel.hasLabelForm(name)).as(name).isEqualTo(pattern.matcher(name).matches());
    }
  }
}
