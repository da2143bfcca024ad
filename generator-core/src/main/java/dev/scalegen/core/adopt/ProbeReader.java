package dev.scalegen.core.adopt;

import dev.scalegen.core.spec.Probe;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.HTTPHeader;
import io.fabric8.kubernetes.api.model.IntOrString;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A container's readiness, liveness and startup probes as the spec's {@code probes}: an HTTP GET
 * (path, port — a named port resolved to its number — and headers), a TCP port, a gRPC health
 * check or a command, with their timings. What the spec's probe cannot say (HTTPS, another host)
 * is {@code SG408}, and a probe that needs it is left out rather than changed.
 */
final class ProbeReader {

  private ProbeReader() {}

  static Probe.Probes read(Findings findings, Container c, String at, Integer tierPort) {
    return new Probe.Probes(
        probe(findings, c, c.getReadinessProbe(), at + "/readinessProbe", tierPort),
        probe(findings, c, c.getLivenessProbe(), at + "/livenessProbe", tierPort),
        probe(findings, c, c.getStartupProbe(), at + "/startupProbe", tierPort));
  }

  private static Probe probe(Findings findings, Container c, io.fabric8.kubernetes.api.model.Probe p, String at, Integer tierPort) {
    if (p == null) {
      return null;
    }
    String name = at.substring(at.lastIndexOf('/') + 1);
    String http = null;
    Integer port = null;
    Map<String, String> headers = Map.of();
    Integer tcp = null;
    Integer grpc = null;
    String service = null;
    List<String> exec = List.of();
    if (p.getHttpGet() != null) {
      var get = p.getHttpGet();
      if ("HTTPS".equals(get.getScheme()) || get.getHost() != null) {
        findings.notCarried(at + "/httpGet", "`" + name + "` (an HTTPS check or one of another host)",
            "the spec's `http` probe is a plain GET of a path; keep this probe in the manifests by hand");
        return null;
      }
      http = get.getPath() == null ? "/" : get.getPath();
      port = port(c, get.getPort());
      port = port != null && port.equals(tierPort) ? null : port;
      headers = headers(get.getHttpHeaders());
    } else if (p.getTcpSocket() != null) {
      tcp = port(c, p.getTcpSocket().getPort());
    } else if (p.getGrpc() != null && p.getGrpc().getPort() != null) {
      grpc = p.getGrpc().getPort();
      service = p.getGrpc().getService();
    } else if (p.getExec() != null && p.getExec().getCommand() != null && !p.getExec().getCommand().isEmpty()) {
      exec = p.getExec().getCommand();
    } else {
      findings.notCarried(at, "`" + name + "` (a probe without an action)",
          "the spec's probes are `http`, `tcp`, `grpc` or `exec`; keep this probe in the manifests by hand");
      return null;
    }
    return new Probe(http, port, headers, tcp, grpc, service, exec, p.getInitialDelaySeconds(), p.getPeriodSeconds(), p.getTimeoutSeconds(),
        p.getSuccessThreshold(), p.getFailureThreshold());
  }

  /** The HTTP headers in their order; a header named twice keeps its last value. */
  private static Map<String, String> headers(List<HTTPHeader> list) {
    Map<String, String> out = new LinkedHashMap<>();
    for (HTTPHeader h : list == null ? List.<HTTPHeader>of() : list) {
      out.put(h.getName(), h.getValue() == null ? "" : h.getValue());
    }
    return out;
  }

  /** A probe's port: its number, or the number of the container port of that name. */
  private static Integer port(Container c, IntOrString port) {
    if (port == null) {
      return null;
    }
    if (port.getIntVal() != null) {
      return port.getIntVal();
    }
    List<ContainerPort> ports = c.getPorts() == null ? List.of() : c.getPorts();
    return ports.stream().filter(p -> port.getStrVal().equals(p.getName())).map(ContainerPort::getContainerPort)
        .findFirst().orElse(null);
  }
}
