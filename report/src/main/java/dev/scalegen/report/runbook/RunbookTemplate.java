package dev.scalegen.report.runbook;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Renders a {@link RunbookModel} with the mustache.java template {@code runbook.md.mustache} (next
 * to this class on the class path). Markdown, not HTML: values are written as they are, without
 * HTML escaping. The template is compiled once; a compiled mustache.java template may be executed
 * by several threads at once. LF line ends, one trailing newline.
 */
final class RunbookTemplate {

  private static final Mustache TEMPLATE = new MarkdownFactory().compile("runbook.md.mustache");

  private RunbookTemplate() {}

  static String render(RunbookModel model) {
    StringWriter out = new StringWriter();
    TEMPLATE.execute(out, model);
    String text = out.toString().replace("\r\n", "\n");
    return text.stripTrailing() + "\n";
  }

  /** Templates from this package's resources, values unescaped. */
  private static final class MarkdownFactory extends DefaultMustacheFactory {
    MarkdownFactory() {
      super("dev/scalegen/report/runbook");
    }

    @Override
    public void encode(String value, Writer writer) {
      try {
        writer.write(value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
