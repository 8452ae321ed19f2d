package org.wuhealth.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The temporary files of the outputs being written in this process, so that an interrupted run
 * (Ctrl-C, SIGTERM) removes them instead of leaving them beside the results, and so that the
 * renames that publish outputs and that removal never interleave: once {@link #abandon} ran,
 * nothing is published any more and the previous results stay as they were.
 */
public final class Temporaries {
  private static final Object LOCK = new Object();
  private static final Set<Path> FILES = new LinkedHashSet<>();
  private static boolean abandoned;

  private Temporaries() {}

  /** Records a temporary file about to be created. */
  public static void add(Path file) {
    synchronized (LOCK) {
      FILES.add(file.toAbsolutePath());
    }
  }

  /** Deletes a temporary file that is no longer needed (an error path, a spill file). */
  public static void delete(Path file) throws IOException {
    synchronized (LOCK) {
      FILES.remove(file.toAbsolutePath());
      Files.deleteIfExists(file);
    }
  }

  /** A temporary and the output it becomes. */
  public record Rename(Path temporary, Path target) {}

  /**
   * Renames each temporary over its target, all of them or, once the run was abandoned, none: a
   * batch's outputs replace the previous run's together. The renames are atomic one by one.
   */
  public static void publish(List<Rename> renames) throws IOException {
    synchronized (LOCK) {
      if (abandoned) {
        throw new IOException("interrupted before the outputs were complete");
      }
      for (Rename r : renames) {
        Files.move(r.temporary(), r.target(), StandardCopyOption.ATOMIC_MOVE);
        FILES.remove(r.temporary().toAbsolutePath());
      }
    }
  }

  /**
   * Deletes every temporary file and stops all later publishing; returns how many were removed.
   * Called when the process is being ended.
   */
  public static int abandon() {
    synchronized (LOCK) {
      abandoned = true;
      int removed = 0;
      for (Path file : FILES) {
        try {
          removed += Files.deleteIfExists(file) ? 1 : 0;
        } catch (IOException e) {
          // the process is ending; a file that cannot be removed is left to the next run's listing
        }
      }
      FILES.clear();
      return removed;
    }
  }
}
