package dev.scalegen.core.spec;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.scanner.ScannerImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.tokens.Token;

/**
 * Whether a flow list or mapping that the parser gave up in is closed further down: snakeyaml-engine's
 * scanner reads the tokens after it (only on this error path) and counts brackets. The parser stops
 * at the first token it does not expect, which may be a `:` on the line after a key (valid YAML 1.2
 * that it does not accept) inside a mapping that is closed: calling that "not closed" misleads.
 */
final class FlowClosure {

  /** What the tokens after the opening bracket show. */
  enum State { CLOSED, NOT_CLOSED, UNKNOWN }

  private FlowClosure() {}

  /** Whether the flow collection that opens at {@code opened} has its closing bracket. */
  static State of(SpecSource source, Mark opened) {
    LoadSettings settings = LoadSettings.builder().setCodePointLimit(SpecLimits.MAX_FILE_BYTES).build();
    ScannerImpl scanner = new ScannerImpl(settings, new StreamReader(settings, source.text()));
    int depth = -1;
    try {
      while (scanner.hasNext()) {
        Token token = scanner.next();
        Token.ID id = token.getTokenId();
        if (depth < 0) {
          boolean start = id == Token.ID.FlowMappingStart || id == Token.ID.FlowSequenceStart;
          if (start && token.getStartMark().map(Mark::getIndex).orElse(-1) == opened.getIndex()) {
            depth = 1;
          }
        } else if (id == Token.ID.FlowMappingStart || id == Token.ID.FlowSequenceStart) {
          depth++;
        } else if (id == Token.ID.FlowMappingEnd || id == Token.ID.FlowSequenceEnd) {
          if (--depth == 0) {
            return State.CLOSED;
          }
        }
      }
      return depth < 0 ? State.UNKNOWN : State.NOT_CLOSED;
    } catch (YamlEngineException e) {
      return State.UNKNOWN; // the scanner stopped too (an unclosed quote, a bad character)
    }
  }
}
