package org.wuhealth.inputs;

import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import org.wuhealth.inputs.HostInput.Exports;
import org.wuhealth.inputs.HostInput.SnapshotFile;
import org.wuhealth.io.TextColumn;

/**
 * The hosts of a plan in input order, unmodifiable and compact: a snapshot file is its folder's
 * number and its name's bytes (about 30 bytes), made into a {@link SnapshotFile} when read, where
 * the record with its path's String kept about 100. A batch holds its plan to the end, so a fleet
 * of 100,000 snapshot files kept 10 MB more of its heap for the whole run. Raw exports (a few
 * hosts) are kept as they are.
 */
final class PlannedHosts extends AbstractList<HostInput> implements RandomAccess {
  private final Snapshots snapshots;
  private final List<Exports> exports;

  /** Per host: its row in {@link #snapshots}, or {@code -1 - i} for {@code exports.get(i)}. */
  private final int[] entries;

  private PlannedHosts(Snapshots snapshots, List<Exports> exports, int[] entries) {
    this.snapshots = snapshots;
    this.exports = List.copyOf(exports);
    this.entries = entries;
  }

  @Override
  public HostInput get(int index) {
    int entry = entries[index];
    return entry >= 0 ? snapshots.get(entry) : exports.get(-1 - entry);
  }

  @Override
  public int size() {
    return entries.length;
  }

  /** Snapshot files in the order they were planned, with their positions among all inputs. */
  static final class Snapshots {
    /** The text of each path up to its file name, separator included: a fleet has few folders. */
    private final List<String> folders = new ArrayList<>();

    private final Map<String, Integer> folderIds = new HashMap<>();
    private final TextColumn names = new TextColumn(64, 24);
    private int[] positions = new int[64];
    private int[] folderOf = new int[64];
    private int size;

    /** Adds the snapshot {@code file}, the input at {@code position} (rising from call to call). */
    void add(int position, Path file) {
      if (size == positions.length) {
        positions = Arrays.copyOf(positions, size * 2);
        folderOf = Arrays.copyOf(folderOf, size * 2);
      }
      String path = file.toString();
      Path fileName = file.getFileName();
      int cut = fileName == null ? 0 : path.length() - fileName.toString().length();
      folderOf[size] =
          folderIds.computeIfAbsent(
              path.substring(0, cut),
              folder -> {
                folders.add(folder);
                return folders.size() - 1;
              });
      names.add(path.substring(cut));
      positions[size++] = position;
    }

    SnapshotFile get(int row) {
      return new SnapshotFile(folders.get(folderOf[row]) + names.get(row));
    }

    /**
     * All hosts in input order: these snapshots and {@code exports}, each export group placed by
     * the position of its first file ({@code exportPositions}, rising).
     */
    PlannedHosts with(List<Exports> exports, int[] exportPositions) {
      int[] entries = new int[size + exports.size()];
      int s = 0;
      int e = 0;
      for (int i = 0; i < entries.length; i++) {
        boolean exportNext = e < exports.size() && (s == size || exportPositions[e] < positions[s]);
        entries[i] = exportNext ? -1 - e++ : s++;
      }
      return new PlannedHosts(this, exports, entries);
    }
  }
}
