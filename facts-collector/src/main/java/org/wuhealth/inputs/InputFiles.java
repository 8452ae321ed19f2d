package org.wuhealth.inputs;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.wuhealth.io.AtomicFile;
import org.wuhealth.snapshot.InputException;

/**
 * Expands one command-line argument into files, in a stable order: a file is itself, a directory is
 * every regular file below it (sorted, symbolic links not followed), and an argument with {@code
 * *}, {@code ?} or {@code [} is a glob matched against the files below its fixed leading
 * directories. The temporary files of a write in progress ({@link AtomicFile}, say a collector
 * writing to the share being read) are skipped.
 */
final class InputFiles {
  private InputFiles() {}

  /**
   * The files of an argument and where they were found: the directory or the fixed part of a glob
   * that was walked, or the folder of a file named alone ({@code walked} false).
   */
  record Expansion(Path root, List<Path> files, boolean walked) {
    Expansion {
      files = List.copyOf(files);
    }
  }

  /** An argument that names nothing is an input error for that argument. */
  static Expansion expand(String argument) throws InputException {
    Path path = Path.of(argument);
    if (Files.isRegularFile(path)) {
      Path parent = path.toAbsolutePath().normalize().getParent();
      return new Expansion(parent, List.of(path), false);
    }
    if (Files.isDirectory(path)) {
      List<Path> files = walk(path, p -> true);
      if (files.isEmpty()) {
        throw new InputException(argument, null, "the folder holds no file");
      }
      return new Expansion(path, files, true);
    }
    if (isGlob(argument)) {
      Path base = fixedPrefix(argument);
      PathMatcher matcher =
          FileSystems.getDefault().getPathMatcher("glob:" + argument.replace('\\', '/'));
      List<Path> matches =
          Files.isDirectory(base)
              ? walk(base, p -> matcher.matches(Path.of(p.toString().replace('\\', '/'))))
              : List.of();
      if (matches.isEmpty()) {
        throw new InputException(argument, null, "no file matches this pattern");
      }
      return new Expansion(base, matches, true);
    }
    throw new InputException(argument, null, "no such file or directory");
  }

  private static List<Path> walk(Path root, PathMatcher filter) throws InputException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> !AtomicFile.isTemporary(p))
          .filter(filter::matches)
          .sorted()
          .toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new InputException(root.toString(), null, "cannot list: " + e.getMessage());
    }
  }

  private static boolean isGlob(String argument) {
    return argument.indexOf('*') >= 0 || argument.indexOf('?') >= 0 || argument.indexOf('[') >= 0;
  }

  /** The directories before the first segment with a wildcard ("." when there are none). */
  private static Path fixedPrefix(String glob) {
    List<String> fixed = new ArrayList<>();
    for (String segment : glob.replace('\\', '/').split("/")) {
      if (isGlob(segment)) {
        break;
      }
      fixed.add(segment);
    }
    if (fixed.isEmpty()) {
      return Path.of(".");
    }
    String joined = String.join("/", fixed);
    return Path.of(joined.isEmpty() ? "/" : joined);
  }
}
