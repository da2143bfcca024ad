package dev.scalegen.golden;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A minimal Language Server Protocol client over a server's standard streams (JSON-RPC with
 * {@code Content-Length} frames), for tests: requests wait for their answer, notifications are
 * kept in order, and the server's own requests ({@code workspace/configuration}) are answered with
 * {@link #settings}. A server that does not answer within {@link #TIMEOUT_SECONDS} aborts the test
 * (skipped, never hung): a slow machine is not a failure of the schema.
 */
final class LspClient implements AutoCloseable {

  static final long TIMEOUT_SECONDS = 60;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Process process;
  private final OutputStream in;
  private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
  private final ObjectNode settings;
  private int lastId;

  LspClient(List<String> command, Path directory, ObjectNode settings) throws IOException {
    this.settings = settings;
    this.process = new ProcessBuilder(command).directory(directory.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    this.in = process.getOutputStream();
    Thread reader = new Thread(() -> read(new BufferedInputStream(process.getInputStream())), "lsp-reader");
    reader.setDaemon(true);
    reader.start();
  }

  static ObjectNode object() {
    return JSON.createObjectNode();
  }

  /** Sends a request and returns its {@code result}, answering the server's requests meanwhile. */
  JsonNode request(String method, JsonNode params) throws IOException {
    int id = ++lastId;
    send(object().put("jsonrpc", "2.0").put("id", id).put("method", method).set("params", params));
    for (;;) {
      JsonNode m = next();
      if (!m.has("method") && m.path("id").asInt(-1) == id) {
        return m.path("result");
      }
    }
  }

  void notify(String method, JsonNode params) throws IOException {
    send(object().put("jsonrpc", "2.0").put("method", method).set("params", params));
  }

  /** The params of the next notification {@code method} for the document {@code uri}. */
  JsonNode awaitNotification(String method, String uri) throws IOException {
    for (;;) {
      JsonNode m = next();
      if (method.equals(m.path("method").asString("")) && !m.has("id")
          && uri.equals(m.path("params").path("uri").asString(""))) {
        return m.get("params");
      }
    }
  }

  /** The next message; the server's requests are answered and passed over. */
  private JsonNode next() throws IOException {
    for (;;) {
      JsonNode m;
      try {
        m = messages.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
      Assumptions.assumeTrue(m != null && !m.has("eof"),
          "the language server did not answer within " + TIMEOUT_SECONDS + " s: skipping");
      if (m.has("method") && m.has("id")) {
        JsonNode result = JSON.nullNode();
        if ("workspace/configuration".equals(m.get("method").asString())) {
          ArrayNode items = JSON.createArrayNode();
          m.path("params").path("items").forEach(item -> items.add(
              "yaml".equals(item.path("section").asString("")) ? settings : object()));
          result = items;
        }
        send(object().put("jsonrpc", "2.0").set("id", m.get("id")).set("result", result));
        continue;
      }
      return m;
    }
  }

  private synchronized void send(JsonNode message) throws IOException {
    byte[] body = JSON.writeValueAsBytes(message);
    in.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    in.write(body);
    in.flush();
  }

  private void read(InputStream out) {
    try {
      for (;;) {
        int length = -1;
        for (String header = line(out); !header.isEmpty(); header = line(out)) {
          if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
            length = Integer.parseInt(header.substring(15).trim());
          }
        }
        messages.add(JSON.readTree(out.readNBytes(length)));
      }
    } catch (IOException | RuntimeException e) {
      messages.add(object().put("eof", String.valueOf(e)));
    }
  }

  private static String line(InputStream out) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (int c = out.read(); c != '\n'; c = out.read()) {
      if (c < 0) {
        throw new IOException("the language server closed its output");
      }
      if (c != '\r') {
        b.write(c);
      }
    }
    return b.toString(StandardCharsets.US_ASCII);
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
