package org.wuhealth.importers.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.wuhealth.parsing.ImportException;
import org.wuhealth.parsing.ImportLimits;
import org.wuhealth.parsing.Skipped;
import org.wuhealth.parsing.SourceFile;

/**
 * The files of one host: files given one by one, every file below a directory (sorted, symbolic
 * links not followed), and the entries of zip archives among them. Zip archives stay open until the
 * bundle is closed.
 */
public final class Bundle implements AutoCloseable {
  private final List<SourceFile> files = new ArrayList<>();
  private final List<Skipped> skipped = new ArrayList<>();
  private final List<ZipArchive> archives = new ArrayList<>();

  private Bundle() {}

  public static Bundle of(List<Path> paths, ImportLimits limits) throws ImportException {
    Bundle bundle = new Bundle();
    try {
      for (Path path : paths) {
        if (Files.isDirectory(path)) {
          for (Path file : walk(path)) {
            bundle.add(file, limits);
          }
        } else {
          bundle.add(path, limits);
        }
      }
      return bundle;
    } catch (ImportException e) {
      bundle.close();
      throw e;
    }
  }

  private void add(Path path, ImportLimits limits) throws ImportException {
    if (!Files.isRegularFile(path)) {
      throw new ImportException(path.toString(), null, "no such file");
    }
    if (isZip(path)) {
      ZipArchive archive = ZipArchive.open(path, limits);
      archives.add(archive);
      files.addAll(archive.entries(skipped));
      return;
    }
    try {
      files.add(DiskFile.of(path));
    } catch (IOException e) {
      throw new ImportException(path.toString(), null, "cannot read: " + e.getMessage());
    }
  }

  /** True when the file starts like a zip archive (whatever its name). */
  private static boolean isZip(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      byte[] head = in.readNBytes(4);
      return head.length == 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5);
    } catch (IOException e) {
      return false;
    }
  }

  private static List<Path> walk(Path root) throws ImportException {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new ImportException(root.toString(), null, "cannot list: " + e.getMessage());
    }
  }

  public List<SourceFile> files() {
    return List.copyOf(files);
  }

  /** Entries refused before reading (unsafe names in archives). */
  public List<Skipped> skipped() {
    return List.copyOf(skipped);
  }

  @Override
  public void close() {
    for (ZipArchive archive : archives) {
      try {
        archive.close();
      } catch (IOException e) {
        // closing a read-only archive cannot lose data
      }
    }
  }
}
