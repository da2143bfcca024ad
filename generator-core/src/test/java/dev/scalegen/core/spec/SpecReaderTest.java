package dev.scalegen.core.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.scalegen.core.diag.Code;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link SpecReader#read} refuses before it opens the file: nothing it is given can make it wait. */
class SpecReaderTest {

  @TempDir Path dir;

  @Test
  void aNamedPipeIsRefusedWithoutBeingOpened() throws Exception {
    Path fifo = dir.resolve("scaling.yaml");
    assumeThat(mkfifo(fifo)).as("mkfifo is available").isTrue();
    // Opening a pipe that no one writes to blocks forever: the old reader hung here. A writer on
    // the other end turns such a regression into a failure instead of a hang: a reader that opens
    // the pipe gets a spec and no problem.
    Thread writer = writeOnce(fifo);
    SpecReader.Outcome outcome = SpecReader.read(fifo, "scaling.yaml");
    if (outcome.source() == null) {
      Files.readAllBytes(fifo); // the reader did not open the pipe: take the writer's spec ourselves
    }
    writer.join();
    assertThat(outcome.source()).isNull();
    assertThat(outcome.problem().code()).isEqualTo(Code.FILE_UNREADABLE);
    assertThat(outcome.problem().message())
        .isEqualTo("`scaling.yaml` is not a regular file (it is a named pipe, a device or a socket)");
  }

  @Test
  void aDeviceIsRefused() {
    Path device = Path.of("/dev/zero");
    assumeThat(Files.exists(device)).isTrue();
    SpecReader.Outcome outcome = SpecReader.read(device, "/dev/zero");
    assertThat(outcome.problem().code()).isEqualTo(Code.FILE_UNREADABLE);
    assertThat(outcome.problem().message()).contains("is not a regular file");
  }

  @Test
  void aDirectoryIsRefused() {
    SpecReader.Outcome outcome = SpecReader.read(dir, "specs");
    assertThat(outcome.problem().code()).isEqualTo(Code.FILE_UNREADABLE);
    assertThat(outcome.problem().message()).isEqualTo("`specs` is a directory, not a spec file");
  }

  @Test
  void aLinkToARegularFileIsRead() throws IOException {
    Path file = Files.writeString(dir.resolve("real.yaml"), "a: 1\n");
    Path link = Files.createSymbolicLink(dir.resolve("scaling.yaml"), file);
    SpecReader.Outcome outcome = SpecReader.read(link, "scaling.yaml");
    assertThat(outcome.problem()).isNull();
    assertThat(outcome.source().text()).isEqualTo("a: 1\n");
  }

  @Test
  void aMissingFileIsRefused() {
    SpecReader.Outcome outcome = SpecReader.read(dir.resolve("nope.yaml"), "nope.yaml");
    assertThat(outcome.problem().message()).isEqualTo("`nope.yaml` does not exist");
  }

  /** Makes a named pipe with the system's {@code mkfifo}; false when there is none. */
  static boolean mkfifo(Path path) throws InterruptedException {
    try {
      Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
      return p.waitFor() == 0 && Files.exists(path);
    } catch (IOException e) {
      return false;
    }
  }

  /** A thread that opens {@code fifo} for writing (which waits for a reader), writes a spec, closes. */
  private static Thread writeOnce(Path fifo) {
    Thread writer = new Thread(() -> {
      try {
        Files.writeString(fifo, "a: 1\n");
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    writer.setDaemon(true);
    writer.start();
    return writer;
  }
}
