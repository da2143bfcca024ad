package dev.scalegen.core.simulate;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import java.util.List;
import java.util.Map;

/**
 * The rows of a load file after its header ({@link LoadFile}): each row's time and values read,
 * times counted from the first row and required to increase. Every bad cell is reported, then the
 * file is refused once.
 */
final class LoadRows {

  private LoadRows() {}

  static LoadFile.Parsed read(List<CsvLine> rows, Map<String, Integer> index, String name,
      List<Diagnostic> problems) {
    if (rows.isEmpty()) {
      problems.add(LoadFile.error(Code.LOAD_FILE_VALUE, name, 1, 1, "`" + name + "` has a header and no rows",
          "add at least one row, such as `0,1.5`"));
      return new LoadFile.Parsed(null, problems);
    }
    int n = rows.size();
    double[] seconds = new double[n];
    double[][] columns = new double[4][];
    String[] names = {"cpu", "utilization", "memory", "memoryUtilization"};
    for (int c = 0; c < names.length; c++) {
      columns[c] = index.containsKey(names[c]) ? new double[n] : null;
    }
    Double first = null;
    Double previous = null;
    for (int r = 0; r < n; r++) {
      CsvLine row = rows.get(r);
      int t = index.get("time");
      Double time = t < row.fields().size() ? LoadFile.seconds(row.fields().get(t)) : null;
      if (time == null) {
        problems.add(LoadFile.error(Code.LOAD_FILE_VALUE, name, row.number(), row.column(t),
            "`time` " + quoted(row, t) + " on line " + row.number() + " is not a time",
            "write seconds (`90`), a duration (`1m30s`) or an ISO-8601 date-time (`2024-05-01T10:00:00Z`)"));
      } else {
        first = first == null ? time : first;
        if (previous != null && time <= previous) {
          problems.add(LoadFile.error(Code.LOAD_FILE_ORDER, name, row.number(), row.column(t),
              "`time` " + quoted(row, t) + " on line " + row.number() + " is not after the row before it",
              "sort the rows by time and remove repeated times"));
        }
        previous = time;
        seconds[r] = time - first;
      }
      for (int c = 0; c < names.length; c++) {
        if (columns[c] != null) {
          columns[c][r] = value(row, index.get(names[c]), names[c], name, problems);
        }
      }
    }
    if (!problems.isEmpty()) {
      return new LoadFile.Parsed(null, problems);
    }
    return new LoadFile.Parsed(new LoadTrace(name, seconds, columns[0], columns[1], columns[2], columns[3]), problems);
  }

  private static double value(CsvLine row, int field, String column, String name, List<Diagnostic> problems) {
    String text = field < row.fields().size() ? row.fields().get(field) : "";
    boolean percent = column.endsWith("tilization");
    String number = percent && text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text;
    Double value = LoadFile.quantity(number);
    if (value == null || value < 0 || value.isNaN() || value.isInfinite()) {
      String unit = switch (column) {
        case "cpu" -> "cores, such as `1.5` or `1500m`";
        case "memory" -> "bytes or a quantity, such as `3Gi`";
        default -> "a percentage, such as `85` or `85%`";
      };
      problems.add(LoadFile.error(Code.LOAD_FILE_VALUE, name, row.number(), row.column(field),
          "`" + column + "` " + quoted(row, field) + " on line " + row.number() + " is not a number of " + unit,
          "write " + unit + "; every row needs a value in each column the header names"));
      return 0;
    }
    return value;
  }

  private static String quoted(CsvLine row, int field) {
    return field < row.fields().size() && !row.fields().get(field).isEmpty() ? "`" + row.fields().get(field) + "`"
        : "(empty)";
  }
}
