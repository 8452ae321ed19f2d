package org.wuhealth.rules.fleet;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.wuhealth.facts.AttemptResult;
import org.wuhealth.facts.EventSource;
import org.wuhealth.facts.InstallAttempt;
import org.wuhealth.facts.InstallVia;
import org.wuhealth.facts.LastScan;
import org.wuhealth.facts.LogEvent;
import org.wuhealth.facts.ScanResult;
import org.wuhealth.facts.Snapshot;
import org.wuhealth.facts.UpdatePolicy;
import org.wuhealth.facts.WindowsUpdate;
import org.wuhealth.facts.WsusRole;
import org.wuhealth.rules.api.Severity;

/**
 * Distils one analysed host into the facts the fleet rules see: a {@link HostSummary} and one
 * {@link ClientFailure} per distinct failure code of a WSUS client. Pure: the snapshot in, facts
 * out; the decisions (what is stale, how many clients make a shared failure) stay in the rules.
 */
public final class FleetFacts {
  private FleetFacts() {}

  /**
   * @param source the input the snapshot was read from (kept for WSUS servers only)
   * @param evaluatedAt the host's "now" (its collection time unless told otherwise)
   * @param findingLines the host's findings as "RULE-ID (severity): title", kept for WSUS servers
   */
  public static HostSummary summary(
      int index,
      String source,
      Snapshot s,
      Instant evaluatedAt,
      Severity worstSeverity,
      List<String> findingLines) {
    WindowsUpdate wu = s.windowsUpdate();
    LastScan scan = wu == null ? null : wu.lastScan();
    boolean scanKnown = scan != null && scan.time() != null && scan.result() != null;
    String server = wsusServer(s);
    List<String> names = isWsusServer(s) ? serverNames(s) : List.of();
    return new HostSummary(
        index,
        s.hostName(),
        machine(index, s),
        wu == null || wu.susClientId() == null || wu.susClientId().isBlank()
            ? null
            : wu.susClientId().trim().toLowerCase(Locale.ROOT),
        server,
        server != null
            ? ("WSUS " + server).intern()
            : scan != null && scan.source() != null ? scan.source().wire() : null,
        scanKnown,
        scanKnown && scan.result() == ScanResult.SUCCEEDED,
        scanKnown ? days(scan.time(), evaluatedAt) : 0,
        names,
        names.isEmpty() ? null : source,
        worstSeverity,
        names.isEmpty() ? List.of() : findingLines,
        s.collectedAt(),
        0);
  }

  /** One fact per distinct failure code the host logged while pointed at a WSUS server. */
  public static List<ClientFailure> failures(HostSummary summary, Snapshot s, Instant evaluatedAt) {
    if (summary.wsusServer() == null || summary.scansItself()) {
      // a WSUS server that scans itself is not one of its clients
      return List.of();
    }
    // code -> age in days of its latest occurrence (-1: no time given)
    Map<String, Long> latest = new TreeMap<>();
    if (s.events() != null) {
      for (LogEvent e : s.events()) {
        if (isUpdateClientLog(e.source()) && isFailure(e.code())) {
          record(latest, e.code(), e.time(), evaluatedAt);
        }
      }
    }
    if (s.installAttempts() != null) {
      for (InstallAttempt a : s.installAttempts()) {
        if (a.result() == AttemptResult.FAILED
            && (a.via() == InstallVia.WSUS || a.via() == InstallVia.WU)
            && isFailure(a.code())) {
          record(latest, a.code(), a.time(), evaluatedAt);
        }
      }
    }
    List<ClientFailure> failures = new ArrayList<>();
    latest.forEach(
        (code, age) ->
            failures.add(
                new ClientFailure(
                    new FailureGroup(summary.wsusServer(), code.intern()),
                    summary.index(),
                    summary.name(),
                    age)));
    return failures;
  }

  private static void record(Map<String, Long> latest, String code, Instant at, Instant now) {
    long age = at == null ? -1 : Math.max(0, days(at, now));
    latest.merge(code, age, (a, b) -> a < 0 || b < 0 ? -1 : Math.min(a, b));
  }

  private static boolean isUpdateClientLog(EventSource source) {
    return source == EventSource.REPORTING_EVENTS
        || source == EventSource.WINDOWS_UPDATE_CLIENT
        || source == EventSource.WINDOWS_UPDATE_LOG;
  }

  /** Canonical codes are "0x" and eight hex digits; failures have the top bit set. */
  static boolean isFailure(String code) {
    return code != null
        && code.length() == 10
        && code.startsWith("0x")
        && Character.digit(code.charAt(2), 16) >= 8;
  }

  private static long days(Instant from, Instant to) {
    return Duration.between(from, to).toDays();
  }

  private static String machine(int index, Snapshot s) {
    if (s.host() == null || s.host().name() == null || s.host().name().isBlank()) {
      return "#" + index;
    }
    String name = s.host().name().trim().toLowerCase(Locale.ROOT);
    String domain = s.host().domain();
    return domain == null || domain.isBlank()
        ? name
        : name + "." + domain.trim().toLowerCase(Locale.ROOT);
  }

  private static boolean isWsusServer(Snapshot s) {
    return s.wsus() != null && s.wsus().role() == WsusRole.SERVER;
  }

  private static List<String> serverNames(Snapshot s) {
    return serverNames(machine(-1, s));
  }

  /**
   * The names a WSUS server answers to, from its {@link HostSummary#machine}: the FQDN and its
   * first label, or the name alone; none for an unnamed host ("#index").
   */
  public static List<String> serverNames(String machine) {
    if (machine.startsWith("#")) {
      return List.of();
    }
    int dot = machine.indexOf('.');
    return dot < 0 ? List.of(machine) : List.of(machine, machine.substring(0, dot));
  }

  /** The policy's WSUS server as lower-case {@code host[:port]}, when the policy uses it. */
  static String wsusServer(Snapshot s) {
    UpdatePolicy p = s.windowsUpdate() == null ? null : s.windowsUpdate().policy();
    if (p == null || !Boolean.TRUE.equals(p.useWuServer()) || p.wuServer() == null) {
      return null;
    }
    String url = p.wuServer().trim().toLowerCase(Locale.ROOT);
    int scheme = url.indexOf("://");
    if (scheme >= 0) {
      url = url.substring(scheme + 3);
    }
    int slash = url.indexOf('/');
    if (slash >= 0) {
      url = url.substring(0, slash);
    }
    // Interned: a fleet has few servers, and every host's summary keeps its server's name.
    return url.isEmpty() ? null : url.intern();
  }
}
