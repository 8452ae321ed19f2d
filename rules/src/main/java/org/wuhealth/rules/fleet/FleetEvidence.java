package org.wuhealth.rules.fleet;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Evidence wording shared by the fleet rules. */
public final class FleetEvidence {
  /** Hosts named in one evidence line; the rest are counted (hosts.csv lists every host). */
  public static final int MAX_LISTED = 25;

  private FleetEvidence() {}

  /** "A, B, C" or "A, B, ... and 40 more", in the order given (the batch order). */
  public static String list(Collection<?> items) {
    List<String> all = items.stream().map(String::valueOf).toList();
    if (all.size() <= MAX_LISTED) {
      return String.join(", ", all);
    }
    return String.join(", ", all.subList(0, MAX_LISTED))
        + " and "
        + (all.size() - MAX_LISTED)
        + " more";
  }

  /** Host summaries sorted by batch position, as "A, B (...)" with {@link #list}. */
  public static String scans(Collection<HostSummary> hosts) {
    return list(
        hosts.stream()
            .sorted(Comparator.comparingInt(HostSummary::index))
            .map(HostSummary::describeScan)
            .toList());
  }

  /** Host summaries in batch order (DRL hands collected lists over untyped). */
  public static List<HostSummary> inBatchOrder(Collection<?> hosts) {
    return hosts.stream()
        .map(HostSummary.class::cast)
        .sorted(Comparator.comparingInt(HostSummary::index))
        .toList();
  }

  /** Host summaries sorted by batch position, as their names. */
  public static String names(Collection<HostSummary> hosts) {
    return list(
        hosts.stream()
            .sorted(Comparator.comparingInt(HostSummary::index))
            .map(HostSummary::name)
            .toList());
  }

  /** Failing clients sorted by batch position, as their names. */
  public static String failing(Collection<ClientFailure> failures) {
    return list(
        failures.stream()
            .sorted(Comparator.comparingInt(ClientFailure::index))
            .map(ClientFailure::host)
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
