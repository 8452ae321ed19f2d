package org.wuhealth.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
  @TempDir Path dir;

  /**
   * A reader polls the file while a writer replaces it hundreds of times with contents of different
   * sizes: every read is one whole version. (Writing in place with Files.writeString, the same
   * reader sees truncated and mixed files within a few rounds.)
   */
  @Test
  void aReaderRacingTheWriterNeverSeesAPartialFile() throws Exception {
    Path target = dir.resolve("HOST01.json");
    String big = "{\"v\":\"" + "a".repeat(400_000) + "\"}\n";
    String small = "{\"v\":\"" + "b".repeat(90_000) + "\"}\n";
    AtomicBoolean writing = new AtomicBoolean(true);
    CompletableFuture<Integer> reader =
        CompletableFuture.supplyAsync(
            () -> {
              int reads = 0;
              while (writing.get()) {
                String seen;
                try {
                  seen = Files.readString(target, StandardCharsets.UTF_8);
                } catch (NoSuchFileException e) {
                  continue; // before the first write
                } catch (IOException e) {
                  throw new AssertionError(e);
                }
                if (!seen.equals(big) && !seen.equals(small)) {
                  throw new AssertionError("a partial file of " + seen.length() + " chars");
                }
                reads++;
              }
              return reads;
            });
    try {
      for (int i = 0; i < 300; i++) {
        AtomicFile.write(target, i % 2 == 0 ? big : small);
      }
    } finally {
      writing.set(false);
    }
    int reads = reader.get(60, TimeUnit.SECONDS);
    assertTrue(reads > 0, "the reader read the file while it was being replaced");
    assertEquals(List.of(target), listing(), "no temporary file is left");
  }

  @Test
  void aFailedWriteLeavesTheOldFileAndNoTemporary() throws IOException {
    Path target = dir.resolve("metrics.prom");
    AtomicFile.write(target, "old\n");
    IOException failure =
        assertThrows(
            IOException.class,
            () ->
                AtomicFile.write(
                    target,
                    out -> {
                      out.write("half of the new");
                      throw new IOException("the disk is full");
                    }));
    assertEquals("the disk is full", failure.getMessage());
    assertEquals("old\n", Files.readString(target));
    assertEquals(List.of(target), listing());
  }

  @Test
  void aMissingFolderIsAnErrorNamingTheFile() {
    Path target = dir.resolve("no-such-folder").resolve("HOST.json");
    NoSuchFileException e =
        assertThrows(NoSuchFileException.class, () -> AtomicFile.write(target, "x"));
    assertTrue(e.getMessage().contains(target.toString()), e.getMessage());
  }

  @Test
  void theFileGetsTheFolderDefaultPermissionsLikeAnyNewFile() throws IOException {
    if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    Path plain = Files.writeString(dir.resolve("plain.json"), "{}");
    Path atomic = dir.resolve("atomic.json");
    AtomicFile.write(atomic, "{}");
    assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(atomic));
  }

  @Test
  void temporaryFilesAreRecognisable() {
    assertTrue(AtomicFile.isTemporary(Path.of("share", ".HOST.json.00ff.wuhealth-tmp")));
    assertFalse(AtomicFile.isTemporary(Path.of("share", "HOST.json")));
  }

  private List<Path> listing() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }
}
