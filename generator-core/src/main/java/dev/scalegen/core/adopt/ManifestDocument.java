package dev.scalegen.core.adopt;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scalegen.core.diag.Location;
import dev.scalegen.core.spec.SpecSource;
import java.util.Map;

/**
 * One YAML document of a manifest file: its tree, as fabric8's model binds it (Jackson 2), and the
 * position of every node, by JSON pointer ({@code /spec/replicas}), so that whatever import says
 * about an object points at the line and column of the manifest. Immutable.
 */
record ManifestDocument(SpecSource source, JsonNode tree, Map<String, Position> positions) {

  /** Where a node is: its key (0 for list items and the root) and its value, 1-based. */
  record Position(int keyLine, int keyColumn, int line, int column) {}

  ManifestDocument {
    positions = Map.copyOf(positions);
  }

  String kind() {
    return tree.path("kind").asText("");
  }

  String apiVersion() {
    return tree.path("apiVersion").asText("");
  }

  String name() {
    return tree.path("metadata").path("name").asText("");
  }

  /** {@code Kind `name`}, as messages name an object. */
  String describe() {
    return kind() + " `" + name() + "`";
  }

  /** The location of the value at {@code pointer}, or of its nearest ancestor that exists. */
  Location at(String pointer) {
    String p = pointer;
    while (true) {
      Position found = positions.get(p);
      if (found != null) {
        return new Location(source.name(), found.line(), found.column(), pointer);
      }
      if (p.isEmpty()) {
        return new Location(source.name(), 1, 1, pointer);
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  /** The location of the key of the entry at {@code pointer} (its value's for list items). */
  Location keyAt(String pointer) {
    Position found = positions.get(pointer);
    if (found != null && found.keyLine() > 0) {
      return new Location(source.name(), found.keyLine(), found.keyColumn(), pointer);
    }
    return at(pointer);
  }
}
