package org.wuhealth.importers;

import static org.wuhealth.importers.registry.RegistryPaths.CURRENT_VERSION;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.wuhealth.assembly.Gaps;
import org.wuhealth.assembly.Origin;
import org.wuhealth.assembly.SnapshotAssembly;
import org.wuhealth.facts.CollectionIssue;
import org.wuhealth.facts.Collector;
import org.wuhealth.facts.CollectorMode;
import org.wuhealth.facts.Deployment;
import org.wuhealth.facts.InstalledUpdate;
import org.wuhealth.facts.Snapshot;
import org.wuhealth.facts.UpdateSource;
import org.wuhealth.facts.WindowsUpdate;
import org.wuhealth.facts.Wsus;
import org.wuhealth.facts.WsusSite;
import org.wuhealth.importers.bundle.Bundle;
import org.wuhealth.importers.graph.DeploymentServiceParser;
import org.wuhealth.importers.hotfix.Hotfix;
import org.wuhealth.importers.hotfix.HotfixListParser;
import org.wuhealth.importers.iis.ApplicationHostConfigParser;
import org.wuhealth.importers.iis.WsusSites;
import org.wuhealth.importers.logs.CbsLogParser;
import org.wuhealth.importers.logs.IisLogSummarizer;
import org.wuhealth.importers.logs.LogDigest;
import org.wuhealth.importers.logs.ReportingEventsParser;
import org.wuhealth.importers.logs.WindowsUpdateLogParser;
import org.wuhealth.importers.registry.RegFileParser;
import org.wuhealth.importers.registry.RegistryFacts;
import org.wuhealth.importers.registry.RegistryFactsMapper;
import org.wuhealth.importers.registry.RegistryFeed;
import org.wuhealth.importers.registry.RegistryTree;
import org.wuhealth.importers.services.ServiceListParser;
import org.wuhealth.importers.servicing.ComponentStoreParser;
import org.wuhealth.importers.systeminfo.SystemInfo;
import org.wuhealth.importers.systeminfo.SystemInfoParser;
import org.wuhealth.importers.text.LineReader;
import org.wuhealth.importers.text.TextDecoding;
import org.wuhealth.importers.wsus.WsusWebConfigParser;
import org.wuhealth.parsing.ImportException;
import org.wuhealth.parsing.ImportLimits;
import org.wuhealth.parsing.OsFacts;
import org.wuhealth.parsing.Skipped;
import org.wuhealth.parsing.SourceFile;

/**
 * Turns the exported files of one host into one snapshot ({@code collector.mode = import}): detects
 * each file's type from its content, parses it, merges the facts and records which file each came
 * from. Files that are not exports are skipped with the reason; a file that is an export but cannot
 * be read fails the import with its name and line. Registry exports go first and win, then
 * systeminfo, update and service lists, web.config, applicationHost.config and the logs.
 */
public final class Importer {
  private static final String TOOL = "wuhealth";

  private final ImportLimits limits;

  public Importer(ImportLimits limits) {
    this.limits = limits;
  }

  /**
   * @param toolVersion the version recorded in the snapshot's collector section
   * @param hostName a host name to record instead of the one in the files, or null
   * @param collectedAt the collection time to record, or null to take the newest time in the data
   */
  public record Options(String toolVersion, String hostName, Instant collectedAt) {}

  /** Imports files, directories (every file below) and zip archives as one host. */
  public ImportResult importPaths(String label, List<Path> paths, Options options)
      throws ImportException {
    try (Bundle bundle = Bundle.of(paths, limits)) {
      return importFiles(label, bundle.files(), bundle.skipped(), options);
    }
  }

