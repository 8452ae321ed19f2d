package org.wuhealth.collector;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wuhealth.assembly.Origin;
import org.wuhealth.assembly.SnapshotAssembly;
import org.wuhealth.facts.ClientWebService;
import org.wuhealth.facts.CollectionIssue;
import org.wuhealth.facts.Collector;
import org.wuhealth.facts.CollectorMode;
import org.wuhealth.facts.Disk;
import org.wuhealth.facts.IisLogSummary;
import org.wuhealth.facts.InstalledUpdate;
import org.wuhealth.facts.LogEvent;
import org.wuhealth.facts.OsInfo;
import org.wuhealth.facts.RebootSignal;
import org.wuhealth.facts.ServiceInfo;
import org.wuhealth.facts.ServiceState;
import org.wuhealth.facts.Snapshot;
import org.wuhealth.facts.WindowsUpdate;
import org.wuhealth.facts.Wsus;
import org.wuhealth.facts.WsusRole;
import org.wuhealth.facts.WsusSite;
import org.wuhealth.importers.iis.ApplicationHostConfig;
import org.wuhealth.importers.iis.WsusSites;
import org.wuhealth.importers.registry.RegistryFacts;
import org.wuhealth.importers.registry.RegistryFactsMapper;
import org.wuhealth.importers.registry.RegistryFeed;
import org.wuhealth.importers.registry.RegistryPaths;
import org.wuhealth.parsing.ImportException;

/**
 * One live collection (collector.mode = live): asks Windows through {@link WindowsAccess}, maps the
 * answers with the same mappers and parsers the importers use, and assembles the snapshot. Sources
 * run in parallel, each within its budget; a source that fails becomes a collection issue and its
 * section stays missing (unknown) or is marked incomplete. Nothing is written anywhere.
 */
public final class LiveCollector {
  private static final String TOOL = "wuhealth";
  private static final String OS = "os";
  private static final String SCM = "scm";
  private static final String DISK = "disk";
  private static final String QFE_QUERY =
      "SELECT HotFixID, Description, InstalledOn FROM Win32_QuickFixEngineering";

  private final WindowsAccess windows;
  private final CollectorOptions options;
  private final Map<String, String> environment;

  /**
   * @param environment the process environment, for the variables in IIS log paths
   */
  public LiveCollector(
      WindowsAccess windows, CollectorOptions options, Map<String, String> environment) {
    this.windows = windows;
    this.options = options;
    this.environment = Map.copyOf(environment);
  }

  /** Thrown when not even the OS build could be read: there is no snapshot without it. */
  public static final class CollectionFailed extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<CollectionIssue> issues;

    CollectionFailed(List<CollectionIssue> issues) {
      super(
          "cannot tell the Windows build: "
              + String.join(
                  "; ", issues.stream().map(i -> i.source() + ": " + i.message()).toList()));
      this.issues = List.copyOf(issues);
    }

