package dev.scalegen.core;

import dev.scalegen.core.spec.SpecSource;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Where a spec is: the folder its {@code base} is resolved against, and that folder as diagnostics
 * name it (the part of the spec's name before its file name, {@code ""} for none), so that a
 * problem in the base is reported as {@code examples/app/deploy/k8s/deployment.yaml:9:13} when the
 * spec is {@code examples/app/scaling.yaml}.
 */
record SpecPlace(Path directory, String displayDirectory) {

  /** The spec read from {@code file} and named {@code name}. */
  static SpecPlace of(Path file, String name) {
    Path parent = file.toAbsolutePath().getParent();
    return new SpecPlace(parent != null ? parent : file.toAbsolutePath(), displayDirectory(name));
  }

  /** A spec given as text: its name is taken as its path, relative to the working directory. */
  static SpecPlace of(SpecSource source) {
    try {
      return of(Path.of(source.name()), source.name());
    } catch (InvalidPathException e) {
      return new SpecPlace(Path.of("").toAbsolutePath(), "");
    }
  }

  private static String displayDirectory(String name) {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return slash < 0 ? "" : name.substring(0, slash);
  }
}
