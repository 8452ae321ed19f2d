package org.wuhealth.rules.fleet;

import java.util.List;

/**
 * A Windows Update client id that several machines of the batch report. Only ids of at least two
 * machines become facts: a fleet of 100,000 machines would otherwise hold 100,000 of them.
 *
 * @param id the SusClientId, lower case
 * @param machines the machines that report it, in batch order
 */
public record SharedClientId(String id, List<FleetMachine> machines) {
  public SharedClientId {
    machines = List.copyOf(machines);
  }

  /** The older snapshots of these machines, summed. */
  public int olderSnapshots() {
    return machines.stream().mapToInt(FleetMachine::olderSnapshots).sum();
  }
}
