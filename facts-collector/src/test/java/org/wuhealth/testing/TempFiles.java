package org.wuhealth.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Bytes in a temporary file for a reader that only takes a path (a ZIP archive, for one). */
public final class TempFiles {
  private TempFiles() {}

  /** What is done with the file; it may throw the reader's own exception. */
  @FunctionalInterface
  public interface FileAction<E extends Exception> {
    void accept(Path file) throws E, IOException;
  }

  /** Writes {@code data} to a new temporary file, runs {@code action} on it, then deletes it. */
  public static <E extends Exception> void withFile(
      String suffix, byte[] data, FileAction<E> action) throws E {
    Path file = null;
    try {
      file = Files.createTempFile("fuzz", suffix);
      Files.write(file, data);
      action.accept(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          // a temporary file left behind is no finding
        }
      }
    }
  }
}