  /**
   * Imports the files of one host.
   *
   * @param label names the host's inputs in messages (the directory or zip, or the file)
   * @param refused files refused before reading (unsafe zip entries), reported as skipped
   */
  public ImportResult importFiles(
      String label, List<SourceFile> files, List<Skipped> refused, Options options)
      throws ImportException {
    List<Skipped> skipped = new ArrayList<>(refused);
    Map<FileType, List<SourceFile>> byType = new EnumMap<>(FileType.class);
    for (SourceFile file : files) {
      FormatDetector.Detection detection = FormatDetector.detect(head(file));
      if (!detection.known()) {
        skipped.add(new Skipped(file.name(), detection.reason()));
      } else if (!detection.type().rawExport()) {
        skipped.add(new Skipped(file.name(), detection.type().notAnExport()));
      } else {
        checkSize(file, detection.type());
        byType.computeIfAbsent(detection.type(), t -> new ArrayList<>()).add(file);
      }
    }
    if (byType.isEmpty()) {
      throw new ImportException(label, null, "nothing to import" + skippedSummary(skipped));
    }
    Run run = new Run(byType, options);
    run.registry();
    run.systeminfo();
    run.hotfixes();
    run.services();
    run.webConfigs();
    run.iisConfigs();
    run.reportingEvents();
    run.localLogs(FileType.WINDOWS_UPDATE_LOG);
    run.localLogs(FileType.CBS_LOG);
    run.iisLogs();
    run.componentStore();
    run.deploymentService();
    return run.finish(label, files, skipped);
  }

  /**
   * What a raw export of {@code type} says about the host it describes, read the way the import
   * reads it. Logs, web.config and exports that cannot be parsed say nothing ({@link
   * HostIdentity#NONE}): the import reports a file that cannot be parsed, with its line.
   */
  public HostIdentity identify(SourceFile file, FileType type) {
    try {
      return switch (type) {
        case SYSTEMINFO -> {
          SystemInfo info = SystemInfoParser.parse(file.name(), wholeText(file));
          yield new HostIdentity(info.hostName(), info.build(), info.architecture());
        }
        case QFE ->
            HotfixListParser.parse(file.name(), wholeText(file)).stream()
                .map(h -> new HostIdentity(h.host(), null, null))
                .filter(HostIdentity::named)
                .findFirst()
                .orElse(HostIdentity.NONE);
        case SERVICES ->
            new HostIdentity(
                ServiceListParser.parse(file.name(), wholeText(file)).host(), null, null);
        case REGISTRY -> {
          RegistryFacts facts =
              RegistryFactsMapper.map(RegFileParser.parse(file.name(), wholeText(file)));
          OsFacts os = facts.os();
          yield new HostIdentity(
              facts.computerName(),
              os == null ? null : os.build(),
              os == null ? null : os.architecture());
        }
        default -> HostIdentity.NONE;
      };
    } catch (ImportException | RuntimeException e) {
      // Grouping must not stop at a broken file; its import will report it with the line.
      return HostIdentity.NONE;
    }
  }

