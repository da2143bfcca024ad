package dev.scalegen.core.emit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.NonPrintableStyle;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * The one YAML writer of scalegen. An object (a fabric8 model object, or a plain map such as a
 * kustomization) is first turned into a plain tree ({@link ModelTree}: the properties Jackson
 * would write, {@code Quantity} and {@code IntOrString} as the API expects), then dumped by snakeyaml-engine with one fixed configuration:
 *
 * <ul>
 *   <li>keys in alphabetical order at every level, as {@code kubectl get -o yaml} prints them
 *       ({@code apiVersion}, {@code kind}, {@code metadata}, {@code spec} come first that way);
 *   <li>no {@code null}s (but the {@code null} of a field that a patch removes,
 *       {@link dev.scalegen.core.compile.RemovedField}), no empty maps or lists;
 *   <li>block style, 2-space indent, list items at their parent's indentation (like
 *       {@code kubectl get -o yaml}), no line folding;
 *   <li>plain scalars unless YAML 1.1 or 1.2 would read the text as something else
 *       ({@link QuotingSchema});
 *   <li>no {@code ---}, LF line ends, exactly one trailing newline.
 * </ul>
 *
 * Thread-safe: the configuration is immutable, a new emitter is made per call, and a {@link Batch}
 * holds only concurrent maps.
 */
public final class ManifestYaml {

  /** Reads manifests back with fabric8's own Jackson 2 deserializers; loaded only when reading. */
  private static final class Reader {
    static final ObjectMapper MAPPER = JsonMapper.builder().build();
    static final LoadSettings LOAD = LoadSettings.builder().setSchema(new CoreSchema()).build();
  }

  static final DumpSettings DUMP = DumpSettings.builder()
      .setDefaultFlowStyle(FlowStyle.BLOCK)
      .setIndent(2)
      .setIndicatorIndent(0)
      .setSplitLines(false)
      .setWidth(Integer.MAX_VALUE)
      .setBestLineBreak("\n")
      .setExplicitStart(false)
      .setNonPrintableStyle(NonPrintableStyle.ESCAPE)
      .setSchema(new QuotingSchema())
      .build();

  private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.ofEntries(
      Map.entry("Deployment", Deployment.class),
      Map.entry("StatefulSet", StatefulSet.class),
      Map.entry("Service", Service.class),
      Map.entry("HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
      Map.entry("PodDisruptionBudget", PodDisruptionBudget.class),
      Map.entry("CronJob", io.fabric8.kubernetes.api.model.batch.v1.CronJob.class),
      Map.entry("ServiceAccount", io.fabric8.kubernetes.api.model.ServiceAccount.class),
      Map.entry("Role", io.fabric8.kubernetes.api.model.rbac.Role.class),
      Map.entry("RoleBinding", io.fabric8.kubernetes.api.model.rbac.RoleBinding.class),
      Map.entry("ScaledObject", dev.scalegen.keda.ScaledObject.class),
      Map.entry("TriggerAuthentication", dev.scalegen.keda.TriggerAuthentication.class));

  private ManifestYaml() {}

  /** The YAML of one object. */
  public static String write(Object object) {
    return new Batch(false).write(object);
  }

  /**
   * What the writes of one generation share; safe to use from several threads. A plain scalar's
   * quoting is decided once per distinct text ({@link QuotingSchema#memoized()}: keys, labels and
   * most values repeat in every object, and the decision was a third of writing a 1,000-tier spec),
   * each distinct scalar is written by the emitter once and the block structure around it
   * assembled ({@link BlockWriter}), and, when the batch reuses documents, the text of an object equal to one written before is
   * taken from there: the sets of a spec share most of their objects (DocVault: 38 of the 48
   * files of its three scenarios are those of the baseline), and writing YAML costs far more than
   * comparing trees.
   */
  public static final class Batch {
    private final ConcurrentMap<Object, String> written;
    private final ScalarResolver resolver = QuotingSchema.memoized();
    private final BlockWriter blocks = new BlockWriter(tree -> YamlEvents.dump(tree, DUMP, resolver));

    /** @param reuseDocuments whether an object equal to one written before takes that text */
    public Batch(boolean reuseDocuments) {
      this.written = reuseDocuments ? new ConcurrentHashMap<>() : null;
    }

    /** The YAML of one object. */
    public String write(Object object) {
      Object tree = ModelTree.of(object);
      if (tree == null) {
        throw new IllegalArgumentException("nothing to write: the object is empty");
      }
      String yaml = written == null ? null : written.get(tree);
      if (yaml == null) {
        yaml = tree instanceof Map<?, ?> map ? blocks.write(map) : null;
        if (yaml == null) {
          yaml = YamlEvents.dump(tree, DUMP, resolver);
        }
        yaml = yaml.endsWith("\n") ? yaml : yaml + "\n";
        if (written != null) {
          written.putIfAbsent(tree, yaml);
        }
      }
      return yaml;
    }
  }

  /** Reads YAML written by {@link #write} back into an object of {@code type}. */
  public static <T> T read(String yaml, Class<T> type) {
    Object tree = new Load(Reader.LOAD).loadFromString(yaml);
    return Reader.MAPPER.convertValue(tree, type);
  }

  /**
   * Reads one manifest (a file scalegen wrote, header included) back into the fabric8 type of its
   * {@code kind}; kinds scalegen does not emit come back as {@link GenericKubernetesResource}.
   */
  public static HasMetadata readObject(String yaml) {
    String kind = read(yaml, GenericKubernetesResource.class).getKind();
    return read(yaml, KINDS.getOrDefault(kind, GenericKubernetesResource.class));
  }
}
