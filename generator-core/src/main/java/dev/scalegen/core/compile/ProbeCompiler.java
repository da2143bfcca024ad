package dev.scalegen.core.compile;

import dev.scalegen.core.spec.Probe;
import dev.scalegen.core.spec.Tier;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ExecAction;
import io.fabric8.kubernetes.api.model.GRPCAction;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HTTPHeader;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.TCPSocketAction;
import java.util.ArrayList;
import java.util.List;

/**
 * The container's {@code readinessProbe}, {@code livenessProbe} and {@code startupProbe}, as the
 * spec's {@code probes} give them: {@code http} as an {@code httpGet} of the path on {@code port}
 * (default: the tier's {@code port}) with its {@code headers} as {@code httpHeaders} (in the spec's
 * order), {@code tcp} as a {@code tcpSocket} on that port, {@code grpc} as a {@code grpc} check of
 * that port with the health {@code service} name when set, {@code exec} as an {@code exec} command;
 * the timing fields only when set (the API server fills in Kubernetes' defaults: period 10 s,
 * timeout 1 s, thresholds 1 and 3).
 */
final class ProbeCompiler {
  private ProbeCompiler() {}

  static void probe(Container c, Tier tier) {
    Probe.Probes probes = tier.pod().probes();
    c.setReadinessProbe(compile(probes.readiness(), tier.port()));
    c.setLivenessProbe(compile(probes.liveness(), tier.port()));
    c.setStartupProbe(compile(probes.startup(), tier.port()));
  }

  private static io.fabric8.kubernetes.api.model.Probe compile(Probe p, Integer tierPort) {
    if (p == null) {
      return null;
    }
    io.fabric8.kubernetes.api.model.Probe probe = new io.fabric8.kubernetes.api.model.Probe();
    if (p.http() != null) {
      HTTPGetAction get = new HTTPGetAction();
      get.setPath(p.http());
      get.setPort(new IntOrString(p.httpPort(tierPort)));
      if (!p.headers().isEmpty()) {
        List<HTTPHeader> headers = new ArrayList<>();
        p.headers().forEach((name, value) -> headers.add(new HTTPHeader(name, value)));
        get.setHttpHeaders(headers);
      }
      probe.setHttpGet(get);
    } else if (p.tcp() != null) {
      TCPSocketAction tcp = new TCPSocketAction();
      tcp.setPort(new IntOrString(p.tcp()));
      probe.setTcpSocket(tcp);
    } else if (p.grpc() != null) {
      GRPCAction grpc = new GRPCAction();
      grpc.setPort(p.grpc());
      grpc.setService(p.service());
      probe.setGrpc(grpc);
    } else {
      ExecAction exec = new ExecAction();
      exec.setCommand(new ArrayList<>(p.exec()));
      probe.setExec(exec);
    }
    probe.setInitialDelaySeconds(p.initialDelaySeconds());
    probe.setPeriodSeconds(p.periodSeconds());
    probe.setTimeoutSeconds(p.timeoutSeconds());
    probe.setSuccessThreshold(p.successThreshold());
    probe.setFailureThreshold(p.failureThreshold());
    return probe;
  }
}
