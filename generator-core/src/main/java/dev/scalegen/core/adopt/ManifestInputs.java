package dev.scalegen.core.adopt;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.Location;
import dev.scalegen.core.spec.SpecReader;
import dev.scalegen.core.spec.SpecSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The manifest files an import reads, from the paths the user named: a file as it is; a directory
 * with a {@code kustomization.yaml} through its {@code resources} ({@link Kustomization}); any other
 * directory by its {@code *.yaml} and {@code *.yml} files, sorted, sub-directories included (hidden
 * ones skipped). Each file is read once, in that order, and named in diagnostics by the path the
 * user gave followed by the path inside it.
 */
final class ManifestInputs {

  /** The files read (text and name), the kustomizations among them, the namespace one sets, and what went wrong. */
  record Read(List<SpecSource> files, List<SpecSource> kustomizations, String namespace, List<Diagnostic> diagnostics) {}

  static final List<String> KUSTOMIZATION_NAMES = List.of("kustomization.yaml", "kustomization.yml", "Kustomization");

  private final List<SpecSource> files = new ArrayList<>();
  private final List<SpecSource> kustomizations = new ArrayList<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Set<Path> seen = new HashSet<>();
  private String namespace;

  private ManifestInputs() {}

  static Read read(List<Path> inputs) {
    ManifestInputs reader = new ManifestInputs();
    for (Path input : inputs) {
      reader.path(input);
    }
    return new Read(List.copyOf(reader.files), List.copyOf(reader.kustomizations), reader.namespace,
        List.copyOf(reader.diagnostics));
  }

  void path(Path path) {
    if (!Files.isDirectory(path)) {
      file(path);
      return;
    }
    for (String name : KUSTOMIZATION_NAMES) {
      if (Files.isRegularFile(path.resolve(name))) {
        kustomization(path, path.resolve(name));
        return;
      }
    }
    try (Stream<Path> walk = Files.walk(path)) {
      walk.filter(p -> !hidden(path.relativize(p)))
          .filter(p -> p.getFileName().toString().matches(".*\\.ya?ml") && Files.isRegularFile(p))
          .sorted()
          .forEach(this::file);
    } catch (IOException e) {
      diagnostics.add(Diagnostic.of(Code.FILE_UNREADABLE, Location.ofFile(path.toString()),
          "`" + path + "` cannot be listed: " + e.getMessage(), "check the directory's permissions"));
    }
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private SpecSource source(Path file) {
    if (!seen.add(file.toAbsolutePath().normalize())) {
      return null;
    }
    SpecReader.Outcome read = SpecReader.read(file, file.toString());
    if (read.problem() != null) {
      diagnostics.add(read.problem());
      return null;
    }
    return read.source();
  }

  private void file(Path file) {
    SpecSource source = source(file);
    if (source != null) {
      files.add(source);
    }
  }

  private void kustomization(Path dir, Path file) {
    SpecSource source = source(file);
    if (source == null) {
      return;
    }
    kustomizations.add(source);
    ManifestParser.Parsed parsed = ManifestParser.parse(source);
    diagnostics.addAll(parsed.diagnostics());
    for (ManifestDocument document : parsed.documents()) {
      Kustomization.Resources found = Kustomization.resources(document);
      diagnostics.addAll(found.diagnostics());
      JsonNode ns = document.tree().path("namespace");
      if (namespace == null && ns.isTextual()) {
        namespace = ns.asText();
      }
      for (String resource : found.paths()) {
        path(dir.resolve(resource).normalize());
      }
    }
  }
}
