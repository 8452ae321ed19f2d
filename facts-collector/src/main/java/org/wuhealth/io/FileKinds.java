package org.wuhealth.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Says what a path is when it is not a regular file, and what went wrong when a file could not be
 * read, in words that do not repeat the path (the caller's message starts with it). A named pipe
 * would block a reader forever and a device such as /dev/zero never ends, so inputs are regular
 * files only, and "no such file" is kept for paths that name nothing.
 */
public final class FileKinds {
  private static final int TYPE_MASK = 0170000;
  private static final int FIFO = 0010000;
  private static final int CHARACTER_DEVICE = 0020000;
  private static final int BLOCK_DEVICE = 0060000;
  private static final int SOCKET = 0140000;

  private FileKinds() {}

  /** Why {@code path}, which is no regular file, cannot be read as one. */
  public static String notAFile(Path path) {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return "no such file or directory";
    }
    if (!Files.exists(path)) {
      return "a symbolic link to a file that does not exist";
    }
    if (Files.isDirectory(path)) {
      return "a folder, not a file";
    }
    return special(path) + ", not a regular file; wuhealth reads regular files only";
  }

  /**
   * "a named pipe (FIFO)", "a character device", ... from the Unix file mode where there is one.
   */
  public static String special(Path path) {
    try {
      Object mode = Files.getAttribute(path, "unix:mode");
      if (mode instanceof Integer m) {
        return switch (m & TYPE_MASK) {
          case FIFO -> "a named pipe (FIFO)";
          case CHARACTER_DEVICE -> "a character device";
          case BLOCK_DEVICE -> "a block device";
          case SOCKET -> "a socket";
          default -> "a special file";
        };
      }
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      // no Unix view (Windows): the kind stays unnamed
    }
    return "a special file";
  }

  /**
   * An I/O failure as one line that names the file it concerns: {@code /proc/kb: no such file or
   * directory} (Java's messages are often the bare path: {@code afile}).
   */
  public static String withPath(IOException e) {
    return e instanceof FileSystemException f && f.getFile() != null
        ? f.getFile() + ": " + describe(e)
        : describe(e);
  }

  /** An I/O failure in plain words, without the path: "permission denied", "not a directory". */
  public static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "already exists (and is not a folder)";
    }
    if (e instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    if (e instanceof FileSystemException) {
      return "cannot be used (" + e.getClass().getSimpleName() + ")";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
