package dev.scalegen.core.spec;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One probe of {@code tiers.<tier>.probes}: its action ({@code http} path on {@code port} with
 * optional request {@code headers}, {@code tcp} port, {@code grpc} port with an optional health
 * {@code service} name, or {@code exec} command; a valid probe has exactly one) and its timing
 * fields, {@code null} where Kubernetes' defaults apply.
 */
public record Probe(
    String http,
    Integer port,
    Map<String, String> headers,
    Integer tcp,
    Integer grpc,
    String service,
    List<String> exec,
    Integer initialDelaySeconds,
    Integer periodSeconds,
    Integer timeoutSeconds,
    Integer successThreshold,
    Integer failureThreshold) {

  public Probe {
    headers = Maps.copy(headers);
    exec = Maps.copy(exec);
  }

  /** How many actions the probe names: 1 when valid. */
  public int actions() {
    return (http != null ? 1 : 0) + (tcp != null ? 1 : 0) + (grpc != null ? 1 : 0) + (exec.isEmpty() ? 0 : 1);
  }

  /** The port an {@code http} probe calls: its own, else the tier's (may be {@code null}). */
  public Integer httpPort(Integer tierPort) {
    return port != null ? port : tierPort;
  }

  /**
   * Whether {@code other} checks the same thing (action, path, port, gRPC service, command),
   * whatever the timings and HTTP headers (a header tags the request; it does not make the check
   * cheaper).
   */
  public boolean sameAction(Probe other, Integer tierPort) {
    return other != null && Objects.equals(http, other.http) && Objects.equals(tcp, other.tcp)
        && Objects.equals(grpc, other.grpc) && Objects.equals(service, other.service) && exec.equals(other.exec)
        && (http == null || Objects.equals(httpPort(tierPort), other.httpPort(tierPort)));
  }

  /** {@code tiers.<tier>.probes}; each may be {@code null}. */
  public record Probes(Probe readiness, Probe liveness, Probe startup) {
    public static final Probes NONE = new Probes(null, null, null);

    /** Whether any of the three probes is a {@code grpc} probe. */
    public boolean anyGrpc() {
      return grpc(readiness) || grpc(liveness) || grpc(startup);
    }

    private static boolean grpc(Probe p) {
      return p != null && p.grpc() != null;
    }
  }
}
