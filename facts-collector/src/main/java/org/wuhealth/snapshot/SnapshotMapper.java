package org.wuhealth.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import org.wuhealth.facts.Architecture;
import org.wuhealth.facts.AttemptResult;
import org.wuhealth.facts.CbsPackage;
import org.wuhealth.facts.ClientWebService;
import org.wuhealth.facts.CollectionIssue;
import org.wuhealth.facts.Collector;
import org.wuhealth.facts.CollectorMode;
import org.wuhealth.facts.ComponentStore;
import org.wuhealth.facts.ComponentStoreHealth;
import org.wuhealth.facts.ConfigMgr;
import org.wuhealth.facts.Deployment;
import org.wuhealth.facts.DeploymentCategory;
import org.wuhealth.facts.DeploymentState;
import org.wuhealth.facts.Disk;
import org.wuhealth.facts.Enrollment;
import org.wuhealth.facts.EventSource;
import org.wuhealth.facts.Host;
import org.wuhealth.facts.IisErrorCount;
import org.wuhealth.facts.IisLogSummary;
import org.wuhealth.facts.InstallAttempt;
import org.wuhealth.facts.InstallVia;
import org.wuhealth.facts.InstallationType;
import org.wuhealth.facts.InstalledUpdate;
import org.wuhealth.facts.LastScan;
import org.wuhealth.facts.LogEvent;
import org.wuhealth.facts.OsInfo;
import org.wuhealth.facts.PackageState;
import org.wuhealth.facts.PauseState;
import org.wuhealth.facts.PendingReboot;
import org.wuhealth.facts.ProductType;
import org.wuhealth.facts.Provenance;
import org.wuhealth.facts.RebootSignal;
import org.wuhealth.facts.RebootSignalKind;
import org.wuhealth.facts.ScanResult;
import org.wuhealth.facts.ScanSource;
import org.wuhealth.facts.ServiceInfo;
import org.wuhealth.facts.ServiceState;
import org.wuhealth.facts.ServicingStack;
import org.wuhealth.facts.SiteState;
import org.wuhealth.facts.Snapshot;
import org.wuhealth.facts.SourceOutcome;
import org.wuhealth.facts.SourceRun;
import org.wuhealth.facts.StartType;
import org.wuhealth.facts.UpdateHealthTools;
import org.wuhealth.facts.UpdatePolicy;
import org.wuhealth.facts.UpdateSource;
import org.wuhealth.facts.WindowsUpdate;
import org.wuhealth.facts.Wsus;
import org.wuhealth.facts.WsusRole;
import org.wuhealth.facts.WsusSite;

/** Maps a snapshot v1 JSON tree onto the fact model, member by member. */
final class SnapshotMapper {
  private SnapshotMapper() {}

  static Snapshot map(JsonNode root, MappingContext context) {
    Fields f = new Fields(root, "", context);
    Integer version = f.integer("schemaVersion");
    if (version == null || version != Snapshot.SCHEMA_VERSION) {
      throw context.error(
          root.get("schemaVersion"),
          "/schemaVersion",
          "unsupported schemaVersion "
              + version
              + "; this wuhealth reads version "
              + Snapshot.SCHEMA_VERSION);
    }
    Snapshot snapshot =
        new Snapshot(
            version,
            f.instant("collectedAt"),
            optional(f.object("collector"), SnapshotMapper::collector),
            optional(f.object("host"), h -> new Host(h.text("name"), h.text("domain"))),
            optional(f.object("os"), SnapshotMapper::os),
            f.list("updates", SnapshotMapper::update),
            f.list("packages", SnapshotMapper::cbsPackage),
            optional(f.object("servicingStack"), s -> new ServicingStack(s.text("version"))),
            f.list("services", SnapshotMapper::service),
            optional(f.object("pendingReboot"), SnapshotMapper::pendingReboot),
            optional(f.object("windowsUpdate"), SnapshotMapper::windowsUpdate),
            optional(f.object("wsus"), SnapshotMapper::wsus),
            f.list("installAttempts", SnapshotMapper::installAttempt),
            f.list("events", SnapshotMapper::event),
            optional(f.object("componentStore"), SnapshotMapper::componentStore),
            optional(f.object("disk"), d -> new Disk(d.longValue("systemDriveFreeBytes"))),
            f.list("collectionIssues", SnapshotMapper::collectionIssue),
            f.list("provenance", SnapshotMapper::provenance));
    f.finish();
    if (snapshot.collectedAt() == null) {
      throw context.error(root, "/collectedAt", "collectedAt is required");
    }
    if (snapshot.os() == null) {
      throw context.error(root, "/os", "the os section is required");
    }
    return snapshot;
  }

  /** Maps an optional object and then checks it for unknown members. */
  private static <T> T optional(Fields fields, java.util.function.Function<Fields, T> mapper) {
    if (fields == null) {
      return null;
    }
    T value = mapper.apply(fields);
    fields.finish();
    return value;
  }

  private static Collector collector(Fields c) {
    return new Collector(
        c.text("name"),
        c.text("version"),
        c.enumValue("mode", CollectorMode.class),
        c.list(
            "sources",
            r ->
                new SourceRun(
                    r.text("name"),
                    r.longValue("durationMs"),
                    r.enumValue("outcome", SourceOutcome.class))));
  }

