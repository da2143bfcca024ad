package dev.scalegen.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RolloutTest {

  @Test
  void percentagesRoundAsTheControllersRound() {
    Rollout.Amount quarter = new Rollout.Amount(25, true);
    assertThat(quarter.of(5, true)).isEqualTo(2);
    assertThat(quarter.of(5, false)).isEqualTo(1);
    assertThat(quarter.of(1, true)).isEqualTo(1);
    assertThat(quarter.of(3, false)).isZero();
    assertThat(new Rollout.Amount(100, true).of(Integer.MAX_VALUE, false)).isEqualTo(Integer.MAX_VALUE);
    assertThat(new Rollout.Amount(2, false).of(40, false)).isEqualTo(2);
    assertThat(quarter).hasToString("25%");
  }

  @Test
  void aDeploymentSurgesAQuarterAndStopsNoneByDefault() {
    assertThat(Rollout.NONE.maxSurgeOrDefault()).isEqualTo(new Rollout.Amount(25, true));
    assertThat(Rollout.NONE.deploymentMaxUnavailableOrDefault()).isEqualTo(new Rollout.Amount(0, false));
    assertThat(Rollout.NONE.statefulMaxUnavailableOrDefault()).isEqualTo(new Rollout.Amount(1, false));
  }

  @Test
  void anOverrideReplacesOnlyTheFieldsItSets() {
    Rollout base = new Rollout(new Rollout.Amount(2, false), new Rollout.Amount(1, false), null);
    Rollout merged = base.merge(new Rollout(new Rollout.Amount(50, true), null, null));
    assertThat(merged).isEqualTo(new Rollout(new Rollout.Amount(50, true), new Rollout.Amount(1, false), null));
    assertThat(base.merge(null)).isSameAs(base);
  }
}
