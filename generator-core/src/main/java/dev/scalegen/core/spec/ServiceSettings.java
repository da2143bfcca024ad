package dev.scalegen.core.spec;

/**
 * {@code tiers.<tier>.service}: how the tier's Service exposes its {@code port}. {@code null}
 * fields keep the defaults: enabled, the Service port equal to the container port, the port name
 * {@value #DEFAULT_PORT_NAME}, no {@code appProtocol}.
 */
public record ServiceSettings(Boolean enabled, Integer port, String portName, String appProtocol) {

  public static final String DEFAULT_PORT_NAME = "main";

  /** No {@code service} in the spec: every default. */
  public static final ServiceSettings DEFAULTS = new ServiceSettings(null, null, null, null);

  /** Whether the tier gets a Service (stateless tiers; a stateful tier always has its headless one). */
  public boolean enabledOrDefault() {
    return !Boolean.FALSE.equals(enabled);
  }

  public String portNameOrDefault() {
    return portName != null ? portName : DEFAULT_PORT_NAME;
  }
}
