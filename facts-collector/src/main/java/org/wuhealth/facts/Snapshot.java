package org.wuhealth.facts;

import java.time.Instant;
import java.util.List;

/**
 * One host at one time: the root of snapshot format v1.
 *
 * <p>Every section except {@code schemaVersion}, {@code collectedAt} and {@code os} may be {@code
 * null}, which means <em>not collected</em>. An empty list means <em>collected, none found</em>.
 * Rules rely on that difference, so never replace a {@code null} with an empty list. {@code
 * provenance} says which file each fact of an imported snapshot came from; it is null for live and
 * hand-written snapshots.
 */
@Description(
    "One Windows host at one time. Every section except schemaVersion, collectedAt and os is"
        + " optional: a missing (or null) section means the fact was not collected, which is"
        + " different from an empty list (collected, none found). Unknown fields are tolerated (the"
        + " reader warns about them). Times are ISO-8601 with an offset; dates are YYYY-MM-DD.")
public record Snapshot(
    @Const(Snapshot.SCHEMA_VERSION)
        @Description("Format version; this schema describes version 1 only.")
        int schemaVersion,
    @Required Instant collectedAt,
    @Description("The program that produced the snapshot and how.") Collector collector,
    MachineName host,
    @Required OsInfo os,
    @Description("Installed updates. Missing: not collected. Empty: none installed.")
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
    @Description(
            "Where each fact of an imported snapshot came from (wuhealth addition to the v1"
                + " contract; written by wuhealth import). One entry per fact and file.")
        List<Provenance> provenance) {

  /** The only format version this build reads and writes. */
  public static final int SCHEMA_VERSION = 1;

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

  /** A builder: code names the members it sets; the others stay null (not collected). */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from this snapshot's members. */
  public Builder toBuilder() {
    return new Builder()
        .schemaVersion(schemaVersion)
        .collectedAt(collectedAt)
        .collector(collector)
        .host(host)
        .os(os)
        .updates(updates)
        .packages(packages)
        .servicingStack(servicingStack)
        .services(services)
        .pendingReboot(pendingReboot)
        .windowsUpdate(windowsUpdate)
        .wsus(wsus)
        .installAttempts(installAttempts)
        .events(events)
        .componentStore(componentStore)
        .disk(disk)
        .collectionIssues(collectionIssues)
        .provenance(provenance);
  }

  /** Builds a {@link Snapshot} member by member. */
  public static final class Builder {
    private int schemaVersion = SCHEMA_VERSION;
    private Instant collectedAt;
    private Collector collector;
    private MachineName host;
    private OsInfo os;
    private List<InstalledUpdate> updates;
    private List<CbsPackage> packages;
    private ServicingStack servicingStack;
    private List<ServiceInfo> services;
    private PendingReboot pendingReboot;
    private WindowsUpdate windowsUpdate;
    private Wsus wsus;
    private List<InstallAttempt> installAttempts;
    private List<LogEvent> events;
    private ComponentStore componentStore;
    private Disk disk;
    private List<CollectionIssue> collectionIssues;
    private List<Provenance> provenance;

    private Builder() {}

    public Builder schemaVersion(int schemaVersion) {
      this.schemaVersion = schemaVersion;
      return this;
    }

    public Builder collectedAt(Instant collectedAt) {
      this.collectedAt = collectedAt;
      return this;
    }

    public Builder collector(Collector collector) {
      this.collector = collector;
      return this;
    }

    public Builder host(MachineName host) {
      this.host = host;
      return this;
    }

    public Builder os(OsInfo os) {
      this.os = os;
      return this;
    }

    public Builder updates(List<InstalledUpdate> updates) {
      this.updates = updates;
      return this;
    }

    public Builder packages(List<CbsPackage> packages) {
      this.packages = packages;
      return this;
    }

    public Builder servicingStack(ServicingStack servicingStack) {
      this.servicingStack = servicingStack;
      return this;
    }

    public Builder services(List<ServiceInfo> services) {
      this.services = services;
      return this;
    }

    public Builder pendingReboot(PendingReboot pendingReboot) {
      this.pendingReboot = pendingReboot;
      return this;
    }

    public Builder windowsUpdate(WindowsUpdate windowsUpdate) {
      this.windowsUpdate = windowsUpdate;
      return this;
    }

    public Builder wsus(Wsus wsus) {
      this.wsus = wsus;
      return this;
    }

    public Builder installAttempts(List<InstallAttempt> installAttempts) {
      this.installAttempts = installAttempts;
      return this;
    }

    public Builder events(List<LogEvent> events) {
      this.events = events;
      return this;
    }

    public Builder componentStore(ComponentStore componentStore) {
      this.componentStore = componentStore;
      return this;
    }

    public Builder disk(Disk disk) {
      this.disk = disk;
      return this;
    }

    public Builder collectionIssues(List<CollectionIssue> collectionIssues) {
      this.collectionIssues = collectionIssues;
      return this;
    }

    public Builder provenance(List<Provenance> provenance) {
      this.provenance = provenance;
      return this;
    }

    public Snapshot build() {
      return new Snapshot(
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
          provenance);
    }
  }
}
