package org.wuhealth.rules.fleet;

import java.util.List;

/**
 * The clients of one WSUS server that logged one failure code, with the number of that server's
 * clients in the batch: one fact per server and code that at least one client logged.
 *
 * @param clients the machines whose policy points at the server, the server itself excepted
 * @param clientsOlderSnapshots the older snapshots of those machines, summed
 * @param failures one per failing client (its newest snapshot), in batch order
 */
public record WsusClientFailures(
    FailureGroup group, int clients, int clientsOlderSnapshots, List<ClientFailure> failures) {
  public WsusClientFailures {
    failures = List.copyOf(failures);
  }

  /** The server's host name without the port, as a WSUS server's summary {@code serves} it. */
  public String host() {
    return group.host();
  }

  /** How many clients logged the code within {@code days} (or at a time the log did not give). */
  public int failingWithin(long days) {
    return within(days).size();
  }

  /** The clients that logged the code within {@code days}, in batch order. */
  public List<ClientFailure> within(long days) {
    return failures.stream().filter(f -> f.ageDays() <= days).toList();
  }
}
