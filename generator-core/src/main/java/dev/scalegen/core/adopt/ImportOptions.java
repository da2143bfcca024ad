package dev.scalegen.core.adopt;

/**
 * What an import is told besides its inputs.
 *
 * @param name the application's name ({@code metadata.name}); {@code null}: the
 *     {@code app.kubernetes.io/part-of} label that every workload carries, else the prefix that every
 *     workload's name shares, else the namespace, else {@code app}
 * @param output how the written spec is named in its diagnostics and header, e.g. {@code scaling.yaml};
 *     in {@code adopt} mode also where it is written, since its {@code base} is relative to its folder
 *     (for a spec printed to standard output, a name in the working directory)
 * @param adopt write an overlay spec ({@code scalegen import --adopt}): {@code base} names the one
 *     input, each tier adopts its workload and carries only what overlay mode owns (docs/import.md)
 */
public record ImportOptions(String name, String output, boolean adopt) {

  public static final String DEFAULT_OUTPUT = "scaling.yaml";

  public ImportOptions {
    output = output == null || output.isBlank() ? DEFAULT_OUTPUT : output;
  }

  /** A greenfield import: the spec restates each workload (image, env, probes…). */
  public ImportOptions(String name, String output) {
    this(name, output, false);
  }

  /** The same options, in overlay mode or not. */
  public ImportOptions withAdopt(boolean overlay) {
    return new ImportOptions(name, output, overlay);
  }

  /** No name given; the spec is named {@value #DEFAULT_OUTPUT}. */
  public static ImportOptions defaults() {
    return new ImportOptions(null, DEFAULT_OUTPUT);
  }
}