    public List<CollectionIssue> issues() {
      return issues;
    }
  }

  /**
   * Collects now, as {@code clock} tells; its zone places the local times of WindowsUpdate.log and
   * CBS.log (the host's own zone, for a live run).
   */
  public Snapshot collect(String toolVersion, Clock clock) throws CollectionFailed {
    Instant collectedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    Instant since = collectedAt.minus(Duration.ofDays(options.logDays()));
    Duration budget = options.sourceBudget();
    SourceRunner runner = new SourceRunner();

    SystemReader.NativeSystem system =
        runner.start(OS, "os", budget, log -> windows.system().read()).get();
    Path windowsDir = windowsDirectory(system);

    var registry =
        runner.start(
            RegistrySource.NAME,
            // without the registry the update list is the QFE's alone, which misses packages
            "packages",
            budget,
            log -> {
              RegistrySource.Result r =
                  RegistrySource.read(windows.registry(), RegistryPaths.reads());
              r.issues().forEach(log::issue);
              return r;
            });
    var scm = runner.start(SCM, "services", budget, log -> windows.services().services());
    var qfe =
        runner.start(
            InstalledUpdates.QFE,
            "updates",
            options.wmiTimeout().plusSeconds(5),
            log ->
                InstalledUpdates.fromQfe(
                    windows
                        .wmi()
                        .query(
                            "ROOT\\CIMV2",
                            QFE_QUERY,
                            InstalledUpdates.QFE_PROPERTIES,
                            options.wmiTimeout()),
                    log::issue));
    var systemEvents = eventLog(runner, WindowsUpdateEvents.SYSTEM, List.of(19, 20), budget);
    var operationalEvents =
        eventLog(runner, WindowsUpdateEvents.OPERATIONAL, List.of(25, 31), budget);
    ZoneOffset localOffset = clock.getZone().getRules().getOffset(collectedAt);
    var reporting =
        runner.start(
            LogFiles.REPORTING_EVENTS,
            "installAttempts",
            budget,
            log ->
                LogFiles.reportingEvents(
                    LogFiles.reportingEvents(windowsDir), options.maxLogBytes(), since, log));
    var wuLog =
        runner.start(
            LogFiles.WINDOWS_UPDATE_LOG,
            "events",
            budget,
            log ->
                LogFiles.localLog(
                    LogFiles.windowsUpdateLog(windowsDir),
                    false,
                    options.maxLogBytes(),
                    since,
                    localOffset,
                    log));
    var cbsLog =
        runner.start(
            LogFiles.CBS_LOG,
            "events",
            budget,
            log ->
                LogFiles.localLog(
                    LogFiles.cbsLog(windowsDir),
                    true,
                    options.maxLogBytes(),
                    since,
                    localOffset,
                    log));
    var disk =
        runner.start(
            DISK, "disk", budget, log -> windows.system().freeBytes(windowsDir.toString()));

    RegistrySource.Result registryRead = registry.get();
    RegistryFacts facts =
        registryRead == null ? null : RegistryFactsMapper.map(registryRead.tree());
    List<ServiceReader.RawService> rawServices = scm.get();

    // second stage: what depends on the registry and the service list
    var configMgr =
        rawServices != null && ConfigMgrClient.installed(rawServices)
            ? runner.start(
                ConfigMgrClient.NAME,
                "pendingReboot",
                budget,
                log ->
                    ConfigMgrClient.signal(
                        windows
                            .wmi()
                            .callStatic(
                                ConfigMgrClient.NAMESPACE,
                                ConfigMgrClient.CLASS,
                                ConfigMgrClient.METHOD,
                                ConfigMgrClient.OUT),
                        log))
            : null;
    List<ServiceInfo> services =
        ServiceMapper.map(
            rawServices, facts == null ? null : facts.services(), RegistryPaths.UPDATE_SERVICES);
    WsusRole role = facts == null ? null : facts.wsusSetup().role();
    // not a WSUS server: the WSUS files do not apply; role unknown: they are not listed at all (the
    // registry's issue says why), rather than claimed not to apply
    WsusRead wsusRead =
        role == WsusRole.SERVER
            ? wsus(runner, registryRead, services, rawServices != null, windowsDir, system, since)
            : role == null ? null : skipWsus(runner);

    List<CollectionIssue> mapIssues = new ArrayList<>();
    if (facts != null) {
      mapIssues.addAll(facts.issues());
    }
    OsInfo os = OsMapper.map(system, facts == null ? null : facts.os(), collectedAt, mapIssues);
    List<InstalledUpdate> qfeUpdates = qfe.get();
    WindowsUpdateEvents.Mapped system19 = systemEvents.get();
    WindowsUpdateEvents.Mapped operational = operationalEvents.get();
    LogFiles.Reporting reportingRead = reporting.get();
    List<LogEvent> wuEvents = wuLog.get();
    List<LogEvent> cbsEvents = cbsLog.get();
    Long freeBytes = disk.get();
    RebootSignal configMgrSignal = configMgr == null ? null : configMgr.get();
    if (configMgr == null) {
      runner.skipped(ConfigMgrClient.NAME);
      if (rawServices == null) {
        mapIssues.add(
            new CollectionIssue(
                ConfigMgrClient.NAME,
                "not asked: without the service list it is unknown whether a ConfigMgr client is"
                    + " installed",
                null,
                "pendingReboot"));
      }
    }
    if (os == null) {
      List<CollectionIssue> all = new ArrayList<>(runner.issues());
      all.addAll(mapIssues);
      throw new CollectionFailed(all);
    }

    return assemble(
        new Sources(
            facts,
            os,
            qfeUpdates,
            services,
            configMgrSignal,
            reportingRead,
            system19,
            operational,
            wuEvents,
            cbsEvents,
            wsusRead,
            freeBytes),
        runner.issues(),
        mapIssues,
        collectedAt,
        new Collector(TOOL, toolVersion, CollectorMode.LIVE, runner.runs()));
  }

  /** What each source gave; null where it could not be read. */
  private record Sources(
      RegistryFacts registry,
      OsInfo os,
      List<InstalledUpdate> qfe,
      List<ServiceInfo> services,
      RebootSignal configMgr,
      LogFiles.Reporting reporting,
      WindowsUpdateEvents.Mapped systemLog,
      WindowsUpdateEvents.Mapped operationalLog,
      List<LogEvent> windowsUpdateLog,
      List<LogEvent> cbsLog,
      WsusRead wsus,
      Long freeBytes) {}

  /** Feeds what the sources gave to the snapshot assembly the importer uses too. */
  private static Snapshot assemble(
      Sources s,
      List<CollectionIssue> runIssues,
      List<CollectionIssue> mapIssues,
      Instant collectedAt,
      Collector collector) {
    SnapshotAssembly snapshot = SnapshotAssembly.live();
    Origin registry = origin(RegistrySource.NAME);
    RegistryFacts facts = s.registry();
    snapshot.os(s.os(), origin(OS));
    if (s.qfe() != null) {
      snapshot.updatesCollected();
      s.qfe().forEach(u -> snapshot.update(u, origin(InstalledUpdates.QFE)));
    }
    if (s.services() != null) {
      snapshot.services(s.services(), origin(SCM));
    }
    if (facts != null) {
      feedRegistry(snapshot, facts, registry);
      // read only on a WSUS server, a role the setup key gives
      if (s.wsus() != null) {
        snapshot.wsus(
            Wsus.builder().clientWebService(s.wsus().clientWebService()).build(),
            origin(WsusFiles.WEB_CONFIG));
        snapshot.wsus(Wsus.builder().sites(s.wsus().sites()).build(), origin(WsusFiles.IIS_CONFIG));
        snapshot.wsus(Wsus.builder().iisLog(s.wsus().iisLog()).build(), origin(WsusFiles.IIS_LOGS));
      }
    }
    if (s.configMgr() != null) {
      snapshot.rebootSignal(s.configMgr(), origin(ConfigMgrClient.NAME));
    }
    LogFiles.Reporting reporting = s.reporting();
    if (reporting != null) {
      Origin log = origin(LogFiles.REPORTING_EVENTS);
      snapshot.windowsUpdate(WindowsUpdate.builder().lastScan(reporting.lastScan()).build(), log);
      snapshot.attemptsCollected();
      reporting.attempts().forEach(a -> snapshot.attempt(a, log));
    }
    Origin systemLog = origin(eventLogSource(WindowsUpdateEvents.SYSTEM));
    if (s.systemLog() != null) {
      // the System log records the installs ReportingEvents.log has
      s.systemLog().attempts().forEach(a -> snapshot.attemptUnlessRepeated(a, systemLog));
      snapshot.attemptsCollected();
    }
    events(snapshot, reporting == null ? null : reporting.events(), LogFiles.REPORTING_EVENTS);
    events(
        snapshot,
        s.systemLog() == null ? null : s.systemLog().events(),
        eventLogSource(WindowsUpdateEvents.SYSTEM));
    events(
        snapshot,
        s.operationalLog() == null ? null : s.operationalLog().events(),
        eventLogSource(WindowsUpdateEvents.OPERATIONAL));
    events(snapshot, s.windowsUpdateLog(), LogFiles.WINDOWS_UPDATE_LOG);
    events(snapshot, s.cbsLog(), LogFiles.CBS_LOG);
    if (s.freeBytes() != null) {
      snapshot.disk(new Disk(s.freeBytes()), origin(DISK));
    }
    runIssues.forEach(i -> snapshot.issue(i, origin(i.source())));
    mapIssues.forEach(i -> snapshot.issue(i, origin(i.source())));
    return snapshot.build(collectedAt, collector);
  }

  /** The registry through the importer's feed, every fact from the one read. */
  private static void feedRegistry(
      SnapshotAssembly snapshot, RegistryFacts facts, Origin registry) {
    try {
      RegistryFeed.feed(snapshot, facts, paths -> List.of(registry), RegistryFeed.Differences.LIVE);
    } catch (ImportException e) {
      // LIVE checks no agreement (the host's own keys, read once): only an import's exports of
      // two hosts throw
      throw new IllegalStateException(e);
    }
  }

  private static void events(SnapshotAssembly snapshot, List<LogEvent> events, String source) {
    if (events != null) {
      snapshot.eventsCollected();
      events.forEach(e -> snapshot.event(e, origin(source)));
    }
  }

  private static Origin origin(String source) {
    return new Origin(source, "live", null);
  }

  /** The source that reads these events of an event log channel. */
  private SourceRunner.Pending<WindowsUpdateEvents.Mapped> eventLog(
      SourceRunner runner, String channel, List<Integer> ids, Duration budget) {
    return runner.start(
        eventLogSource(channel), "events", budget, log -> events(channel, ids, log));
  }

  private static String eventLogSource(String channel) {
    return "eventlog:" + channel;
  }

  private WindowsUpdateEvents.Mapped events(String channel, List<Integer> ids, SourceRunner.Log log)
      throws NativeException {
    List<String> xml =
        windows
            .eventLog()
            .query(channel, WindowsUpdateEvents.query(ids, options.logDays()), options.maxEvents());
    WindowsUpdateEvents.Mapped mapped = WindowsUpdateEvents.map(xml);
    if (mapped.unreadable() > 0) {
      log.issue(mapped.unreadable() + " events could not be read", null, "events");
    }
    if (xml.size() >= options.maxEvents()) {
      log.issue(
          "only the newest " + options.maxEvents() + " events were read; older ones are left out",
          null,
          "events");
    }
    return mapped;
  }

  /** The Windows folder: GetSystemWindowsDirectory, else %SystemRoot%. */
  private Path windowsDirectory(SystemReader.NativeSystem system) {
    String dir = system != null ? system.windowsDirectory() : null;
    if (dir == null) {
      dir =
          environment.getOrDefault("SystemRoot", environment.getOrDefault("windir", "C:\\Windows"));
    }
    return Path.of(dir.replace('\\', File.separatorChar));
  }

  /** What the WSUS server's files say. */
  private record WsusRead(
      ClientWebService clientWebService, List<WsusSite> sites, IisLogSummary iisLog) {}

  private WsusRead wsus(
      SourceRunner runner,
      RegistrySource.Result registry,
      List<ServiceInfo> services,
      boolean servicesRead,
      Path windowsDir,
      SystemReader.NativeSystem system,
      Instant since) {
    Duration budget = options.sourceBudget();
    String installDir =
        registry
            .tree()
            .value(RegistryPaths.WSUS_SETUP, "TargetDir")
            .map(v -> v.asText().trim())
            .filter(s -> !s.isEmpty())
            .orElse("C:\\Program Files\\Update Services");
    var webConfig =
        runner.start(
            WsusFiles.WEB_CONFIG,
            "wsus",
            budget,
            log -> WsusFiles.clientWebService(WsusFiles.webConfig(installDir), log));
    var iisConfig =
        runner.start(
            WsusFiles.IIS_CONFIG,
            "wsus",
            budget,
            log ->
                WsusFiles.iisConfig(
                    WsusFiles.applicationHostConfig(windowsDir, system != null && system.wow64()),
                    log));
    ClientWebService clientWebService = webConfig.get();
    ApplicationHostConfig config = iisConfig.get();
    ApplicationHostConfig.Site site =
        config == null
            ? null
            : WsusSites.wsusSite(config, WsusSites.setupSiteIndex(registry.tree()));
    if (site == null) {
      runner.skipped(WsusFiles.IIS_LOGS);
      return new WsusRead(clientWebService, config == null ? null : List.of(), null);
    }
    ServiceState w3svc =
        services == null
            ? null
            : services.stream()
                .filter(s -> s.name().equalsIgnoreCase("W3SVC"))
                .map(ServiceInfo::state)
                .findFirst()
                // absent from a service list that was read: IIS is not installed, so not serving
                .orElse(servicesRead ? ServiceState.STOPPED : ServiceState.UNKNOWN);
    String configuredLogs = site.logDirectory(config);
    IisLogSummary iisLog =
        runner
            .start(
                WsusFiles.IIS_LOGS,
                "wsus",
                budget,
                log ->
                    WsusFiles.iisLogs(
                        WsusFiles.logDirectory(configuredLogs, site.id(), windowsDir, environment),
                        options.maxIisLogBytes(),
                        since,
                        log))
            .get();
    return new WsusRead(clientWebService, List.of(WsusSites.state(site, w3svc)), iisLog);
  }

  private static WsusRead skipWsus(SourceRunner runner) {
    runner.skipped(WsusFiles.WEB_CONFIG);
    runner.skipped(WsusFiles.IIS_CONFIG);
    runner.skipped(WsusFiles.IIS_LOGS);
    return null;
  }
}
