package org.wuhealth.facts;

import java.time.Instant;
import java.util.List;

/**
 * One host at one time: the root of snapshot format v1.
 *
 * <p>Every section except {@code schemaVersion}, {@code collectedAt} and {@code os} may be {@code
 * null}, which means <em>not collected</em>. An empty list means <em>collected, none found</em>.
 * Rules rely on that difference, so never replace a {@code null} with an empty list.
 */
public record Snapshot(
    int schemaVersion,
    Instant collectedAt,
    Collector collector,
    Host host,
    OsInfo os,
    List<InstalledUpdate> updates,
    List<CbsPackage> packages,
    ServicingStack servicingStack,
    List<ServiceInfo> services,
    PendingReboot pendingReboot,
    WindowsUpdate windowsUpdate,
    Wsus wsus,
    List<InstallAttempt> installAttempts,
    List<LogEvent> events,
    ComponentStore componentStore,
    Disk disk,
    List<CollectionIssue> collectionIssues) {

  /** The only format version this build reads and writes. */
  public static final int SCHEMA_VERSION = 1;

  public Snapshot {
    updates = Lists.copyOrNull(updates);
    packages = Lists.copyOrNull(packages);
    services = Lists.copyOrNull(services);
    installAttempts = Lists.copyOrNull(installAttempts);
    events = Lists.copyOrNull(events);
    collectionIssues = Lists.copyOrNull(collectionIssues);
  }

  /** The host name, or {@code "(unnamed host)"} when the snapshot does not say. */
  public String hostName() {
    return host != null && host.name() != null ? host.name() : "(unnamed host)";
  }
}