  private static OsInfo os(Fields o) {
    return new OsInfo(
        o.text("productName"),
        o.text("version"),
        o.requiredInteger("build"),
        o.integer("ubr"),
        o.enumValue("productType", ProductType.class),
        o.enumValue("installationType", InstallationType.class),
        o.text("editionId"),
        o.enumValue("architecture", Architecture.class),
        o.instant("lastBootTime"),
        o.text("displayVersion"));
  }

  private static InstalledUpdate update(Fields u) {
    return new InstalledUpdate(
        u.kb("kb"),
        u.date("installedOn"),
        u.text("description"),
        u.enumValue("source", UpdateSource.class));
  }

  private static CbsPackage cbsPackage(Fields p) {
    return new CbsPackage(p.text("identity"), p.kb("kb"), p.enumValue("state", PackageState.class));
  }

  private static ServiceInfo service(Fields s) {
    return new ServiceInfo(
        s.text("name"),
        s.text("displayName"),
        s.enumValue("state", ServiceState.class),
        s.enumValue("startType", StartType.class));
  }

  private static PendingReboot pendingReboot(Fields p) {
    return new PendingReboot(
        p.list(
            "signals",
            s ->
                new RebootSignal(s.enumValue("signal", RebootSignalKind.class), s.text("detail"))));
  }

  private static WindowsUpdate windowsUpdate(Fields w) {
    return new WindowsUpdate(
        optional(w.object("policy"), SnapshotMapper::policy),
        optional(
            w.object("pause"),
            p ->
                new PauseState(
                    p.instant("qualityUpdatesPausedUntil"),
                    p.instant("featureUpdatesPausedUntil"))),
        optional(
            w.object("lastScan"),
            s ->
                new LastScan(
                    s.instant("time"),
                    s.enumValue("result", ScanResult.class),
                    s.enumValue("source", ScanSource.class))),
        w.text("susClientId"),
        optional(
            w.object("updateHealthTools"),
            u -> new UpdateHealthTools(u.bool("installed"), u.text("version"))),
        w.strings("safeguardHolds"),
        w.list(
            "deployments",
            d ->
                new Deployment(
                    d.text("update"),
                    d.enumValue("category", DeploymentCategory.class),
                    d.enumValue("state", DeploymentState.class),
                    d.bool("expedited"))),
        optional(
            w.object("enrollment"),
            e ->
                new Enrollment(
                    e.bool("featureUpdates"),
                    e.bool("qualityUpdates"),
                    e.bool("azureAdDeviceRegistered"),
                    e.strings("registrationErrors"))));
  }

  private static UpdatePolicy policy(Fields p) {
    return new UpdatePolicy(
        p.text("wuServer"),
        p.text("wuStatusServer"),
        p.bool("useWuServer"),
        p.bool("noAutoUpdate"),
        p.integer("auOptions"),
        p.integer("deferQualityUpdatesDays"),
        p.integer("deferFeatureUpdatesDays"),
        p.dateOrInstant("pauseQualityUpdatesStartTime"),
        p.dateOrInstant("pauseFeatureUpdatesStartTime"),
        p.text("targetReleaseVersion"),
        p.bool("disableWufbSafeguards"));
  }

  private static Wsus wsus(Fields w) {
    return new Wsus(
        w.enumValue("role", WsusRole.class),
        w.text("version"),
        optional(
            w.object("clientWebService"),
            c ->
                new ClientWebService(
                    c.integer("maxInstalledPrerequisites"), c.integer("maxCachedUpdates"))),
        w.list(
            "sites",
            s ->
                new WsusSite(
                    s.text("name"), s.enumValue("state", SiteState.class), s.integer("port"))),
        optional(w.object("iisLog"), SnapshotMapper::iisLog),
        optional(
            w.object("configMgr"),
            c ->
                new ConfigMgr(
                    c.bool("siteServer"),
                    c.bool("remoteSoftwareUpdatePoint"),
                    c.bool("wsusConsoleInstalled"))),
        w.text("contentDir"));
  }

  private static IisLogSummary iisLog(Fields l) {
    return new IisLogSummary(
        l.instant("from"),
        l.instant("to"),
        l.longValue("requests"),
        l.longValue("serverErrors"),
        l.list(
            "topErrors",
            e -> new IisErrorCount(e.integer("status"), e.text("path"), e.longValue("count"))));
  }

  private static InstallAttempt installAttempt(Fields a) {
    return new InstallAttempt(
        a.instant("time"),
        a.text("package"),
        a.kb("kb"),
        a.enumValue("architecture", Architecture.class),
        a.enumValue("result", AttemptResult.class),
        a.hresult("code"),
        a.enumValue("via", InstallVia.class));
  }

  private static LogEvent event(Fields e) {
    return new LogEvent(
        e.instant("time"),
        e.enumValue("source", EventSource.class),
        e.integer("eventId"),
        e.hresult("code"),
        e.text("message"),
        e.kb("kb"));
  }

  private static ComponentStore componentStore(Fields c) {
    return new ComponentStore(
        c.enumValue("health", ComponentStoreHealth.class), c.strings("evidence"));
  }

  private static CollectionIssue collectionIssue(Fields i) {
    return new CollectionIssue(
        i.text("source"), i.text("message"), i.text("code"), i.text("section"));
  }

  private static Provenance provenance(Fields p) {
    return new Provenance(p.text("fact"), p.text("file"), p.text("format"), p.integer("line"));
  }
}
