package org.wuhealth.engine;

import java.nio.file.Path;
import org.wuhealth.snapshot.InputException;
import org.wuhealth.snapshot.SnapshotReader;

/**
 * Turns one input file into a snapshot: the single point where batch inputs are read. Today that is
 * a snapshot file; importers of raw exports and support bundles plug in by providing a loader that
 * recognises their files and falls back to {@link #snapshots} for the rest. Implementations are
 * called from several threads at once.
 */
@FunctionalInterface
public interface InputLoader {
  SnapshotReader.Loaded load(Path file) throws InputException;

  /** Reads snapshot files (format v1), refusing files over {@code maxBytes}. */
  static InputLoader snapshots(long maxBytes) {
    return new SnapshotReader(maxBytes)::read;
  }
}
