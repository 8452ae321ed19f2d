package org.wuhealth.rules.fleet;

import java.time.Instant;
import java.util.List;
import org.wuhealth.rules.api.Severity;

/**
 * What the fleet analysis distils from one host of a batch: a few values from its snapshot and its
 * findings (the snapshots and the findings themselves are not kept). Built by {@link
 * FleetFacts#summary}. The batch keeps these values compactly per host and hands the fleet rules
 * grouped facts ({@link SharedClientId}, {@link UpdateSourceScans}, {@link WsusClientFailures});
 * the summaries themselves reach the rules only for WSUS servers that failing clients point at (a
 * {@link WsusClientFailures} names them), with their names and findings.
 *
 * @param index the host's position in the batch (inputs in their sorted order)
 * @param name the host name as the snapshot gives it
 * @param machine identifies the machine: lower-case FQDN or name, or "#index" when unnamed
 * @param susClientId the Windows Update client id, lower case; null when not collected
 * @param wsusServer the WSUS server the policy points to, lower case {@code host[:port]}; null when
 *     the host does not use WSUS or its policy was not collected
 * @param updateSource where the host gets updates, for grouping: "WSUS server:port", a scan source
 *     ("WindowsUpdate", ...) or null when neither policy nor last scan tell
 * @param scanKnown true when the last scan's time and result were collected
 * @param scanSucceeded the last scan succeeded
 * @param scanAgeDays whole days from the last scan to the host's evaluation time
 * @param serverNames the names this host answers to when it is a WSUS server, else empty
 * @param source for WSUS servers only: the input it was read from (null for other hosts)
 * @param worstSeverity the host's worst finding; null when it has none
 * @param findings for WSUS servers only: one line per finding ("RULE-ID (severity): title")
 * @param collectedAt when the snapshot was taken: of several snapshots of one machine, the newest
 *     speaks for it
 * @param olderSnapshots how many older snapshots of the same machine the batch held (they are not
 *     counted, only mentioned)
 */
public record HostSummary(
    int index,
    String name,
    String machine,
    String susClientId,
    String wsusServer,
    String updateSource,
    boolean scanKnown,
    boolean scanSucceeded,
    long scanAgeDays,
    List<String> serverNames,
    String source,
    Severity worstSeverity,
    List<String> findings,
    Instant collectedAt,
    int olderSnapshots) {

  public HostSummary {
    serverNames = List.copyOf(serverNames);
    findings = List.copyOf(findings);
  }

  /** True when this host is a WSUS server whose policy points at itself. */
  public boolean scansItself() {
    return wsusServer != null && serves(FailureGroup.hostOf(wsusServer));
  }

  public boolean wsusServerRole() {
    return !serverNames.isEmpty();
  }

  /** True when this host is the WSUS server that clients reach as {@code host}. */
  public boolean serves(String host) {
    return serves(serverNames, host);
  }

  /** True when a WSUS server of these names is the one that clients reach as {@code host}. */
  public static boolean serves(List<String> serverNames, String host) {
    if (serverNames.contains(host)) {
      return true;
    }
    // A server snapshot without a domain still matches its clients' FQDN by its first label.
    return serverNames.size() == 1 && host.startsWith(serverNames.get(0) + ".");
  }
}
