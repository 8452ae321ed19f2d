package org.wuhealth.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wuhealth.facts.CollectionIssue;
import org.wuhealth.facts.CollectorMode;
import org.wuhealth.facts.RebootSignalKind;
import org.wuhealth.facts.ServiceState;
import org.wuhealth.facts.Snapshot;
import org.wuhealth.facts.SourceOutcome;
import org.wuhealth.facts.SourceRun;
import org.wuhealth.facts.WsusRole;
import org.wuhealth.importers.registry.RegistryPaths;
import org.wuhealth.snapshot.SnapshotReader;
import org.wuhealth.snapshot.SnapshotWriter;

/**
 * The whole collection on Linux, with the answers Wine gives for the bench's seeded host (recorded
 * from bench/wine/run.sh) and the bench's own seed files: the snapshot must match the same
 * expected-snapshot.json the Wine bench checks. Then the ways sources fail.
 */
class LiveCollectorTest {
  private static final Path BENCH = Path.of("../bench/wine");
  private static final Instant NOW = Instant.parse("2026-11-21T09:00:00.400Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final CollectorOptions OPTIONS =
      new CollectorOptions(
          Duration.ofSeconds(20), Duration.ofSeconds(30), 32L << 20, 64L << 20, 36500, 500);

  @TempDir Path dir;
  private Path windows;
  private RegistryReader registry;
  private SystemReader system;
  private ServiceReader services;
  private WmiReader wmi;
  private EventLogReader eventLog;

  /** Services as Wine's service manager lists them for the seeded prefix. */
  private static final List<ServiceReader.RawService> WINE_SERVICES =
      List.of(
          new ServiceReader.RawService("BITS", "BITS Service", 1),
          new ServiceReader.RawService("MountMgr", "Mount Manager", 4),
          new ServiceReader.RawService("PlugPlay", "Plug and Play Service", 4),
          new ServiceReader.RawService("W3SVC", "World Wide Web Publishing Service", 1),
          new ServiceReader.RawService("WsusService", "WSUS Service", 1),
          new ServiceReader.RawService("wuauserv", "Automatic Updates", 4));

  @BeforeEach
  void wineAnswers() throws Exception {
    Path drive = dir.resolve("drive_c");
    Path seed = BENCH.resolve("seed/drive_c");
    try (Stream<Path> files = Files.walk(seed)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Path target = drive.resolve(seed.relativize(f).toString());
        Files.createDirectories(target.getParent());
        Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    windows = drive.resolve("Windows");
    registry =
        new RegistryFromExport(
                BENCH.resolve("seed.reg"),
                BENCH.resolve("pending-renames.reg"),
                Path.of(LiveCollectorTest.class.getResource("wine-services.reg").toURI()))
            .override(
                RegistryPaths.WSUS_SETUP,
                "TargetDir",
                drive.resolve("Program Files/Update Services").toString());
    system =
        FakeWindows.system(
            new SystemReader.NativeSystem(6, 3, 9600, 3, 9, 7_200_000L, false, windows.toString()),
            82_245_296_128L);
    services = () -> WINE_SERVICES;
    wmi =
        FakeWindows.wmi(
            List.of(
                Map.of(
                    "HotFixID", "KB1234567", "Description", "Update", "InstalledOn", "22/2/2022")),
            (namespace, className, method, out) -> {
              throw NativeException.hresult("WMI " + className + "." + method, 0x8004100E, null);
            });
    // Wine's EvtQuery is a stub that returns no handle and sets no error
    eventLog =
        (channel, query, max) -> {
          throw NativeException.win32("EvtQuery " + channel, 0, null);
        };
  }

  private Snapshot collect() throws Exception {
    return collect(OPTIONS);
  }

  private Snapshot collect(CollectorOptions options) throws Exception {
    WindowsAccess access = new WindowsAccess(system, registry, services, wmi, eventLog);
    return new LiveCollector(access, options, Map.of()).collect("0.1.0", CLOCK);
  }

  @Test
  void theBenchHostAsWineAnswersMatchesWhatTheBenchExpects() throws Exception {
    Snapshot snapshot = collect();
    Path written = dir.resolve("host.json");
    Files.writeString(written, SnapshotWriter.write(snapshot));
    SnapshotReader.Loaded loaded = new SnapshotReader(64L << 20).read(written);
    assertEquals(List.of(), loaded.warnings(), "valid against the schema, nothing unknown");
    ObjectMapper json = new ObjectMapper();
    JsonNode expected = json.readTree(BENCH.resolve("expected-snapshot.json").toFile());
    assertEquals(
        List.of(), JsonSubset.mismatches(expected, json.readTree(written.toFile())), "mismatches");
    assertEquals(Instant.parse("2026-11-21T07:00:00Z"), snapshot.os().lastBootTime());
    assertEquals(Instant.parse("2026-11-21T09:00:00Z"), snapshot.collectedAt());
    assertEquals(CollectorMode.LIVE, snapshot.collector().mode());
  }

  @Test
  void aSourceThatHangsIsAbandonedAtItsBudgetAndTheRestGoesOn() throws Exception {
    eventLog =
        (channel, query, max) -> {
          try {
            Thread.sleep(30_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return List.of();
        };
    long started = System.nanoTime();
    Snapshot snapshot =
        collect(
            new CollectorOptions(
                Duration.ofSeconds(1), Duration.ofSeconds(30), 32L << 20, 64L << 20, 36500, 500));
    assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 10, "not waited for");
    assertEquals(SourceOutcome.TIMED_OUT, run(snapshot, "eventlog:System").outcome());
    assertEquals(
        new CollectionIssue(
            "eventlog:System",
            "did not finish within its time budget of 1 s; left out",
            null,
            "events"),
        issue(snapshot, "eventlog:System"));
    assertEquals(SourceOutcome.OK, run(snapshot, "registry").outcome());
    assertEquals(2, snapshot.installAttempts().size(), "ReportingEvents.log was still read");
  }

  @Test
  void whatThisUserMayNotReadIsSaidWithTheWin32Error() throws Exception {
    services =
        () -> {
          throw NativeException.win32(
              "service manager", NativeException.ACCESS_DENIED, "Access is denied.");
        };
    wmi =
        new WmiReader() {
          @Override
          public List<Map<String, Object>> query(
              String namespace, String wql, List<String> properties, Duration timeout)
              throws TimeoutException {
            throw new TimeoutException("0 rows read");
          }

          @Override
          public Map<String, Object> callStatic(
              String namespace, String className, String method, List<String> out) {
            return Map.of();
          }
        };
    Files.delete(windows.resolve("Logs/CBS/CBS.log"));
    Files.createDirectory(windows.resolve("Logs/CBS/CBS.log")); // a folder where the log should be
    Snapshot snapshot = collect();
    assertEquals(
        new CollectionIssue(
            "scm", "service manager: Access is denied (Win32 error 5)", "0x80070005", "services"),
        issue(snapshot, "scm"));
    assertEquals(ServiceState.UNKNOWN, snapshot.services().get(0).state(), "start types only");
    assertEquals("updates", issue(snapshot, InstalledUpdates.QFE).section());
    assertEquals("timed out: 0 rows read", issue(snapshot, InstalledUpdates.QFE).message());
    assertEquals(SourceOutcome.TIMED_OUT, run(snapshot, InstalledUpdates.QFE).outcome());
    assertEquals(
        List.of("KB2919355", "KB2919442", "KB3173424"),
        snapshot.updates().stream().map(u -> u.kb()).toList(),
        "the CBS list stands in");
    assertEquals(SourceOutcome.FAILED, run(snapshot, LogFiles.CBS_LOG).outcome());
  }

  @Test
  void withoutTheRegistryTheUpdateListIsIncompleteAndWsusIsNotClaimedAbsent() throws Exception {
    registry =
        (path, names) -> {
          throw NativeException.win32("RegOpenKeyEx " + path, NativeException.ACCESS_DENIED, null);
        };
    Snapshot snapshot = collect();
    assertEquals(9600, snapshot.os().build(), "the build from RtlGetVersion");
    assertTrue(
        snapshot.collectionIssues().stream()
            .anyMatch(i -> i.source().equals("registry") && "packages".equals(i.section())),
        "every key refused, the CBS packages among them: " + snapshot.collectionIssues());
    assertEquals(
        List.of("KB1234567"),
        snapshot.updates().stream().map(u -> u.kb()).toList(),
        "the QFE's row alone, which the packages issue marks as incomplete");
    assertNull(snapshot.wsus());
    assertTrue(
        snapshot.collector().sources().stream().noneMatch(r -> r.name().startsWith("file:web")),
        "whether the WSUS files apply is unknown: they are not listed as skipped");
  }

  @Test
  void aRegistryThatDoesNotAnswerLeavesTheQfeListMarkedIncomplete() throws Exception {
    registry =
        (path, names) -> {
          try {
            Thread.sleep(30_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return null;
        };
    Snapshot snapshot =
        collect(
            new CollectorOptions(
                Duration.ofSeconds(1), Duration.ofSeconds(30), 32L << 20, 64L << 20, 36500, 500));
    assertEquals(SourceOutcome.TIMED_OUT, run(snapshot, "registry").outcome());
    assertEquals("packages", issue(snapshot, "registry").section());
    assertEquals(List.of("KB1234567"), snapshot.updates().stream().map(u -> u.kb()).toList());
    assertNull(snapshot.packages());
    assertNull(snapshot.wsus());
  }

  @Test
  void aHostWithoutWsusSkipsTheWsusFilesAndAConfigMgrClientIsAsked() throws Exception {
    RegistryReader seeded = registry;
    registry =
        (path, names) ->
            path.toLowerCase().startsWith(RegistryPaths.WSUS_SETUP.toLowerCase())
                ? null
                : seeded.read(path, names);
    List<ServiceReader.RawService> withClient = new ArrayList<>(WINE_SERVICES);
    withClient.add(new ServiceReader.RawService("CcmExec", "SMS Agent Host", 4));
    services = () -> withClient;
    WmiReader qfe = wmi;
    wmi =
        new WmiReader() {
          @Override
          public List<Map<String, Object>> query(
              String namespace, String wql, List<String> properties, Duration timeout)
              throws NativeException, TimeoutException {
            return qfe.query(namespace, wql, properties, timeout);
          }

          @Override
          public Map<String, Object> callStatic(
              String namespace, String className, String method, List<String> out) {
            assertEquals(ConfigMgrClient.NAMESPACE, namespace);
            assertEquals("DetermineIfRebootPending", method);
            return Map.of("ReturnValue", 0L, "RebootPending", true, "IsHardRebootPending", false);
          }
        };
    Snapshot snapshot = collect();
    assertEquals(WsusRole.NONE, snapshot.wsus().role());
    assertNull(snapshot.wsus().sites());
    assertEquals(SourceOutcome.SKIPPED, run(snapshot, WsusFiles.WEB_CONFIG).outcome());
    assertEquals(SourceOutcome.OK, run(snapshot, ConfigMgrClient.NAME).outcome());
    assertTrue(
        snapshot.pendingReboot().signals().stream()
            .anyMatch(
                s ->
                    s.signal() == RebootSignalKind.CONFIG_MGR_REBOOT_PENDING
                        && s.detail()
                            .equals("the Configuration Manager client reports a pending restart")),
        snapshot.pendingReboot().toString());
  }

  /**
   * A WSUS 3.0 SP2 server on 2008 R2: no Installed Role Services key, InstallType 1 and the version
   * in Setup, read by the same gather step and mapper; the server's files are then read as on 2012.
   */
  @Test
  void aWsus3ServerIsRecognisedByItsInstallType() throws Exception {
    RegistryReader seeded = registry;
    FakeRegistry wsus3 =
        new FakeRegistry()
            .dword(RegistryPaths.WSUS_SETUP, "InstallType", 1)
            .sz(RegistryPaths.WSUS_SETUP, "VersionString", "3.2.7600.226")
            .sz(
                RegistryPaths.WSUS_SETUP,
                "TargetDir",
                windows.resolveSibling("Program Files/Update Services").toString())
            .dword(RegistryPaths.WSUS_SETUP, "IISTargetWebSiteIndex", 1234567);
    registry =
        (path, names) ->
            path.toLowerCase().startsWith(RegistryPaths.WSUS_SETUP.toLowerCase())
                ? wsus3.read(path, names)
                : seeded.read(path, names);
    Snapshot snapshot = collect();
    assertEquals(WsusRole.SERVER, snapshot.wsus().role());
    assertEquals("3.2.7600.226", snapshot.wsus().version());
    assertEquals(SourceOutcome.OK, run(snapshot, WsusFiles.WEB_CONFIG).outcome());
    assertEquals(400, snapshot.wsus().clientWebService().maxInstalledPrerequisites());
  }

  @Test
  void anEventThatCannotBeRenderedAndAQueryCutAtItsLimitAreSaid() throws Exception {
    String event;
    try (var in = getClass().getResourceAsStream("events/system-20.xml")) {
      event = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    // the reader returns at most `max` events: here the limit is reached, one of them unrenderable
    eventLog = (channel, query, max) -> List.of(event, "");
    Snapshot snapshot =
        collect(
            new CollectorOptions(
                Duration.ofSeconds(20), Duration.ofSeconds(30), 32L << 20, 64L << 20, 36500, 2));
    List<String> said =
        snapshot.collectionIssues().stream()
            .filter(i -> i.source().equals("eventlog:System"))
            .map(CollectionIssue::message)
            .toList();
    assertEquals(
        List.of(
            "1 events could not be read",
            "only the newest 2 events were read; older ones are left out"),
        said);
    assertEquals(SourceOutcome.PARTIAL, run(snapshot, "eventlog:System").outcome());
  }

  @Test
  void withoutEvenTheBuildThereIsNoSnapshot() {
    system =
        new SystemReader() {
          @Override
          public NativeSystem read() throws NativeException {
            throw NativeException.win32("RtlGetVersion", 1, null);
          }

          @Override
          public long freeBytes(String directory) {
            return 0;
          }
        };
    registry = (path, names) -> null;
    LiveCollector.CollectionFailed failed =
        assertThrows(LiveCollector.CollectionFailed.class, this::collect);
    assertTrue(failed.getMessage().startsWith("cannot tell the Windows build: os: RtlGetVersion"));
  }

  private static SourceRun run(Snapshot snapshot, String name) {
    return snapshot.collector().sources().stream()
        .filter(r -> r.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static CollectionIssue issue(Snapshot snapshot, String source) {
    return snapshot.collectionIssues().stream()
        .filter(i -> i.source().equals(source))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no issue from " + source));
  }
}
