package org.wuhealth.facts;

import java.time.Instant;
import java.util.List;

/**
 * One host at one time: the root of snapshot format v1.
 *
 * <p>Every section except {@code schemaVersion}, {@code collectedAt} and {@code os} may be {@code
 * null}, which means <em>not collected</em>. An empty list means <em>collected, none found</em>.
 * Rules rely on that difference, so never replace a {@code null} with an empty list. {@code
 * provenance} (last, so that older code keeps compiling) says which file each fact of an imported
 * snapshot came from; it is null for live and hand-written snapshots.
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
    List<CollectionIssue> collectionIssues,
    List<Provenance> provenance) {

  /** The only format version this build reads and writes. */
  public static final int SCHEMA_VERSION = 1;

  /** A snapshot without provenance (what live collection and hand-written snapshots have). */
  public Snapshot(
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
    this(
        schemaVersion,
        collectedAt,
        collector,
        host,
        os,
        updates,
        packages,
        servicingStack,
        services,
        pendingReboot,
        windowsUpdate,
        wsus,
        installAttempts,
        events,
        componentStore,
        disk,
        collectionIssues,
        null);
  }

  public Snapshot {
    updates = Lists.copyOrNull(updates);
    packages = Lists.copyOrNull(packages);
    services = Lists.copyOrNull(services);
    installAttempts = Lists.copyOrNull(installAttempts);
    events = Lists.copyOrNull(events);
    collectionIssues = Lists.copyOrNull(collectionIssues);
    provenance = Lists.copyOrNull(provenance);
  }

  /** The host name, or {@code "(unnamed host)"} when the snapshot does not say. */
  public String hostName() {
    return host != null && host.name() != null ? host.name() : "(unnamed host)";
  }
}
