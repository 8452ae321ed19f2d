package org.wuhealth.importers.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.wuhealth.parsing.SourceFile;

/** A file on disk, named as the user gave it. */
public record DiskFile(Path path, String name, long size, Instant modified) implements SourceFile {
  public static DiskFile of(Path path) throws IOException {
    return new DiskFile(
        path, path.toString(), Files.size(path), Files.getLastModifiedTime(path).toInstant());
  }

  @Override
  public InputStream open() throws IOException {
    return Files.newInputStream(path);
  }
}
