package dev.scalegen.report;

import dev.scalegen.report.capacity.CapacityReport;
import dev.scalegen.report.capacity.SetCapacity;
import dev.scalegen.report.render.ReportJson;
import dev.scalegen.report.render.ReportTemplates;
import dev.scalegen.report.render.WeekChart;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of a report, by format: {@code report.html} (the charts embedded) or {@code report.md},
 * each with one {@code week-<set>.svg} per set; or {@code report.json} alone. {@link #render} makes
 * them in memory, {@link #write} writes them into a folder (created if missing), replacing files of
 * the same names and leaving any other file alone.
 */
public final class ReportFiles {

  /** The forms of the report. */
  public enum Format { html, markdown, json }

  private ReportFiles() {}

  /** File name to text, in the order written. */
  public static Map<String, String> render(CapacityReport report, Format format) {
    // Each chart is drawn once: the HTML embeds the very SVGs that are written beside it.
    Map<String, String> charts = new LinkedHashMap<>();
    if (format != Format.json) {
      for (SetCapacity set : report.sets()) {
        charts.put(set.name(), WeekChart.svg(report, set));
      }
    }
    Map<String, String> files = new LinkedHashMap<>();
    switch (format) {
      case html -> files.put("report.html", ReportTemplates.html(report, charts));
      case markdown -> files.put("report.md", ReportTemplates.markdown(report));
      case json -> files.put("report.json", ReportJson.render(report));
      default -> throw new IllegalArgumentException(format.name());
    }
    charts.forEach((set, svg) -> files.put(chartName(set), svg));
    return files;
  }

  /** Writes the files into {@code directory}; returns their paths. */
  public static List<Path> write(CapacityReport report, Format format, Path directory) throws IOException {
    Files.createDirectories(directory);
    List<Path> written = new ArrayList<>();
    for (Map.Entry<String, String> file : render(report, format).entrySet()) {
      Path path = directory.resolve(file.getKey());
      Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
      written.add(path);
    }
    return written;
  }

  /** {@code week-base.svg}: a set's name is a DNS label, safe in a file name. */
  public static String chartName(String set) {
    return "week-" + set + ".svg";
  }
}
