package org.wuhealth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wuhealth.collector.EventLogReader;
import org.wuhealth.collector.FakeWindows;
import org.wuhealth.collector.NativeException;
import org.wuhealth.collector.RegistryReader;
import org.wuhealth.collector.ServiceReader;
import org.wuhealth.collector.SystemReader;
import org.wuhealth.collector.WindowsAccess;
import org.wuhealth.collector.WmiReader;
import org.wuhealth.importers.registry.RegistryPaths;
import org.wuhealth.snapshot.SnapshotReader;

/**
 * {@code scan}, {@code collect} and {@code check-package --live}, run in process on a fake host.
 */
class LiveCommandsTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-20T08:15:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  private record Run(int exitCode, String out, String err) {}

  private static Run run(LiveMachine host, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(args, new Io(new PrintWriter(out), new PrintWriter(err), Map.of(), false), host);
    return new Run(code, out.toString(), err.toString());
  }

  private static byte[] sz(String s) {
    return (s + "\0").getBytes(StandardCharsets.UTF_16LE);
  }

  private static byte[] dword(int v) {
    return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array();
  }

  /** A Server 2019 WSUS server whose WSUS service is stopped; CBS\Packages is denied to us. */
  private LiveMachine wsusServer() {
    Map<String, RegistryReader.RawKey> keys =
        Map.of(
            RegistryPaths.CURRENT_VERSION.toLowerCase(),
            new RegistryReader.RawKey(
                List.of(),
                List.of(
                    new RegistryReader.RawValue(
                        "ProductName", 1, sz("Windows Server 2019 Standard")),
                    new RegistryReader.RawValue("CurrentBuild", 1, sz("17763")),
                    new RegistryReader.RawValue("UBR", 4, dword(8146)))),
            RegistryPaths.COMPUTER_NAME.toLowerCase(),
            new RegistryReader.RawKey(
                List.of(), List.of(new RegistryReader.RawValue("ComputerName", 1, sz("WSUS19")))),
            RegistryPaths.WSUS_SETUP.toLowerCase(),
            new RegistryReader.RawKey(
                List.of("Installed Role Services"),
                List.of(new RegistryReader.RawValue("VersionString", 1, sz("10.0.17763.678")))),
            (RegistryPaths.WSUS_SETUP + "\\Installed Role Services").toLowerCase(),
            new RegistryReader.RawKey(
                List.of(),
                List.of(new RegistryReader.RawValue("UpdateServices-Services", 4, dword(2)))),
            (RegistryPaths.SERVICES + "\\WsusService").toLowerCase(),
            new RegistryReader.RawKey(
                List.of(), List.of(new RegistryReader.RawValue("Start", 4, dword(2)))));
    RegistryReader registry =
        (path, names) -> {
          if (path.equalsIgnoreCase(RegistryPaths.CBS_PACKAGES)) {
            throw NativeException.win32("RegOpenKeyEx", 5, "Access is denied.");
          }
          return keys.get(path.toLowerCase());
        };
    SystemReader system =
        FakeWindows.system(
            new SystemReader.NativeSystem(10, 0, 17763, 3, 9, 86_400_000L, false, dir.toString()),
            50L << 30);
    ServiceReader services =
        () ->
            List.of(
                new ServiceReader.RawService("wuauserv", "Windows Update", 4),
                new ServiceReader.RawService("WsusService", "WSUS Service", 1),
                new ServiceReader.RawService("W3SVC", "World Wide Web Publishing Service", 4));
    WmiReader wmi =
        FakeWindows.wmi(
            List.of(
                Map.of(
                    "HotFixID", "KB5034127", "Description", "Update", "InstalledOn", "1/10/2024")),
            (namespace, className, method, out) -> {
              throw new AssertionError("no ConfigMgr client here");
            });
    EventLogReader eventLog = (channel, query, max) -> List.of();
    return new LiveMachine(
        () -> Optional.of(new WindowsAccess(system, registry, services, wmi, eventLog)), CLOCK);
  }

  private static final LiveMachine LINUX = new LiveMachine(Optional::empty, CLOCK);

  @Test
  void withoutWindowsEachLiveCommandPointsToAnalyzeAndImport() {
    for (String[] args :
        List.of(
            new String[] {"scan"},
            new String[] {"collect", "--out", "x.json"},
            new String[] {"check-package", "--live", "KB5034127"})) {
      Run run = run(LINUX, args);
      assertEquals(ExitCodes.USAGE_OR_INPUT, run.exitCode(), run.err());
      assertTrue(
          run.err()
              .startsWith(
                  "wuhealth: error: " + args[0] + " reads this machine live, which needs Windows"),
          run.err());
      assertTrue(run.err().contains("wuhealth analyze host.json"), run.err());
      assertTrue(run.err().contains("wuhealth import PATH... --out host.json"), run.err());
      assertEquals("", run.out());
    }
  }

  @Test
  void collectWritesALiveSnapshotAndSaysWhatItCouldNotRead() throws Exception {
    Path out = dir.resolve("host.json");
    Run run = run(wsusServer(), "collect", "--verbose", "--out", out.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    SnapshotReader.Loaded loaded = new SnapshotReader(1 << 20).read(out);
    assertEquals(List.of(), loaded.warnings());
    assertEquals("WSUS19", loaded.snapshot().hostName());
    assertTrue(run.err().contains("wuhealth: source registry: "), run.err());
    assertTrue(
        run.err()
            .contains(
                "wuhealth: warning: not read: registry: "
                    + RegistryPaths.CBS_PACKAGES
                    + ": RegOpenKeyEx: Access is denied (Win32 error 5) [0x80070005] (packages"
                    + " incomplete)"),
        run.err());
    assertTrue(run.err().contains("run wuhealth from an elevated prompt"), run.err());
    assertTrue(
        run.err()
            .contains(
                "wuhealth: wrote "
                    + out
                    + ": WSUS19 (Windows Server 2019 Standard, build 17763.8146, x64)"),
        run.err());
  }

  @Test
  void scanPrintsRankedFindingsOfTheLiveHost() throws Exception {
    Path snapshot = dir.resolve("also.json");
    Run run = run(wsusServer(), "scan", "--format", "json", "--snapshot-out", snapshot.toString());
    assertEquals(ExitCodes.FINDINGS, run.exitCode(), run.err());
    JsonNode result = new ObjectMapper().readTree(run.out()).at("/results/0");
    assertEquals("live:WSUS19", result.at("/source").asText());
    assertEquals("WSUS-SERVICE-STOPPED", result.at("/findings/0/ruleId").asText());
    assertTrue(Files.isRegularFile(snapshot), "--out also writes the snapshot");

    Run text = run(wsusServer(), "scan", "--fail-on", "none");
    assertEquals(ExitCodes.OK, text.exitCode());
    assertTrue(text.out().startsWith("live:WSUS19  WSUS19 (Windows Server 2019"), text.out());
  }

  @Test
  void scanForNagiosIsCriticalAndUnknownWhenNothingAlertsButSourcesWereNotRead() {
    Run run = run(wsusServer(), "scan", "--format", "nagios");
    MonitoringChecks.PluginOutput out = MonitoringChecks.nagios(run.out(), run.exitCode());
    assertEquals("CRITICAL", out.state(), run.out());
    assertTrue(out.text().contains("WSUS-SERVICE-STOPPED"), run.out());
    assertEquals(3, out.perfdata().get("not_read"), "CBS\\Packages, web.config, IIS config");

    Run quiet =
        run(
            wsusServer(),
            "scan",
            "--format",
            "nagios",
            "--warning-on",
            "none",
            "--critical-on",
            "none");
    MonitoringChecks.PluginOutput unknown = MonitoringChecks.nagios(quiet.out(), quiet.exitCode());
    assertEquals("UNKNOWN", unknown.state(), "not OK: a source could not be read");
    assertTrue(
        unknown.text().startsWith("could not read 3 sources: registry, file:web.config,"),
        quiet.out());

    Run linux = run(LINUX, "scan", "--format", "nagios");
    MonitoringChecks.PluginOutput failed = MonitoringChecks.nagios(linux.out(), linux.exitCode());
    assertEquals("UNKNOWN", failed.state());
    assertTrue(
        failed
            .text()
            .startsWith("wuhealth: error: scan reads this machine live, which needs Windows"),
        linux.out());
  }

  @Test
  void scanForPrometheusHasNoHostLabelsAndSaysWhenTheCollectionFailed() throws Exception {
    Run run = run(wsusServer(), "scan", "--format", "prometheus", "--fail-on", "none");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    List<MonitoringChecks.Sample> samples = MonitoringChecks.prometheus(run.out());
    MonitoringChecks.promtool(run.out());
    assertTrue(run.out().contains("\nwuhealth_findings{severity=\"high\"} 1\n"), run.out());
    assertTrue(run.out().contains("\nwuhealth_scan_success 1\n"), run.out());
    assertTrue(run.out().contains("\nwuhealth_scan_timestamp_seconds 1795162500\n"), run.out());
    assertTrue(run.out().contains("\nwuhealth_sources_not_read 3\n"), run.out());
    assertTrue(samples.stream().noneMatch(s -> s.labels().containsKey("host")), "no host label");

    Path prom = dir.resolve("wuhealth.prom");
    Files.writeString(prom, "wuhealth_findings{severity=\"high\"} 1\n");
    Run linux = run(LINUX, "scan", "--format", "prometheus", "--out", prom.toString());
    assertEquals(ExitCodes.USAGE_OR_INPUT, linux.exitCode());
    String failed = Files.readString(prom);
    MonitoringChecks.prometheus(failed);
    assertTrue(failed.endsWith("\nwuhealth_scan_success 0\n"), failed);
    assertEquals(3, failed.lines().count(), "the old findings are gone: " + failed);
  }

  @Test
  void checkPackageAgainstTheLiveHost() {
    Run run = run(wsusServer(), "check-package", "--live", "windows10.0-kb5034127-x64.msu");
    assertEquals(ExitCodes.FINDINGS, run.exitCode(), run.err() + run.out());
    assertTrue(run.out().startsWith("live:WSUS19"), run.out());
    assertTrue(run.out().contains("NA-ALREADY-INSTALLED"), run.out());

    Run both = run(wsusServer(), "check-package", "--live", "--snapshot", "x.json", "KB1");
    assertEquals(ExitCodes.USAGE_OR_INPUT, both.exitCode());
    assertTrue(both.err().contains("mutually exclusive"), both.err());
  }
}
