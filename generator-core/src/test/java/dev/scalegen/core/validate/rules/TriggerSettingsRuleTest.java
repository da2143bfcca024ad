package dev.scalegen.core.validate.rules;

import static dev.scalegen.core.validate.rules.KedaRuleFixture.reported;
import static dev.scalegen.core.validate.rules.KedaRuleFixture.spec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class TriggerSettingsRuleTest {

  @Test
  void settingsOfAnotherTypeAndMissingOnesAreErrors() {
    List<Diagnostic> ds = reported(spec("""
        engine: keda
        min: 1
        max: 10
        triggers:
          - { type: redis-list, queue: q, target: 5 }
          - { type: rabbitmq, queue: q, region: eu-west-1, target: 5 }
        """, ""), Code.TRIGGER_SETTING);
    assertThat(ds).extracting(Diagnostic::message).containsExactlyInAnyOrder(
        "the `redis-list` trigger has no `list`",
        "the `redis-list` trigger has no `address`",
        "`queue` is not a setting of the `redis-list` trigger",
        "`region` is not a setting of the `rabbitmq` trigger",
        "the `rabbitmq` trigger has no `auth.keys.host`: its scaler reads the server's address, with its credentials,"
            + " from a Secret");
  }

  @Test
  void anAddressFromTheSecretAndKnownParametersPass() {
    assertThat(reported(spec("""
        engine: keda
        min: 1
        max: 10
        triggers:
          - { type: redis-list, list: q, target: 5, auth: { secret: r, keys: { address: a, password: p } } }
          - type: aws-sqs
            queueURL: https://sqs.eu-west-1.amazonaws.com/1/q
            region: eu-west-1
            target: 5
            auth: { secret: s, keys: { awsAccessKeyID: id, awsSecretAccessKey: key } }
        """, ""), Code.TRIGGER_SETTING)).isEmpty();
  }

  @Test
  void anAuthParameterTheScalerDoesNotReadIsAnErrorAtItsKey() {
    List<Diagnostic> ds = reported(spec("""
        engine: keda
        min: 1
        max: 10
        triggers:
          - { type: redis-list, address: "r:6379", list: q, target: 5, auth: { secret: r, keys: { pasword: p } } }
        """, ""), Code.TRIGGER_SETTING);
    assertThat(ds).singleElement().satisfies(d -> {
      assertThat(d.message()).isEqualTo("`auth.keys.pasword` is not a parameter of the `redis-list` trigger");
      assertThat(d.hint()).contains("address, username, password");
    });
  }
}
