package org.wuhealth.inputs;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import org.wuhealth.io.AtomicFile;
import org.wuhealth.io.FileKinds;
import org.wuhealth.io.TextColumn;
import org.wuhealth.parsing.Skipped;
import org.wuhealth.snapshot.InputException;

/**
 * Expands one command-line argument into files, in a stable order: a file is itself, a directory is
 * every regular file below it (sorted), and an argument with {@code *}, {@code ?} or {@code [} is a
 * glob matched against the files below its fixed leading directories. The temporary files of a
 * write in progress ({@link AtomicFile}, say a collector writing to the share being read) are
 * skipped.
 *
 * <p>A walk reads what is in the folder and nothing else, whatever the folder holds: symbolic links
 * are not followed (a link to a folder could loop, {@code ln -s . x} twice makes the walk
 * exponential, and a link to a file is either a second copy of a file the walk reads anyway or a
 * file outside the folder, such as a secret, that the user did not name), named pipes and devices
 * are not opened (a pipe blocks a reader forever, /dev/zero never ends), and a subfolder that
 * cannot be listed is one problem while the walk goes on. Each is reported with its path. A file or
 * link named on the command line is read: the user chose it.
 */
final class InputFiles {
  private InputFiles() {}

  /**
   * The files of an argument and where they were found: the directory or the fixed part of a glob
   * that was walked, or the folder of a file named alone ({@code walked} false); the links and
   * special files passed over, and the subfolders that could not be listed. The files are their
   * paths' text, in one {@link TextColumn} for a walk (the list is not copied): planning holds them
   * while it reads every file's head, long enough for the collector to move them to the old
   * generation, and a {@code Path} with its cached text and name offsets is about 220 bytes against
   * about 50 (22 MB for a fleet of 100,000 files).
   */
  record Expansion(
      Path root,
      List<String> files,
      boolean walked,
      List<Skipped> skipped,
      List<InputException> problems) {
    Expansion {
      skipped = List.copyOf(skipped);
      problems = List.copyOf(problems);
    }
  }

  /** An argument that names nothing is an input error for that argument. */
  static Expansion expand(String argument) throws InputException {
    Path path = Path.of(argument);
    if (Files.isRegularFile(path)) {
      Path parent = path.toAbsolutePath().normalize().getParent();
      return new Expansion(parent, List.of(path.toString()), false, List.of(), List.of());
    }
    if (Files.isDirectory(path)) {
      Expansion found = walk(path, p -> true);
      if (found.files().isEmpty() && found.skipped().isEmpty() && found.problems().isEmpty()) {
        throw new InputException(argument, null, "the folder holds no file");
      }
      return found;
    }
    if (isGlob(argument)) {
      Path base = fixedPrefix(argument);
      PathMatcher matcher =
          FileSystems.getDefault().getPathMatcher("glob:" + argument.replace('\\', '/'));
      Expansion found =
          Files.isDirectory(base)
              ? walk(base, p -> matcher.matches(Path.of(p.toString().replace('\\', '/'))))
              : new Expansion(base, List.of(), true, List.of(), List.of());
      if (found.files().isEmpty() && found.skipped().isEmpty() && found.problems().isEmpty()) {
        throw new InputException(argument, null, "no file matches this pattern");
      }
      return found;
    }
    throw new InputException(argument, null, FileKinds.notAFile(path));
  }

  static Expansion walk(Path root, PathMatcher filter) throws InputException {
    Walk walk;
    try {
      // a folder named through a link is walked at its target, its files shown under the link
      Path start = Files.isSymbolicLink(root) ? root.toRealPath() : root;
      walk = new Walk(filter, p -> p.equals(start) ? root : root.resolve(start.relativize(p)));
      Files.walkFileTree(start, walk);
    } catch (IOException e) {
      throw new InputException(root.toString(), null, "cannot list: " + FileKinds.describe(e));
    }
    // sorted as paths: the platform's order (case-insensitive on Windows), not the text's
    walk.files.sort(Comparator.naturalOrder());
    walk.skipped.sort(Comparator.comparing(Skipped::file));
    walk.problems.sort(Comparator.comparing(InputException::file));
    TextColumn files = new TextColumn(walk.files.size(), 48);
    walk.files.forEach(file -> files.add(file.toString()));
    return new Expansion(root, files.asList(), true, walk.skipped, walk.problems);
  }

  /** Collects regular files; reports links, special files and folders it cannot list. */
  static final class Walk extends SimpleFileVisitor<Path> {
    private final PathMatcher filter;
    private final UnaryOperator<Path> shown;
    final List<Path> files = new ArrayList<>();
    final List<Skipped> skipped = new ArrayList<>();
    final List<InputException> problems = new ArrayList<>();

    Walk(PathMatcher filter, UnaryOperator<Path> shown) {
      this.filter = filter;
      this.shown = shown;
    }

    @Override
    public FileVisitResult visitFile(Path found, BasicFileAttributes attributes) {
      Path file = shown.apply(found);
      if (!filter.matches(file)) {
        return FileVisitResult.CONTINUE;
      }
      if (attributes.isRegularFile()) {
        if (!AtomicFile.isTemporary(file)) {
          files.add(file);
        }
      } else if (attributes.isSymbolicLink()) {
        skipped.add(
            new Skipped(
                file.toString(),
                "a symbolic link; links inside a folder are not followed (name the file itself to"
                    + " read it)"));
      } else if (attributes.isOther()) {
        skipped.add(new Skipped(file.toString(), FileKinds.special(file) + ", not a regular file"));
      }
      return FileVisitResult.CONTINUE;
    }

    /**
     * A subfolder that cannot be listed (or a file whose type cannot be read): the walk goes on.
     */
    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      problems.add(unreadable(shown.apply(file), e));
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
      if (e != null) {
        problems.add(unreadable(shown.apply(dir), e));
      }
      return FileVisitResult.CONTINUE;
    }

    private static InputException unreadable(Path path, IOException e) {
      return new InputException(
          path.toString(),
          null,
          "cannot list this folder ("
              + FileKinds.describe(e)
              + "); the files in it were not read"
              + (e instanceof AccessDeniedException
                  ? " (give the user running wuhealth read access)"
                  : ""));
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
