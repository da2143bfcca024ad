package dev.scalegen.core.validate.rules;

import static dev.scalegen.core.validate.rules.KedaRuleFixture.reported;
import static dev.scalegen.core.validate.rules.KedaRuleFixture.spec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class CredentialInSpecRuleTest {

  @Test
  void aPasswordInAnAddressIsRefusedWithoutRepeatingIt() {
    List<Diagnostic> ds = reported(spec("""
        engine: keda
        min: 1
        max: 10
        triggers:
          - { type: redis-list, address: "redis://:hunter2@redis:6379", list: q, target: 5 }
          - { type: redis-list, address: "admin:hunter2@redis:6379", list: q2, target: 5 }
        """, ""), Code.CREDENTIAL_IN_SPEC);
    assertThat(ds).hasSize(2).allSatisfy(d -> {
      assertThat(d.message()).doesNotContain("hunter2").contains("`address`", "password");
      assertThat(d.hint()).contains("auth: { secret:");
    });
    assertThat(ds).extracting(KedaRuleFixture::at).containsExactly("14:40", "15:40");
  }

  @Test
  void anAddressWithAPortOrAUrlWithoutUserInformationPasses() {
    assertThat(reported(spec("""
        engine: keda
        min: 1
        max: 10
        triggers:
          - { type: redis-list, address: "redis.shop.svc:6379", list: q, target: 5 }
          - { type: aws-sqs, queueURL: "https://sqs.eu-west-1.amazonaws.com/1/q", region: eu-west-1, target: 5,
              auth: { secret: s, keys: { awsRoleArn: arn } } }
        """, ""), Code.CREDENTIAL_IN_SPEC)).isEmpty();
  }
}
