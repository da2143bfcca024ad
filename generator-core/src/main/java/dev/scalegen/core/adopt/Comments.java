package dev.scalegen.core.adopt;

import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.Location;
import java.util.ArrayList;
import java.util.List;

/** A diagnostic as comment lines above its tier: code, where, message, wrapped at about 100 characters. */
final class Comments {

  static final int WIDTH = 100;

  private Comments() {}

  static List<String> of(Diagnostic d) {
    Location l = d.location();
    String text = d.code().id() + " " + l.file() + ":" + l.line() + ":" + l.column() + ": " + d.message() + ".";
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > WIDTH) {
        lines.add(line.toString());
        line = new StringBuilder("  ");
      }
      if (line.length() > 0 && !line.toString().equals("  ")) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }
}
