package dev.scalegen.core.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Generator;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.SpecSource;
import dev.scalegen.core.spec.Tier;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Imports of the two real bases of the repository: Online Boutique's and DocVault's. */
class ImporterTest {

  static final Path BOUTIQUE = Path.of("../examples/online-boutique/upstream");
  static final Path DOCVAULT = Path.of("../examples/docvault-adopt/deploy/k8s");

  private static ScalingSpec written(ImportResult r) {
    var validated = Generator.validate(new SpecSource("scaling.yaml", r.spec().orElseThrow()));
    assertThat(validated.valid()).as(validated.diagnostics().toString()).isTrue();
    return validated.spec().orElseThrow();
  }

  @Test
  void onlineBoutiqueImportsToASpecThatValidates() {
    ImportResult r = Generator.importManifests(List.of(BOUTIQUE), new ImportOptions("boutique", null));
    assertThat(r.valid()).isTrue();
    ScalingSpec spec = written(r);
    // The kustomization lists 10 of the 11 services' files (loadgenerator is commented out); cartservice.yaml also holds redis-cart.
    assertThat(spec.tiers()).containsOnlyKeys("adservice", "cartservice", "redis-cart", "checkoutservice", "currencyservice",
        "emailservice", "frontend", "paymentservice", "productcatalogservice", "recommendationservice", "shippingservice");
    Tier frontend = spec.tiers().get("frontend");
    assertThat(frontend.image()).isEqualTo("frontend");
    assertThat(frontend.port()).isEqualTo(8080);
    assertThat(frontend.replicas()).isEqualTo(1);
    assertThat(frontend.resources().requests().cpu()).isEqualTo("100m");
    assertThat(frontend.resources().limits().memory()).isEqualTo("128Mi");
    assertThat(frontend.env()).containsEntry("PRODUCT_CATALOG_SERVICE_ADDR", "productcatalogservice:3550");
    assertThat(frontend.pod().serviceAccountName()).isEqualTo("frontend");
    assertThat(frontend.pod().service().port()).isEqualTo(80);
    assertThat(frontend.securityContext().runAsUser()).isEqualTo(1000L);
    Tier redis = spec.tiers().get("redis-cart");
    assertThat(redis.pod().writablePaths()).extracting(w -> w.path()).containsExactly("/data");
    assertThat(redis.pod().probes().readiness().tcp()).isEqualTo(6379);
    assertThat(spec.tiers().get("emailservice").pod().service().port()).isEqualTo(5000);
    // The gRPC probes and the frontend's probe headers are carried, so no probe is listed as left out.
    Tier email = spec.tiers().get("emailservice");
    assertThat(email.pod().probes().readiness().grpc()).isEqualTo(8080);
    assertThat(email.pod().probes().liveness().grpc()).isEqualTo(8080);
    assertThat(frontend.pod().probes().readiness().headers()).containsEntry("Cookie", "shop_session-id=x-readiness-probe");
    assertThat(r.diagnostics()).filteredOn(d -> d.code() == Code.NOT_CARRIED && d.message().contains("Probe`")).isEmpty();
  }

  @Test
  void docVaultReportsEveryMistakeOfTheGuideLocated() {
    ImportResult r = Generator.importManifests(List.of(DOCVAULT), ImportOptions.defaults());
    List<Diagnostic> all = r.diagnostics();
    String base = DOCVAULT + "/";
    assertThat(all).filteredOn(d -> d.code() == Code.HPA_UNKNOWN_FIELD)
        .extracting(d -> d.location().file() + ":" + d.location().line() + ":" + d.location().column())
        .containsExactly(base + "hpa.yaml:14:3", base + "hpa.yaml:15:3", base + "hpa.yaml:51:3");
    assertThat(all).filteredOn(d -> d.code() == Code.INSTANCE_TYPE_SPOT)
        .extracting(d -> d.location().file() + ":" + d.location().line())
        .containsExactly(base + "backend/deployment.yaml:22", base + "celery-worker/deployment.yaml:21");
    assertThat(all).filteredOn(d -> d.code() == Code.REPLICAS_UNDER_HPA)
        .extracting(d -> d.location().file() + ":" + d.location().line())
        .containsExactly(base + "backend/deployment.yaml:10", base + "frontend/deployment.yaml:10");
    assertThat(all).filteredOn(d -> d.code() == Code.STATEFUL_DEPLOYMENT)
        .extracting(d -> d.location().file() + ":" + d.location().line())
        .containsExactly(base + "redis/deployment.yaml:10");

    ScalingSpec spec = written(r);
    assertThat(spec.metadata().name()).isEqualTo("docvault");
    assertThat(spec.metadata().namespace()).isEqualTo("docvault");
    Tier backend = spec.tiers().get("backend");
    assertThat(backend.replicas()).isNull();
    assertThat(backend.autoscaling().min()).isEqualTo(5);
    assertThat(backend.autoscaling().max()).isEqualTo(50);
    assertThat(backend.autoscaling().cpu()).isEqualTo(70);
    assertThat(backend.autoscaling().memory()).isEqualTo(80);
    assertThat(backend.autoscaling().behavior().scaleDown().stabilizationWindowSeconds()).isEqualTo(300);
    assertThat(backend.workers()).isEqualTo(new Tier.Workers(8, "--workers", null));
    assertThat(backend.command()).doesNotContain("--workers", "8");
    assertThat(backend.placement()).isNull();
    assertThat(backend.pod().envRefs()).containsKeys("DATABASE_URL", "SECRET_KEY");
    assertThat(backend.pod().probes().startup().failureThreshold()).isEqualTo(30);
    assertThat(backend.pod().preStopSleepSeconds()).isEqualTo(5);
    assertThat(spec.tiers().get("celery-worker").workers()).isEqualTo(new Tier.Workers(4, "--concurrency", null));
    assertThat(spec.tiers().get("celery-worker").replicas()).isEqualTo(20);
    assertThat(spec.tiers().get("redis").replicas()).isEqualTo(5);
    // What is not carried is in the spec as comments, not only on the terminal.
    assertThat(r.spec().orElseThrow()).contains("# SG408 " + base + "backend/deployment.yaml:45:15: variable `POD_NAME`");
  }

  @Test
  void theSameManifestsGiveTheSameBytes() {
    String first = Generator.importManifests(List.of(DOCVAULT), ImportOptions.defaults()).spec().orElseThrow();
    String second = Generator.importManifests(List.of(DOCVAULT), ImportOptions.defaults()).spec().orElseThrow();
    assertThat(second).isEqualTo(first);
  }
}
