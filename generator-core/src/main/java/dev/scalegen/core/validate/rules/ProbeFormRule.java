package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.Probe;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;

/**
 * A probe that the API server would refuse is an error ({@code SG254}), at the probe or its field:
 * a probe needs exactly one of {@code http}, {@code tcp}, {@code grpc} and {@code exec};
 * {@code port} and {@code headers} belong to {@code http} only, and an {@code http} probe without a
 * port needs the tier's {@code port}; {@code service} belongs to {@code grpc} only; liveness and
 * startup probes must have {@code successThreshold: 1}.
 */
public final class ProbeFormRule implements Rule {

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    for (Tier tier : spec.tiers().values()) {
      Probe.Probes probes = tier.pod().probes();
      check(tier, "readiness", probes.readiness(), report);
      check(tier, "liveness", probes.liveness(), report);
      check(tier, "startup", probes.startup(), report);
    }
  }

  private static void check(Tier tier, String kind, Probe p, Reporter report) {
    if (p == null) {
      return;
    }
    String at = Pointers.tier(tier.name()) + "/probes/" + kind;
    String field = "`probes." + kind + "` of tier `" + tier.name() + "`";
    if (p.actions() != 1) {
      report.key(Code.PROBE_FORM, at, field + (p.actions() == 0 ? " names no action" : " names several actions")
          + "; a probe has exactly one of `http`, `tcp`, `grpc` and `exec`", "keep one, e.g. `{ http: /healthz }`");
      return;
    }
    if (p.port() != null && p.http() == null) {
      report.key(Code.PROBE_FORM, at + "/port", field + " sets `port`, which only an `http` probe uses",
          p.tcp() != null ? "remove `port`: `tcp` is the port" : p.grpc() != null ? "remove `port`: `grpc` is the port"
              : "remove `port`");
    } else if (p.http() != null && p.httpPort(tier.port()) == null) {
      report.value(Code.PROBE_FORM, at + "/http", field + " calls `" + p.http() + "` on no port: neither the probe "
          + "nor the tier sets `port`", "set `port` on the probe or on the tier");
    }
    if (!p.headers().isEmpty() && p.http() == null) {
      report.key(Code.PROBE_FORM, at + "/headers", field + " sets `headers`, which only an `http` probe sends",
          "remove `headers`");
    }
    if (p.service() != null && p.grpc() == null) {
      report.key(Code.PROBE_FORM, at + "/service", field + " sets `service`, which only a `grpc` probe asks for",
          "remove `service`, or make the probe `grpc: <port>`");
    }
    if (!"readiness".equals(kind) && p.successThreshold() != null && p.successThreshold() != 1) {
      report.value(Code.PROBE_FORM, at + "/successThreshold", field + " sets `successThreshold: "
          + p.successThreshold() + "`; Kubernetes allows only 1 for " + kind + " probes", "remove `successThreshold`");
    }
  }
}
