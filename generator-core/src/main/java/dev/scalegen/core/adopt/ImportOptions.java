package dev.scalegen.core.adopt;

/**
 * What an import is told besides its inputs.
 *
 * @param name the application's name ({@code metadata.name}); {@code null}: the
 *     {@code app.kubernetes.io/part-of} label that every workload carries, else the prefix that every
 *     workload's name shares, else the namespace, else {@code app}
 * @param output how the written spec is named in its diagnostics and header, e.g. {@code scaling.yaml}
 */
public record ImportOptions(String name, String output) {

  public static final String DEFAULT_OUTPUT = "scaling.yaml";

  public ImportOptions {
    output = output == null || output.isBlank() ? DEFAULT_OUTPUT : output;
  }

  /** No name given; the spec is named {@value #DEFAULT_OUTPUT}. */
  public static ImportOptions defaults() {
    return new ImportOptions(null, DEFAULT_OUTPUT);
  }
}
