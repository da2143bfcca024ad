package dev.scalegen.report.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import dev.scalegen.report.capacity.CapacityReport;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;

/**
 * The HTML and Markdown forms, from mustache templates next to this class
 * ({@code report.html.mustache}, {@code report.md.mustache}) over {@link ReportView}. HTML escapes
 * every value but the embedded SVG; Markdown writes values as they are, with {@code |} and line
 * breaks escaped so that a message never breaks a table.
 */
public final class ReportTemplates {

  private ReportTemplates() {}

  /** The HTML page, each set's week chart ({@code charts}: set name to SVG, as written beside it) embedded. */
  public static String html(CapacityReport report, Map<String, String> charts) {
    Map<String, Object> view = ReportView.of(report, set -> embedded(charts.get(set.name())), text -> text);
    return render("report.html.mustache", view, new DefaultMustacheFactory("dev/scalegen/report/render"));
  }

  /** The Markdown text, each set's week chart linked as its SVG file. */
  public static String markdown(CapacityReport report) {
    Map<String, Object> view = ReportView.of(report, set -> "", ReportTemplates::markdownText);
    return render("report.md.mustache", view, new DefaultMustacheFactory("dev/scalegen/report/render") {
      @Override
      public void encode(String value, Writer writer) {
        try {
          writer.write(value);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    });
  }

  private static String render(String template, Map<String, Object> view, DefaultMustacheFactory factory) {
    Mustache mustache = factory.compile(template);
    StringWriter out = new StringWriter();
    mustache.execute(out, view);
    return out.toString();
  }

  /** An SVG document without its XML declaration and DOCTYPE, to sit inside HTML. */
  static String embedded(String svg) {
    int start = svg.indexOf("<svg");
    return start < 0 ? svg : svg.substring(start);
  }

  static String markdownText(String text) {
    return text == null ? null : text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
  }
}
