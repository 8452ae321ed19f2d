package org.wuhealth.rules.fleet;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Evidence wording shared by the fleet rules. */
public final class FleetEvidence {
  /** Hosts named in one evidence line; the rest are counted (hosts.csv lists every host). */
  public static final int MAX_LISTED = 25;

  private FleetEvidence() {}

  /** "A, B, C" or "A, B, ... and 40 more", in the order given (the batch order). */
  public static String list(Collection<?> items) {
    List<String> all = items.stream().map(String::valueOf).toList();
    return listed(all.subList(0, Math.min(all.size(), MAX_LISTED)), all.size());
  }

  private static String listed(List<String> shown, int total) {
    String list = String.join(", ", shown);
    return total > shown.size() ? list + " and " + (total - shown.size()) + " more" : list;
  }

  /**
   * Last scans sorted by batch position, as "A (...), B (...)" with {@link #list}; only the scans
   * shown are described (a stale source of a large fleet has tens of thousands).
   */
  public static String scans(Collection<MachineScan> scans) {
    List<MachineScan> sorted =
        scans.stream().sorted(Comparator.comparingInt(s -> s.machine().index())).toList();
    return listed(
        sorted.stream().limit(MAX_LISTED).map(MachineScan::describe).toList(), sorted.size());
  }

  /** Host summaries in batch order (DRL hands collected lists over untyped). */
  public static List<HostSummary> inBatchOrder(Collection<?> hosts) {
    return hosts.stream()
        .map(HostSummary.class::cast)
        .sorted(Comparator.comparingInt(HostSummary::index))
        .toList();
  }

  /**
   * Machines sorted by batch position, as distinct names: a name that several machines share (in
   * different domains) is shown as each machine's full name.
   */
  public static String names(Collection<FleetMachine> machines) {
    List<FleetMachine> sorted =
        machines.stream().sorted(Comparator.comparingInt(FleetMachine::index)).toList();
    Map<String, Long> machinesPerName =
        sorted.stream()
            .collect(
                Collectors.groupingBy(
                    m -> String.valueOf(m.name()).toLowerCase(Locale.ROOT),
                    Collectors.mapping(FleetMachine::machine, Collectors.toSet())))
            .entrySet()
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> (long) e.getValue().size()));
    return list(
        sorted.stream()
            .map(
                m ->
                    machinesPerName.get(String.valueOf(m.name()).toLowerCase(Locale.ROOT)) > 1
                        ? m.machine()
                        : String.valueOf(m.name()))
            .distinct()
            .toList());
  }

  /**
   * "(the batch also holds 2 older snapshots of these machines; each machine is judged by its
   * newest)", or empty when every machine came once.
   */
  public static String olderSnapshots(int older) {
    return older == 0
        ? ""
        : " (the batch also holds "
            + count(older, "older snapshot")
            + " of these machines; each machine is judged by its newest)";
  }

  /** Failing clients sorted by batch position, as their distinct names. */
  public static String failing(Collection<ClientFailure> failures) {
    return list(
        failures.stream()
            .sorted(Comparator.comparingInt(ClientFailure::index))
            .map(ClientFailure::host)
            .distinct()
            .toList());
  }

  /** "1 finding", "3 findings". */
  public static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** "34%" of part in whole. */
  public static String percent(long part, long whole) {
    return String.format(Locale.ROOT, "%.0f%%", whole == 0 ? 0.0 : 100.0 * part / whole);
  }
}
