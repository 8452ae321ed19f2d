package org.wuhealth.batch;

import java.nio.file.Path;
import org.wuhealth.engine.InputLoader;
import org.wuhealth.importers.ImportLimits;
import org.wuhealth.importers.Importer;
import org.wuhealth.snapshot.InputException;
import org.wuhealth.snapshot.SnapshotReader;

/**
 * Reads the host in one batch input file: the single point where the batch workers load inputs.
 * Called from several threads at once.
 */
@FunctionalInterface
public interface HostLoader {
  SnapshotReader.Loaded load(Path file) throws InputException;

  /** Snapshot files only (format v1), refusing files over {@code maxBytes}. */
  static HostLoader snapshots(long maxBytes) {
    return new SnapshotReader(maxBytes)::read;
  }

  /**
   * What {@code analyze} reads, file by file: snapshots, zip support bundles and raw exports
   * (imported on the fly by the importers, through {@link InputLoader#loadFile}).
   */
  static HostLoader standard(long maxBytes, String toolVersion) {
    InputLoader inputs =
        new InputLoader(
            new SnapshotReader(maxBytes),
            new Importer(ImportLimits.withMaxFileBytes(maxBytes)),
            toolVersion);
    return file -> {
      InputLoader.Loaded loaded = inputs.loadFile(file);
      if (loaded instanceof InputLoader.Host host) {
        return new SnapshotReader.Loaded(host.source(), host.snapshot(), host.warnings());
      }
      if (loaded instanceof InputLoader.Failure failure) {
        throw failure.error();
      }
      throw new InputException(file.toString(), null, "not a host's snapshot, bundle or export");
    };
  }
}
