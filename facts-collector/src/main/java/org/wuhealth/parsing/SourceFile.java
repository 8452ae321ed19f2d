package org.wuhealth.parsing;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

/** A file to import: on disk, or an entry of a zip archive. */
public interface SourceFile {
  /** The name to show: the path as given, or "bundle.zip!/logs/CBS.log". */
  String name();

  /** The size in bytes as the file system or the zip directory states it. */
  long size();

  /** When the file was last written, or null when unknown. */
  Instant modified();

  /** A fresh stream over the content; for zip entries it enforces the archive's limits. */
  InputStream open() throws IOException;
}
