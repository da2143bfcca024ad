package dev.scalegen.core.simulate;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a load file split into fields, with the line's number and each field's column (both
 * from 1) for located reports. Fields may be quoted ({@code "1,5"}, a doubled quote inside is one
 * quote) and are stripped of surrounding blanks; blank lines and lines starting with {@code #} are
 * not lines of the file's table.
 */
record CsvLine(int number, List<String> fields, List<Integer> starts) {

  /** The 1-based column of field {@code i}. */
  int column(int i) {
    return i < starts.size() ? starts.get(i) + 1 : 1;
  }

  static List<CsvLine> split(String text) {
    List<CsvLine> lines = new ArrayList<>();
    String[] raw = text.split("\r?\n", -1);
    for (int n = 0; n < raw.length; n++) {
      String line = n == 0 && raw[n].startsWith("\uFEFF") ? raw[n].substring(1) : raw[n];
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      lines.add(fields(n + 1, line));
    }
    return lines;
  }

  private static CsvLine fields(int number, String line) {
    List<String> fields = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    int i = 0;
    while (i <= line.length()) {
      while (i < line.length() && line.charAt(i) == ' ') {
        i++;
      }
      starts.add(i);
      StringBuilder field = new StringBuilder();
      if (i < line.length() && line.charAt(i) == '"') {
        i++;
        while (i < line.length() && !(line.charAt(i) == '"' && (i + 1 >= line.length() || line.charAt(i + 1) != '"'))) {
          field.append(line.charAt(i));
          i += line.charAt(i) == '"' ? 2 : 1;
        }
        i++;
        while (i < line.length() && line.charAt(i) != ',') {
          i++;
        }
      } else {
        while (i < line.length() && line.charAt(i) != ',') {
          field.append(line.charAt(i++));
        }
      }
      fields.add(field.toString().strip());
      i++;
    }
    return new CsvLine(number, List.copyOf(fields), List.copyOf(starts));
  }
}
