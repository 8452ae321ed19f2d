package org.wuhealth.inputs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wuhealth.inputs.HostInput.Exports;
import org.wuhealth.inputs.HostInput.SnapshotFile;
import org.wuhealth.io.RowView;
import org.wuhealth.io.TextColumn;

/**
 * Gathers the hosts of a plan in input order, compactly: a snapshot file is its folder's number and
 * its name's bytes (about 30 bytes), made into a {@link SnapshotFile} when read, where the record
 * with its path's String kept about 100. A batch holds its plan to the end, so a fleet of 100,000
 * snapshot files kept 10 MB more of its heap for the whole run. Raw exports (a few hosts) are kept
 * as they are.
 */
final class PlannedHosts {
  /** The text of each path up to its file name, separator included: a fleet has few folders. */
  private final List<String> folders = new ArrayList<>();

  private final Map<String, Integer> folderIds = new HashMap<>();
  private final TextColumn names = new TextColumn(64, 24);
  private int[] positions = new int[64];
  private int[] folderOf = new int[64];
  private int size;

  /** Adds the snapshot {@code file}, the input at {@code position} (rising from call to call). */
  void addSnapshot(int position, Path file) {
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

  private SnapshotFile snapshot(int row) {
    return new SnapshotFile(folders.get(folderOf[row]) + names.get(row));
  }

  /**
   * All hosts in input order, an unmodifiable list: the snapshots added and {@code exports}, each
   * export group placed by the position of its first file ({@code exportPositions}, rising).
   */
  List<HostInput> inOrderWith(List<Exports> exports, int[] exportPositions) {
    List<Exports> groups = List.copyOf(exports);
    // per host: its snapshot row, or -1 - i for groups.get(i)
    int[] entries = new int[size + groups.size()];
    int s = 0;
    int e = 0;
    for (int i = 0; i < entries.length; i++) {
      boolean exportNext = e < groups.size() && (s == size || exportPositions[e] < positions[s]);
      entries[i] = exportNext ? -1 - e++ : s++;
    }
    return RowView.of(
        entries.length, i -> entries[i] >= 0 ? snapshot(entries[i]) : groups.get(-1 - entries[i]));
  }
}
