package dev.scalegen.core.simulate;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.Location;
import io.fabric8.kubernetes.api.model.Quantity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a load file: CSV with a header row, a {@code time} column and at least one of {@code cpu}
 * (cores, {@code 1.5} or {@code 1500m}; {@code value} is read as {@code cpu}), {@code utilization}
 * (CPU, percent of the request, {@code 85} or {@code 85%}), {@code memory} (bytes or a quantity,
 * {@code 3Gi}) and {@code memoryUtilization}. Times are seconds ({@code 0}, {@code 15}, or a Unix
 * time), durations ({@code 90s}, {@code 1m30s}) or ISO-8601 date-times with an offset
 * ({@code 2024-05-01T10:00:00Z}), all counted from the first row. Lines starting with {@code #} and
 * blank lines are skipped; other columns are ignored. Every problem is reported at its line and
 * column of the file ({@code SG603}-{@code SG605}).
 */
public final class LoadFile {

  /** The columns read, by header name. */
  static final Map<String, String> COLUMNS = Map.of("time", "time", "cpu", "cpu", "value", "cpu",
      "utilization", "utilization", "memory", "memory", "memoryutilization", "memoryUtilization");

  private LoadFile() {}

  /** A trace, or the problems of reading or parsing the file ({@code trace} {@code null}). */
  public record Parsed(LoadTrace trace, List<Diagnostic> problems) {}

  /**
   * Reads and parses {@code file}, reported as {@code name}; a file that cannot be read is an
   * {@code SG602} at {@code at} (where the spec names it), or at the file when {@code at} is {@code null}.
   */
  public static Parsed read(Path file, String name, Location at) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | UncheckedIOException e) {
      String why = e instanceof NoSuchFileException ? "does not exist" : e instanceof MalformedInputException
          ? "is not UTF-8 text" : "cannot be read (" + e.getClass().getSimpleName() + ")";
      Location where = at != null ? at : Location.ofFile(name);
      return new Parsed(null, List.of(Diagnostic.of(Code.LOAD_FILE_UNREADABLE, where, "load file `" + name + "` " + why,
          "give a CSV file with a `time` column and a `cpu` or `utilization` column (docs/simulate.md)")));
    }
    return parse(text, name);
  }

  /** Whether a load's text names a file rather than a shape. */
  public static boolean isFile(String load) {
    return load != null && load.strip().toLowerCase(Locale.ROOT).endsWith(".csv");
  }

  /** Reads {@code text}, the content of the file reported as {@code name}. */
  public static Parsed parse(String text, String name) {
    List<Diagnostic> problems = new ArrayList<>();
    List<CsvLine> lines = CsvLine.split(text);
    if (lines.isEmpty()) {
      problems.add(error(Code.LOAD_FILE_COLUMNS, name, 1, 1, "`" + name + "` has no header row",
          "start the file with a header such as `time,cpu` or `time,utilization`"));
      return new Parsed(null, problems);
    }
    CsvLine header = lines.get(0);
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < header.fields().size(); i++) {
      String column = COLUMNS.get(header.fields().get(i).strip().toLowerCase(Locale.ROOT));
      if (column != null && !index.containsKey(column)) {
        index.put(column, i);
      }
    }
    if (!index.containsKey("time") || index.size() < 2) {
      problems.add(error(Code.LOAD_FILE_COLUMNS, name, header.number(), 1, "`" + name + "` has the columns `"
          + String.join(",", header.fields()) + "`, without `time` and a value column",
          "name the columns `time` and `cpu` (cores), `utilization` (percent), `memory` or `memoryUtilization`"));
      return new Parsed(null, problems);
    }
    if (index.containsKey("cpu") && index.containsKey("utilization")) {
      problems.add(error(Code.LOAD_FILE_COLUMNS, name, header.number(), header.column(index.get("utilization")),
          "`" + name + "` has both `cpu` and `utilization`, which would give two CPU loads",
          "keep one of them: `cpu` for demand in cores, `utilization` to replay a recorded HPA trace"));
      return new Parsed(null, problems);
    }
    return LoadRows.read(lines.subList(1, lines.size()), index, name, problems);
  }

  static Diagnostic error(Code code, String file, int line, int column, String message, String hint) {
    return Diagnostic.of(code, new Location(file, line, column, ""), message, hint);
  }

  /** Seconds from {@code text}, or {@code null}. */
  static Double seconds(String text) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      // not a number: a duration or a date-time
    }
    Duration d = DurationText.parse(text);
    if (d != null) {
      return (double) d.toSeconds();
    }
    try {
      return OffsetDateTime.parse(text).toInstant().toEpochMilli() / 1000.0;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The value of a quantity ({@code 1500m}, {@code 3Gi}, {@code 2}), or {@code null}. */
  static Double quantity(String text) {
    try {
      return Quantity.getAmountInBytes(new Quantity(text)).doubleValue();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
