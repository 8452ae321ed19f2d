package org.wuhealth.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that a reader sees either the old content or the whole new one, never a part:
 * the content goes to a temporary file in the same folder (so the rename stays on one volume, also
 * on a share), is flushed to disk, and is then renamed over the target in one step. A collector
 * writing {@code \\server\share\HOST.json} while a batch reads the share, or windows_exporter
 * reading {@code *.prom} while a scan writes one, depend on this.
 */
public final class AtomicFile {
  /** How the temporary files end; {@link #isTemporary} lets readers of a folder skip them. */
  public static final String TEMPORARY_SUFFIX = ".wuhealth-tmp";

  /**
   * Windows refuses to replace a file that a reader opened without FILE_SHARE_DELETE
   * (windows_exporter and most non-Java readers do); such a reader holds it for milliseconds, so
   * the rename is tried again for about three seconds before giving up.
   */
  private static final int RENAME_ATTEMPTS = 12;

  private static final long RENAME_PAUSE_MS = 250;

  /** Produces the content into a writer. */
  @FunctionalInterface
  public interface Content {
    void writeTo(Writer out) throws IOException;
  }

  private AtomicFile() {}

  /** Writes {@code text} (UTF-8) to {@code target} atomically. */
  public static void write(Path target, String text) throws IOException {
    write(target, out -> out.write(text));
  }

  /** Writes what {@code content} produces (UTF-8) to {@code target} atomically. */
  public static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new NoSuchFileException(target.toString(), null, "no such folder");
    }
    Path temporary = temporaryFor(absolute);
    Temporaries.add(temporary);
    try {
      try (FileChannel channel =
          FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        OutputStream stream = Channels.newOutputStream(channel);
        Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      rename(temporary, absolute);
    } finally {
      Temporaries.delete(temporary);
    }
  }

  /** What went wrong, in words, without repeating the file name the caller already shows. */
  public static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such folder";
    }
    if (e instanceof AccessDeniedException) {
      return "access denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage();
  }

  /** True for the temporary files of a write in progress (or of one that was killed). */
  public static boolean isTemporary(Path file) {
    Path name = file.getFileName();
    return name != null && name.toString().endsWith(TEMPORARY_SUFFIX);
  }

  /**
   * A temporary beside {@code target}: ".HOST.json.1f2e3d4c5b6a7980.wuhealth-tmp", hidden on Unix,
   * obviously ours on Windows. Not from SecureRandom: seeding it on Windows creates a CryptoAPI key
   * container in the user's profile, and a scan must write nothing but its outputs (the Wine bench
   * caught it).
   */
  public static Path temporaryFor(Path target) {
    Path absolute = target.toAbsolutePath();
    return absolute.resolveSibling(
        "."
            + absolute.getFileName()
            + "."
            + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong())
            + TEMPORARY_SUFFIX);
  }

  private static void rename(Path from, Path to) throws IOException {
    for (int attempt = 1; ; attempt++) {
      try {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        return;
      } catch (FileSystemException e) {
        if (attempt == RENAME_ATTEMPTS || !mayPass(e, to)) {
          throw e;
        }
      }
      try {
        Thread.sleep(RENAME_PAUSE_MS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while replacing " + to, e);
      }
    }
  }

  /**
   * A reader holding the target: access denied, or a sharing violation, which Java reports as a
   * plain FileSystemException with a localized reason (so it is told by its class, not its text).
   */
  private static boolean mayPass(FileSystemException e, Path target) {
    boolean busy = e instanceof AccessDeniedException || e.getClass() == FileSystemException.class;
    return busy && !Files.isDirectory(target);
  }
}