  private String wholeText(SourceFile file) throws ImportException {
    if (file.size() > limits.maxFileBytes()) {
      throw new ImportException(file.name(), null, "over the limit");
    }
    try (InputStream in = file.open()) {
      return TextDecoding.decode(
              in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes())))
          .text();
    } catch (IOException e) {
      throw new ImportException(file.name(), null, "cannot read: " + e.getMessage());
    }
  }

  private byte[] head(SourceFile file) throws ImportException {
    try (InputStream in = file.open()) {
      return in.readNBytes(FormatDetector.HEAD_BYTES);
    } catch (IOException e) {
      throw new ImportException(file.name(), null, "cannot read: " + e.getMessage());
    }
  }

  private void checkSize(SourceFile file, FileType type) throws ImportException {
    long limit = type.streamed() ? limits.maxLogBytes() : limits.maxFileBytes();
    if (file.size() > limit) {
      throw new ImportException(
          file.name(),
          null,
          "is "
              + file.size()
              + " bytes, over the limit of "
              + limit
              + " bytes for a "
              + type.description()
              + (type.streamed() ? "" : " (raise it with --max-file-size)"));
    }
  }

  private static String skippedSummary(List<Skipped> skipped) {
    if (skipped.isEmpty()) {
      return "";
    }
    List<String> lines = skipped.stream().limit(5).map(Skipped::toString).toList();
    return " (" + String.join("; ", lines) + (skipped.size() > 5 ? "; ..." : "") + ")";
  }

  /** An issue that holds only if no later file settles it. */
  private record Deferred(CollectionIssue issue, Origin origin) {}

  /** The state of one import. */
  private final class Run {
    private final Map<FileType, List<SourceFile>> byType;
    private final Options options;
    private final SnapshotAssembly draft = SnapshotAssembly.imported();
    private final List<ImportResult.Imported> imported = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<Deferred> truncatedLists = new ArrayList<>();
    private ZoneOffset systeminfoZone;
    private ZoneOffset reportingZone;
    private boolean systeminfoRead;
    private Long wsusSiteIndex;

    Run(Map<FileType, List<SourceFile>> byType, Options options) {
      this.byType = byType;
      this.options = options;
    }

    private List<SourceFile> files(FileType type) {
      return byType.getOrDefault(type, List.of());
    }

    /** What an import takes from one file of a text format. */
    @FunctionalInterface
    private interface TextExport {
      void read(SourceFile file, Origin origin, String text) throws ImportException;
    }

    /** Reads each file of a text format with its origin and decoded text, in order. */
    private void eachText(FileType type, TextExport export) throws ImportException {
      for (SourceFile file : files(type)) {
        export.read(file, origin(file, type), text(file, type));
      }
    }

    private String text(SourceFile file, FileType type) throws ImportException {
      byte[] bytes = bytes(file);
      TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
      imported.add(new ImportResult.Imported(file.name(), type, decoded.encoding()));
      return decoded.text();
    }

    private byte[] bytes(SourceFile file) throws ImportException {
      try (InputStream in = file.open()) {
        byte[] bytes =
            in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
        if (bytes.length > limits.maxFileBytes()) {
          throw new ImportException(
              file.name(), null, "over the limit of " + limits.maxFileBytes() + " bytes");
        }
        return bytes;
      } catch (IOException e) {
        throw new ImportException(file.name(), null, "cannot read: " + e.getMessage());
      }
    }

    private Origin origin(SourceFile file, FileType type) {
      return new Origin(file.name(), type.format(), null);
    }

    void registry() throws ImportException {
      List<SourceFile> files = files(FileType.REGISTRY);
      if (files.isEmpty()) {
        return;
      }
      RegistryTree.Builder builder = RegistryTree.builder();
      for (SourceFile file : files) {
        RegFileParser.parseInto(builder, file.name(), text(file, FileType.REGISTRY));
      }
      RegistryTree tree = builder.build();
      RegistryFeed.feed(
          draft,
          RegistryFactsMapper.map(tree),
          RegistryFeed.exportsOf(tree, FileType.REGISTRY.format()),
          RegistryFeed.Differences.IMPORT);
      wsusSiteIndex = WsusSites.setupSiteIndex(tree);
    }

    void systeminfo() throws ImportException {
      eachText(
          FileType.SYSTEMINFO,
          (file, origin, text) -> {
            SystemInfo info = SystemInfoParser.parse(file.name(), text);
            systeminfoRead = true;
            draft.hostName(info.hostName(), origin);
            draft.domain(info.domain(), origin);
            draft.os(
                new OsFacts(
                    info.osName(),
                    info.version(),
                    info.build(),
                    null,
                    info.productType(),
                    null,
                    null,
                    info.architecture(),
                    info.lastBootTime(),
                    null),
                origin);
            if (systeminfoZone == null) {
              systeminfoZone = info.zoneOffset();
            }
            info.notes().forEach(n -> notes.add(file.name() + ": " + n));
            if (info.hotfixes() == null) {
              notes.add(file.name() + ": no hotfix list in this systeminfo output");
              return;
            }
            draft.updatesCollected();
            List<String> withoutKb = new ArrayList<>();
            for (String id : info.hotfixes()) {
              Hotfix.kbOf(id)
                  .ifPresentOrElse(
                      kb ->
                          draft.update(
                              new InstalledUpdate(kb, null, null, UpdateSource.SYSTEMINFO),
                              origin.at(info.hotfixLine())),
                      () -> withoutKb.add(id));
            }
            noteWithoutKb(origin.at(info.hotfixLine()), withoutKb);
            if (info.hotfixListTruncated()) {
              truncatedLists.add(
                  new Deferred(
                      new CollectionIssue(
                          "systeminfo",
                          "systeminfo announces "
                              + info.declaredHotfixes()
                              + " hotfixes but lists "
                              + info.hotfixes().size()
                              + ": the list is truncated",
                          null,
                          "updates"),
                      origin.at(info.hotfixLine())));
            }
          });
    }

    /** Rows such as "File 1" name no update: the list then has entries it cannot identify. */
    private void noteWithoutKb(Origin origin, List<String> ids) {
      if (!ids.isEmpty()) {
        draft.issue(
            new CollectionIssue(origin.format(), Gaps.withoutKb(ids), null, "updates"), origin);
      }
    }

    void hotfixes() throws ImportException {
      eachText(
          FileType.QFE,
          (file, origin, text) -> {
            List<Hotfix> rows = HotfixListParser.parse(file.name(), text);
            draft.updatesCollected();
            List<String> withoutKb = new ArrayList<>();
            for (Hotfix row : rows) {
              draft.hostName(row.host(), origin.at(row.line()));
              row.kb()
                  .ifPresentOrElse(
                      kb ->
                          draft.update(
                              new InstalledUpdate(
                                  kb, row.installedOn(), row.description(), UpdateSource.QFE),
                              origin.at(row.line())),
                      () -> withoutKb.add(row.id()));
            }
            noteWithoutKb(origin, withoutKb);
          });
    }

    void services() throws ImportException {
      eachText(
          FileType.SERVICES,
          (file, origin, text) -> {
            ServiceListParser.ServiceList list = ServiceListParser.parse(file.name(), text);
            draft.hostName(list.host(), origin);
            draft.services(list.services(), origin);
          });
    }

    void webConfigs() throws ImportException {
      for (SourceFile file : files(FileType.WSUS_WEB_CONFIG)) {
        byte[] bytes = bytes(file);
        imported.add(new ImportResult.Imported(file.name(), FileType.WSUS_WEB_CONFIG, "XML"));
        draft.wsus(
            Wsus.builder().clientWebService(WsusWebConfigParser.parse(file.name(), bytes)).build(),
            origin(file, FileType.WSUS_WEB_CONFIG));
      }
    }

    /**
     * IIS's configuration: the WSUS site, in the state the service lists give W3SVC. A service list
     * without W3SVC leaves the state unknown: an export may have been filtered.
     */
    void iisConfigs() throws ImportException {
      for (SourceFile file : files(FileType.IIS_CONFIG)) {
        byte[] bytes = bytes(file);
        imported.add(new ImportResult.Imported(file.name(), FileType.IIS_CONFIG, "XML"));
        List<WsusSite> sites =
            WsusSites.sites(
                ApplicationHostConfigParser.parse(file.name(), bytes),
                wsusSiteIndex,
                draft.serviceState("W3SVC"));
        draft.wsus(Wsus.builder().sites(sites).build(), origin(file, FileType.IIS_CONFIG));
      }
    }

    void reportingEvents() throws ImportException {
      for (SourceFile file : files(FileType.REPORTING_EVENTS)) {
        Origin origin = origin(file, FileType.REPORTING_EVENTS);
        ReportingEventsParser.Result result;
        try (LineReader lines = new LineReader(file.open())) {
          result = ReportingEventsParser.parse(file.name(), lines);
          imported.add(
              new ImportResult.Imported(file.name(), FileType.REPORTING_EVENTS, lines.encoding()));
        } catch (IOException e) {
          throw new ImportException(file.name(), null, "cannot read: " + e.getMessage());
        }
        draft.attemptsCollected();
        draft.eventsCollected();
        result.attempts().forEach(a -> draft.attempt(a.fact(), origin.at(a.line())));
        result.events().forEach(e -> draft.event(e.fact(), origin.at(e.line())));
        if (result.lastScan() != null) {
          draft.windowsUpdate(
              WindowsUpdate.builder().lastScan(result.lastScan().fact()).build(),
              origin.at(result.lastScan().line()));
        }
        if (reportingZone == null) {
          reportingZone = result.lastOffset();
        }
        if (result.unreadable() > 0) {
          draft.issue(
              new CollectionIssue(
                  "reportingEvents",
                  Gaps.notReportingRecords(
                      result.unreadable(), Integer.toString(result.firstUnreadable())),
                  null,
                  "events"),
              origin.at(result.firstUnreadable()));
        }
        if (result.dropped() > 0) {
          draft.issue(
              new CollectionIssue(
                  "reportingEvents",
                  Gaps.olderAttemptsLeftOut(result.dropped()),
                  null,
                  "installAttempts"),
              origin);
        }
      }
    }

    /** The offset for local log times: systeminfo's time zone, else ReportingEvents', else UTC. */
    private ZoneOffset localOffset(SourceFile file) {
      if (systeminfoZone != null) {
        return systeminfoZone;
      }
      if (reportingZone != null) {
        notes.add(
            file.name()
                + ": local times placed at UTC"
                + reportingZone.getId()
                + ", the offset ReportingEvents.log records");
        return reportingZone;
      }
      notes.add(
          file.name()
              + ": local times read as UTC: no systeminfo or ReportingEvents.log gives the time zone");
      return ZoneOffset.UTC;
    }

    void localLogs(FileType type) throws ImportException {
      for (SourceFile file : files(type)) {
        Origin origin = origin(file, type);
        LogDigest digest;
        try (LineReader lines = new LineReader(file.open())) {
          digest =
              type == FileType.CBS_LOG
                  ? CbsLogParser.parse(file.name(), lines, localOffset(file))
                  : WindowsUpdateLogParser.parse(file.name(), lines, localOffset(file));
          imported.add(new ImportResult.Imported(file.name(), type, lines.encoding()));
        } catch (IOException e) {
          throw new ImportException(file.name(), null, "cannot read: " + e.getMessage());
        }
        draft.eventsCollected();
        digest.events().forEach(e -> draft.event(e.fact(), origin.at(e.line())));
        if (digest.storeCheck() != null) {
          draft.componentStore(digest.storeCheck().fact(), origin.at(digest.storeCheck().line()));
        }
        if (digest.routineLines() > 0) {
          notes.add(file.name() + ": " + routineNote(digest));
        }
        if (digest.dropped() > 0) {
          draft.issue(
              new CollectionIssue(
                  type.format(), Gaps.errorKindsLeftOut(digest.dropped()), null, "events"),
              origin);
        }
      }
    }

    /** How many routine lines were not taken as errors, by kind, for the report's notes. */
    private static String routineNote(LogDigest digest) {
      List<String> kinds = new ArrayList<>();
      digest.routine().entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(e -> kinds.add(e.getKey() + ": " + e.getValue()));
      return digest.routineLines()
          + " routine lines were not taken as errors ("
          + String.join("; ", kinds)
          + ")";
    }

    void iisLogs() throws ImportException {
      List<SourceFile> files = files(FileType.IIS_LOG);
      if (files.isEmpty()) {
        return;
      }
      IisLogSummarizer summarizer = new IisLogSummarizer();
      List<Origin> origins = new ArrayList<>();
      for (SourceFile file : files) {
        try (LineReader lines = new LineReader(file.open())) {
          summarizer.add(file.name(), lines);
          imported.add(new ImportResult.Imported(file.name(), FileType.IIS_LOG, lines.encoding()));
        } catch (IOException e) {
          throw new ImportException(file.name(), null, "cannot read: " + e.getMessage());
        }
        origins.add(origin(file, FileType.IIS_LOG));
      }
      Wsus iisLog = Wsus.builder().iisLog(summarizer.summary()).build();
      for (Origin o : origins) {
        draft.wsus(iisLog, o);
      }
    }

    /** DISM, Repair-WindowsImage or CheckSUR output: the store's health, and DISM's build. */
    void componentStore() throws ImportException {
      eachText(
          FileType.COMPONENT_STORE,
          (file, origin, text) -> {
            ComponentStoreParser.Reading reading = ComponentStoreParser.parse(file.name(), text);
            draft.componentStore(reading.store(), origin);
            if (reading.build() != null) {
              // DISM /Online names the running Windows; a UBR exists on the 10.0 family only
              draft.os(
                  new OsFacts(
                      null,
                      reading.ntVersion(),
                      reading.build(),
                      "10.0".equals(reading.ntVersion()) ? reading.ubr() : null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null),
                  origin);
            }
          });
    }

    /**
     * Deployment service data: the host's updatable asset gives its enrollment; deployments target
     * it when their audience names that asset, or when the export left the audience out (the admin
     * put them in this host's files).
     */
    void deploymentService() throws ImportException {
      List<SourceFile> files = files(FileType.DEPLOYMENT_SERVICE);
      List<DeploymentServiceParser.Asset> assets = new ArrayList<>();
      List<DeploymentServiceParser.GraphDeployment> deployments = new ArrayList<>();
      Origin assetOrigin = null;
      Origin deploymentOrigin = null;
      for (SourceFile file : files) {
        DeploymentServiceParser.Export export =
            DeploymentServiceParser.parse(file.name(), text(file, FileType.DEPLOYMENT_SERVICE));
        if (!export.assets().isEmpty()) {
          assets.addAll(export.assets());
          assetOrigin = origin(file, FileType.DEPLOYMENT_SERVICE);
        }
        if (!export.deployments().isEmpty()) {
          deployments.addAll(export.deployments());
          deploymentOrigin = origin(file, FileType.DEPLOYMENT_SERVICE);
        }
      }
      String assetId = null;
      if (assets.size() == 1) {
        assetId = assets.get(0).id();
        draft.windowsUpdate(
            WindowsUpdate.builder().enrollment(assets.get(0).enrollment()).build(), assetOrigin);
      } else if (assets.size() > 1) {
        notes.add(
            assetOrigin.file()
                + ": "
                + assets.size()
                + " updatable assets, and nothing says which is this host: its enrollment is left"
                + " unknown; export the host's own (GET /admin/windows/updates/updatableAssets/"
                + "{its Entra device id})");
      }
      if (deploymentOrigin == null) {
        return;
      }
      List<Deployment> targeting = new ArrayList<>();
      int withoutAudience = 0;
      int undecided = 0;
      for (DeploymentServiceParser.GraphDeployment d : deployments) {
        if (d.audience() == null) {
          withoutAudience++;
          targeting.add(d.deployment());
        } else if (assetId == null) {
          undecided++;
        } else if (d.audience().stream().anyMatch(assetId::equalsIgnoreCase)) {
          targeting.add(d.deployment());
        }
      }
      if (withoutAudience > 0) {
        notes.add(
            deploymentOrigin.file()
                + ": "
                + withoutAudience
                + " deployments without their audience are taken as targeting this host");
      }
      if (undecided > 0) {
        notes.add(
            deploymentOrigin.file()
                + ": "
                + undecided
                + " deployments name their audience, but without this host's updatable asset"
                + " nothing says whether it is in it; they are left out");
      }
      if (undecided == 0 || !targeting.isEmpty()) {
        draft.windowsUpdate(
            WindowsUpdate.builder().deployments(targeting).build(), deploymentOrigin);
      }
    }

    ImportResult finish(String label, List<SourceFile> files, List<Skipped> skipped)
        throws ImportException {
      if (!draft.hasBuild()) {
        String read =
            imported.stream()
                .map(i -> i.file() + " (" + i.type().format() + ")")
                .toList()
                .toString();
        throw new ImportException(
            label,
            null,
            "no file gives the OS build; on the host, run 'systeminfo > systeminfo.txt' and put"
                + " the file in the same folder (a registry export of "
                + CURRENT_VERSION
                + " also does) (read: "
                + read.substring(1, read.length() - 1)
                + ")"
                + skippedSummary(skipped));
      }
      if (!draft.hasCompleteUpdateList()) {
        truncatedLists.forEach(d -> draft.issue(d.issue(), d.origin()));
      }
      if (systeminfoRead && !draft.hasUbr()) {
        draft.issue(
            new CollectionIssue(
                "systeminfo",
                "the update build revision (UBR) is unknown: systeminfo never shows it; add a"
                    + " registry export of "
                    + CURRENT_VERSION,
                null,
                "os"),
            new Origin(
                files(FileType.SYSTEMINFO).get(0).name(), FileType.SYSTEMINFO.format(), null));
      }
      if (options.hostName() != null) {
        draft.overrideHostName(options.hostName());
      }
      Instant collectedAt = options.collectedAt();
      if (collectedAt == null) {
        collectedAt = draft.newestFactTime();
        if (collectedAt != null) {
          notes.add(
              "collectedAt "
                  + collectedAt
                  + " is the newest time found in the data (use --collected-at to set it)");
        } else {
          collectedAt =
              files.stream()
                  .map(SourceFile::modified)
                  .filter(Objects::nonNull)
                  .max(Comparator.naturalOrder())
                  .orElseThrow(
                      () ->
                          new ImportException(
                              label, null, "no time found in the data; give --collected-at"));
          notes.add(
              "collectedAt "
                  + collectedAt
                  + " is the newest file time (use --collected-at to set it)");
        }
      }
      Snapshot snapshot =
          draft.build(
              collectedAt, new Collector(TOOL, options.toolVersion(), CollectorMode.IMPORT, null));
      return new ImportResult(snapshot, imported, skipped, notes);
    }
  }
}
