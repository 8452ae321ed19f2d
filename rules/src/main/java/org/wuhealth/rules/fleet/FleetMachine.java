package org.wuhealth.rules.fleet;

/**
 * One machine of a batch as fleet evidence names it: the newest of its snapshots.
 *
 * @param index the batch position of that snapshot; evidence lists machines in this order
 * @param name the host name as the snapshot gives it
 * @param machine lower-case FQDN or name, or "#index" when unnamed ({@link HostSummary#machine})
 * @param olderSnapshots how many older snapshots of this machine the batch held
 */
public record FleetMachine(int index, String name, String machine, int olderSnapshots) {}
