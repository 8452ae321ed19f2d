package org.wuhealth.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.wuhealth.facts.Snapshot;
import org.wuhealth.importers.FileType;
import org.wuhealth.importers.FormatDetector;
import org.wuhealth.importers.ImportException;
import org.wuhealth.importers.ImportResult;
import org.wuhealth.importers.Importer;
import org.wuhealth.snapshot.InputException;
import org.wuhealth.snapshot.SnapshotReader;

/**
 * Turns one command-line input into hosts, each loaded or failed on its own, so that one bad input
 * never stops the others. The one place that decides what an input is:
 *
 * <ul>
 *   <li>a snapshot file (JSON with "schemaVersion", or any {@code .json} that is not a raw export)
 *       is one host;
 *   <li>a zip archive is one host's support bundle;
 *   <li>any other single file is a raw export of one host, imported on the fly;
 *   <li>a directory with a raw export directly in it is one host's bundle (everything below it
 *       belongs to that host, zips included);
 *   <li>any other directory is a collection: its snapshots and zips are hosts, its subdirectories
 *       are looked at by the same rules, other files are skipped with the reason;
 *   <li>a glob is the files it matches, each on its own.
 * </ul>
 */
public final class InputLoader {
  private final SnapshotReader reader;
  private final Importer importer;
  private final String toolVersion;

  public InputLoader(SnapshotReader reader, Importer importer, String toolVersion) {
    this.reader = reader;
    this.importer = importer;
    this.toolVersion = toolVersion;
  }

  /** What one input gave: a host, an error, or a file that is no host's. */
  public sealed interface Loaded permits Host, Failure, Ignored {}

  /**
   * A host ready to analyze.
   *
   * @param source the file, archive or directory it came from
   * @param warnings unknown snapshot members, files skipped in a bundle, import notes
   */
  public record Host(String source, Snapshot snapshot, List<String> warnings) implements Loaded {
    public Host {
      warnings = List.copyOf(warnings);
    }
  }

  /** An input that could not be read: one line naming the file and the place. */
  public record Failure(InputException error) implements Loaded {}

  /** A file in a collection directory that is neither a snapshot nor an archive. */
  public record Ignored(String file, String reason) implements Loaded {}

  public List<Loaded> load(String argument) {
    Path path = Path.of(argument);
    if (Files.isDirectory(path)) {
      List<Loaded> loaded = new ArrayList<>();
      directory(path, loaded);
      return loaded;
    }
    try {
      return InputFiles.expand(argument).stream().map(this::file).toList();
    } catch (InputException e) {
      return List.of(new Failure(e));
    }
  }

  private void directory(Path dir, List<Loaded> loaded) {
    List<Path> children;
    try (Stream<Path> list = Files.list(dir)) {
      children = list.sorted().toList();
    } catch (IOException e) {
      loaded.add(
          new Failure(new InputException(dir.toString(), null, "cannot list: " + e.getMessage())));
      return;
    }
    if (children.stream().filter(Files::isRegularFile).anyMatch(f -> isRawExport(kind(f), f))) {
      loaded.add(bundle(dir));
      return;
    }
    for (Path child : children) {
      if (Files.isDirectory(child)) {
        directory(child, loaded);
      } else if (Files.isRegularFile(child)) {
        FormatDetector.Detection kind = kind(child);
        loaded.add(
            isSnapshot(kind, child) || kind.type() == FileType.ZIP
                ? file(child)
                : new Ignored(
                    child.toString(), kind.known() ? kind.type().description() : kind.reason()));
      }
    }
  }

  /**
   * One file on its own: a snapshot, a zip bundle or a raw export of one host ({@link Host} or
   * {@link Failure}). The batch calls this per file from its workers, so that it never holds more
   * than the hosts in flight.
   */
  public Loaded loadFile(Path file) {
    return file(file);
  }

  private Loaded file(Path file) {
    FormatDetector.Detection kind = kind(file);
    if (isSnapshot(kind, file)) {
      try {
        SnapshotReader.Loaded snapshot = reader.read(file);
        return new Host(snapshot.file(), snapshot.snapshot(), snapshot.warnings());
      } catch (InputException e) {
        return new Failure(e);
      }
    }
    return bundle(file);
  }

  private Loaded bundle(Path path) {
    String label = path.toString();
    try {
      ImportResult result =
          importer.importPaths(label, List.of(path), new Importer.Options(toolVersion, null, null));
      return new Host(label, result.snapshot(), result.warnings());
    } catch (ImportException e) {
      return new Failure(toInputException(e));
    }
  }

  /** The import error in the form every input error has. */
  private static InputException toInputException(ImportException e) {
    return new InputException(e.file(), e.line() == null ? null : e.line().toString(), e.reason());
  }

  private static boolean isSnapshot(FormatDetector.Detection kind, Path file) {
    if (kind.type() == FileType.SNAPSHOT) {
      return true;
    }
    boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    return json && !kind.known();
  }

  private static boolean isRawExport(FormatDetector.Detection kind, Path file) {
    return kind.known() && kind.type() != FileType.ZIP && !isSnapshot(kind, file);
  }

  private static FormatDetector.Detection kind(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return FormatDetector.detect(in.readNBytes(FormatDetector.HEAD_BYTES));
    } catch (IOException e) {
      return FormatDetector.Detection.unknown("cannot read: " + e.getMessage());
    }
  }
}
