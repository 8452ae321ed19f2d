package org.wuhealth.rules.fleet;

/**
 * The thresholds of the fleet rules, inserted as a fact so that rules read them and tests can vary
 * them.
 *
 * @param staleAfterDays a scan older than this (before the host's evaluation time) is stale; 30
 *     days is what the WSUS cleanup wizard uses for "computers not contacting the server"
 * @param staleShare the share of a source's hosts that must be stale for a fleet finding
 * @param minStaleHosts and at least this many hosts (one stale host is a host problem)
 * @param sharedFailureMinClients clients of one WSUS server that must log the same error
 * @param sharedFailureShare and the share of that server's clients in the batch they must make up
 * @param failureWindowDays errors older than this (before the host's evaluation time) are ignored
 */
public record FleetPolicy(
    long staleAfterDays,
    double staleShare,
    int minStaleHosts,
    int sharedFailureMinClients,
    double sharedFailureShare,
    long failureWindowDays) {

  public static final FleetPolicy DEFAULT = new FleetPolicy(30, 0.2, 2, 3, 0.5, 30);
}
