package org.wuhealth.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A rule folder is code that runs with the user's rights; one that other users can change (a world-
 * or group-writable folder or file, as on a shared drop) would let them run code as the user.
 * World-writable is refused (group-writable is left alone: user-private groups make it the default
 * on many systems). Checked on POSIX file systems; Windows ACLs are not judged here.
 */
final class RuleFolderTrust {
  private RuleFolderTrust() {}

  /** The first folder or file under {@code dir} (or itself) that anyone can write, if any. */
  static Optional<Path> writableByOthers(Path dir) {
    if (Files.getFileAttributeView(dir, PosixFileAttributeView.class) == null) {
      return Optional.empty();
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      return paths.filter(RuleFolderTrust::othersMayWrite).findFirst();
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
  }

  private static boolean othersMayWrite(Path p) {
    try {
      Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
      return perms.contains(PosixFilePermission.OTHERS_WRITE);
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }
}
