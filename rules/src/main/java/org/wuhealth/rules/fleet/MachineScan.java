package org.wuhealth.rules.fleet;

import java.util.Collection;

/**
 * The last scan of one machine, as {@link UpdateSourceScans} holds it.
 *
 * @param ageDays whole days from the last scan to the host's evaluation time
 */
public record MachineScan(FleetMachine machine, boolean succeeded, long ageDays) {

  /** True when the machine has not scanned successfully within {@code days}. */
  public boolean staleAfter(long days) {
    return !succeeded || ageDays > days;
  }

  /**
   * How the last scan looked, for evidence: "HOST (last scan failed, 3 days before collection)",
   * "HOST (last successful scan 45 days before collection)".
   */
  public String describe() {
    if (!succeeded) {
      return machine.name() + " (last scan failed, " + ageDays + " days before collection)";
    }
    return machine.name() + " (last successful scan " + ageDays + " days before collection)";
  }

  /** The older snapshots of these machines, summed. */
  public static int olderSnapshots(Collection<MachineScan> scans) {
    return scans.stream().mapToInt(s -> s.machine().olderSnapshots()).sum();
  }
}
