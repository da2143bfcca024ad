package dev.scalegen.golden.runbook;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * The {@code kubectl} commands of a runbook, read back with commonmark-java as a reader sees them:
 * every line of a fenced code block that starts with {@code kubectl} (a command to run), and every
 * inline code span that does (a command mentioned in the text).
 */
final class RunbookCommands {

  private RunbookCommands() {}

  static List<KubectlCommand> of(String markdown) {
    Node document = Parser.builder().build().parse(markdown);
    List<KubectlCommand> commands = new ArrayList<>();
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(FencedCodeBlock block) {
        for (String line : block.getLiteral().split("\n")) {
          if (line.strip().startsWith("kubectl ")) {
            commands.add(KubectlCommand.parse(line.strip(), false));
          }
        }
      }

      @Override
      public void visit(Code code) {
        if (code.getLiteral().startsWith("kubectl ")) {
          commands.add(KubectlCommand.parse(code.getLiteral(), true));
        }
      }
    });
    return commands;
  }

  /** The info strings and bodies of the fenced code blocks, for tests of what the runbook shows. */
  static List<FencedCodeBlock> blocks(String markdown) {
    List<FencedCodeBlock> blocks = new ArrayList<>();
    Parser.builder().build().parse(markdown).accept(new AbstractVisitor() {
      @Override
      public void visit(FencedCodeBlock block) {
        blocks.add(block);
      }
    });
    return blocks;
  }
}
