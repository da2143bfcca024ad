package dev.scalegen.core.adopt;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads the team's base: a kustomize directory (its {@code kustomization.yaml}'s {@code resources},
 * files and nested kustomize directories, with the {@code namespace} it sets), a directory of YAML
 * files (sorted, not descending), or one file. Only what the files say is read: the base's own
 * patches, generators and name prefixes are not applied (docs/adopting.md). Every problem is an
 * {@code SG430} located at the spec's {@code base} or in the base's file; never throws.
 */
public final class BaseReader {

  static final List<String> KUSTOMIZATIONS = List.of("kustomization.yaml", "kustomization.yml", "Kustomization");
  static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

  private final Path specDir;
  private final String displayDir;
  private final List<BaseObject> objects = new ArrayList<>();
  private final List<Diagnostic> problems = new ArrayList<>();

  private BaseReader(Path specDir, String displayDir) {
    this.specDir = specDir;
    this.displayDir = displayDir;
  }

  /**
   * @param specDir the folder of the spec, against which {@code base} is resolved
   * @param displayDir that folder as diagnostics name it ({@code ""} for the working directory)
   * @param at where the spec sets {@code base}
   */
  public static BaseManifests read(Path specDir, String displayDir, String base, Location at) {
    BaseReader reader = new BaseReader(specDir, displayDir);
    Path root = specDir.resolve(base).normalize();
    List<Path> resources = new ArrayList<>();
    if (Files.isDirectory(root) && kustomization(root) != null) {
      resources.add(root);
      reader.kustomize(root, at, 0);
    } else if (Files.isDirectory(root)) {
      try (Stream<Path> files = Files.list(root)) {
        files.filter(BaseReader::isYaml).sorted().forEach(resources::add);
      } catch (IOException e) {
        reader.problem(at, "`base` folder `" + base + "` cannot be listed: " + e.getMessage());
      }
      resources.forEach(f -> reader.file(f, at));
    } else if (Files.isRegularFile(root)) {
      resources.add(root);
      reader.file(root, at);
    } else {
      reader.problem(at, "`base` names `" + base + "`, which is neither a file nor a folder next to the spec");
    }
    if (reader.objects.isEmpty() && reader.problems.isEmpty()) {
      reader.problem(at, "`base` `" + base + "` holds no Kubernetes object");
    }
    return new BaseManifests(reader.objects, resources, reader.problems);
  }

  private static boolean isYaml(Path p) {
    String name = p.getFileName().toString();
    return Files.isRegularFile(p) && (name.endsWith(".yaml") || name.endsWith(".yml")) && !KUSTOMIZATIONS.contains(name);
  }

  private static Path kustomization(Path dir) {
    return KUSTOMIZATIONS.stream().map(dir::resolve).filter(Files::isRegularFile).findFirst().orElse(null);
  }

  /** The resources of a kustomize directory, with its namespace applied to every object under it. */
  private void kustomize(Path dir, Location at, int depth) {
    Path file = kustomization(dir);
    List<BaseObject> docs = documents(file, at);
    if (depth > 20 || docs.isEmpty()) {
      return;
    }
    BaseObject k = docs.get(0);
    int first = objects.size();
    Object resources = k.at("/resources");
    if (resources instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        String entry = String.valueOf(list.get(i));
        Path target = dir.resolve(entry).normalize();
        Location where = k.location("/resources/" + i);
        if (entry.contains("://") || entry.startsWith("github.com/")) {
          problem(where, "`resources` entry `" + entry + "` is remote: scalegen reads only local files of a base");
        } else if (Files.isDirectory(target) && kustomization(target) != null) {
          kustomize(target, where, depth + 1);
        } else if (Files.isRegularFile(target)) {
          file(target, where);
        } else {
          problem(where, "`resources` entry `" + entry + "` is neither a file nor a kustomize folder");
        }
      }
    }
    String namespace = k.text("/namespace");
    if (namespace != null) {
      for (int i = first; i < objects.size(); i++) {
        BaseObject o = objects.get(i);
        objects.set(i, new BaseObject(o.file(), o.apiVersion(), o.kind(), o.name(), namespace, o.tree(), o.positions()));
      }
    }
  }

  private void file(Path path, Location at) {
    for (BaseObject doc : documents(path, at)) {
      if (doc.kind() != null && doc.name() != null) {
        objects.add(doc);
      }
    }
  }

  /** The documents of one file, each a mapping; a file that cannot be read or parsed is a problem. */
  private List<BaseObject> documents(Path path, Location at) {
    String display = display(path);
    List<BaseObject> docs = new ArrayList<>();
    try {
      if (Files.size(path) > MAX_FILE_BYTES) {
        problem(Location.ofFile(display), "base file is larger than 4 MiB");
        return docs;
      }
      String text = Files.readString(path, StandardCharsets.UTF_8);
      LoadSettings settings = LoadSettings.builder().setLabel(display).setMaxAliasesForCollections(50)
          .setCodePointLimit((int) MAX_FILE_BYTES).build();
      for (Node node : new Compose(settings).composeAllFromString(text)) {
        BaseTree.Converted doc = BaseTree.of(node);
        if (doc.tree() != null) {
          Map<String, Object> tree = doc.tree();
          BaseObject o = new BaseObject(display, null, null, null, null, tree, doc.positions());
          docs.add(new BaseObject(display, o.text("/apiVersion"), o.text("/kind"), o.text("/metadata/name"),
              o.text("/metadata/namespace"), tree, doc.positions()));
        }
      }
    } catch (MarkedYamlEngineException e) {
      Location where = e.getProblemMark().map(m -> new Location(display, m.getLine() + 1, m.getColumn() + 1, ""))
          .orElse(Location.ofFile(display));
      problem(where, "base file is not valid YAML: " + e.getProblem());
    } catch (YamlEngineException | IOException | IllegalArgumentException e) {
      problem(at, "base file `" + display + "` cannot be read: " + e.getMessage());
    }
    return docs;
  }

  private String display(Path path) {
    String relative = specDir.relativize(path).toString().replace('\\', '/');
    return displayDir.isEmpty() ? relative : displayDir + "/" + relative;
  }

  private void problem(Location at, String message) {
    problems.add(Diagnostic.of(Code.BASE_UNREADABLE, at, message,
        "point `base` at a kustomize folder, a folder of YAML files or one YAML file next to the spec"));
  }
}
