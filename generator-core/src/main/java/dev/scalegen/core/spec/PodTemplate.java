package dev.scalegen.core.spec;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import java.util.List;

/**
 * A tier's {@code podTemplate}: a fragment of a Kubernetes {@code PodTemplateSpec} that scalegen
 * merges into the pod template it generates (sidecars, init containers, extra volumes, node
 * affinity terms, annotations...). Read with fabric8's model ({@link PodTemplateReader}); what
 * could not be read is in {@link #problems()}, located by spec pointer, for a semantic rule to
 * report. Immutable: {@link #template()} hands out a new copy, so that compiling one set never
 * changes what another set compiles.
 */
public final class PodTemplate {

  /** What went wrong with one field: an unknown field, or a value of the wrong type. */
  public enum Kind { UNKNOWN_FIELD, WRONG_TYPE }

  /**
   * One field that could not be read.
   *
   * @param pointer the spec pointer of the field ({@code /tiers/web/podTemplate/spec/containrs})
   * @param expected for a type error, what the field takes ({@code an integer}); else {@code null}
   * @param known for an unknown field, the names its object takes (for a "did you mean")
   */
  public record Problem(Kind kind, String pointer, String expected, List<String> known) {
    public Problem {
      known = known == null ? List.of() : List.copyOf(known);
    }
  }

  private final String pointer;
  /** The fragment as JSON, read again for each copy; {@code null} when it could not be read. */
  private final String json;
  private final List<String> fields;
  private final List<Problem> problems;

  PodTemplate(String pointer, String json, List<String> fields, List<Problem> problems) {
    this.pointer = pointer;
    this.json = json;
    this.fields = List.copyOf(fields);
    this.problems = List.copyOf(problems);
  }

  /** The spec pointer of the fragment: {@code /tiers/<tier>/podTemplate}. */
  public String pointer() {
    return pointer;
  }

  /**
   * Every key the fragment writes, as a pointer below {@link #pointer()} ({@code /spec/containers/0/image}),
   * in the order of the file: what a rule checks against the fields scalegen owns.
   */
  public List<String> fields() {
    return fields;
  }

  /**
   * A copy of the fragment as read, with a {@code metadata} and a {@code spec} (empty when the
   * fragment has none or could not be read); the caller may change it.
   */
  public PodTemplateSpec template() {
    // Read again rather than copied with fabric8's builders: Jackson's deserializers are built by
    // the first read, while a builder copy loads a builder and a fluent class for every type of
    // the pod's model (about 280 classes, most of a second of a CLI run).
    PodTemplateSpec template = json == null ? new PodTemplateSpec() : PodTemplateReader.copy(json);
    if (template.getMetadata() == null) {
      template.setMetadata(new ObjectMeta());
    }
    if (template.getSpec() == null) {
      template.setSpec(new PodSpec());
    }
    return template;
  }

  /** The fields that could not be read, in the order of the file; empty when the fragment is fine. */
  public List<Problem> problems() {
    return problems;
  }
}
