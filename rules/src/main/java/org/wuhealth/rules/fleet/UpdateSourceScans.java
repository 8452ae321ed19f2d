package org.wuhealth.rules.fleet;

import java.util.List;
import org.wuhealth.io.RowView;

/**
 * The last scans of the machines that get their updates from one source, one fact per source.
 * Machines whose last scan was not collected, or whose source is unknown, are in no group.
 *
 * @param source "WSUS server:port" or a scan source ("WindowsUpdate", ...), see {@link
 *     HostSummary#updateSource}
 * @param scans one per machine, in batch order
 */
public record UpdateSourceScans(String source, List<MachineScan> scans) {
  public UpdateSourceScans {
    // a RowView is unmodifiable already, and copying it would make every row at once
    scans = scans instanceof RowView<MachineScan> ? scans : List.copyOf(scans);
  }

  /** How many machines get their updates from this source. */
  public int total() {
    return scans.size();
  }

  /** How many of them have not scanned successfully within {@code days}. */
  public int staleCount(long days) {
    int stale = 0;
    for (MachineScan scan : scans) {
      if (scan.staleAfter(days)) {
        stale++;
      }
    }
    return stale;
  }

  /** The machines that have not scanned successfully within {@code days}, in batch order. */
  public List<MachineScan> staleAfter(long days) {
    return scans.stream().filter(s -> s.staleAfter(days)).toList();
  }
}
