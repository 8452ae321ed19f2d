package org.wuhealth.rules.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.EventSource;
import org.wuhealth.facts.LastScan;
import org.wuhealth.facts.LogEvent;
import org.wuhealth.facts.MachineName;
import org.wuhealth.facts.OsInfo;
import org.wuhealth.facts.ScanResult;
import org.wuhealth.facts.ScanSource;
import org.wuhealth.facts.Snapshot;
import org.wuhealth.facts.UpdatePolicy;
import org.wuhealth.facts.WindowsUpdate;
import org.wuhealth.facts.Wsus;
import org.wuhealth.facts.WsusRole;
import org.wuhealth.rules.api.Severity;

class FleetFactsTest {
  private static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");

  private static Snapshot snapshot(
      MachineName host, UpdatePolicy policy, LastScan scan, List<LogEvent> events, Wsus wsus) {
    OsInfo os = OsInfo.builder().version("10.0").build(17763).build();
    WindowsUpdate wu =
        WindowsUpdate.builder().policy(policy).lastScan(scan).susClientId(" ABC-1 ").build();
    return Snapshot.builder()
        .collectedAt(NOW)
        .host(host)
        .os(os)
        .windowsUpdate(wu)
        .wsus(wsus)
        .events(events)
        .build();
  }

  private static UpdatePolicy policy(String url, Boolean use) {
    return UpdatePolicy.builder()
        .wuServer(url)
        .wuStatusServer(url)
        .useWuServer(use)
        .noAutoUpdate(false)
        .auOptions(4)
        .build();
  }

  @Test
  void summarisesPolicyScanAndIdentity() {
    Snapshot s =
        snapshot(
            new MachineName("Web01", "Corp.Example"),
            policy("HTTPS://WSUS01.corp.example:8531/", true),
            new LastScan(
                Instant.parse("2026-10-01T08:00:00Z"), ScanResult.SUCCEEDED, ScanSource.WSUS),
            List.of(),
            null);
    HostSummary h = FleetFacts.summary(3, "web01.json", s, NOW, Severity.HIGH, List.of("x"));
    assertEquals("web01.corp.example", h.machine());
    assertEquals("abc-1", h.susClientId());
    assertEquals("wsus01.corp.example:8531", h.wsusServer());
    assertEquals("WSUS wsus01.corp.example:8531", h.updateSource());
    assertEquals(50, h.scanAgeDays());
    MachineScan scan =
        new MachineScan(
            new FleetMachine(h.index(), h.name(), h.machine(), 0),
            h.scanSucceeded(),
            h.scanAgeDays());
    assertTrue(scan.staleAfter(30));
    assertFalse(scan.staleAfter(60));
    assertEquals("Web01 (last successful scan 50 days before collection)", scan.describe());
    assertFalse(h.wsusServerRole());
    assertEquals(List.of(), h.findings(), "findings are kept for WSUS servers only");
    assertNull(h.source());
  }

  @Test
  void aPolicyUrlWithoutUseWuServerIsNotAWsusClient() {
    Snapshot s =
        snapshot(new MachineName("A", null), policy("http://wsus:8530", false), null, null, null);
    HostSummary h = FleetFacts.summary(0, "a.json", s, NOW, null, List.of());
    assertNull(h.wsusServer());
    assertNull(h.updateSource());
    assertFalse(h.scanKnown());
  }

  @Test
  void unnamedHostsAreDistinctMachines() {
    Snapshot s = snapshot(null, null, null, null, null);
    assertEquals("#7", FleetFacts.summary(7, "x.json", s, NOW, null, List.of()).machine());
  }

  @Test
  void aWsusServerAnswersToItsNameAndFqdn() {
    Snapshot s =
        snapshot(
            new MachineName("WSUS01", "corp.example"),
            null,
            null,
            null,
            Wsus.builder().role(WsusRole.SERVER).build());
    HostSummary h = FleetFacts.summary(0, "wsus01.json", s, NOW, null, List.of("R (high): t"));
    assertTrue(h.serves("wsus01.corp.example"));
    assertTrue(h.serves("wsus01"));
    assertFalse(h.serves("wsus02.corp.example"));
    assertEquals("wsus01.json", h.source());
    assertEquals(List.of("R (high): t"), h.findings());
  }

  @Test
  void failuresAreDistinctFailureCodesOfUpdateClientLogs() {
    List<LogEvent> events =
        List.of(
            new LogEvent(
                Instant.parse("2026-11-01T00:00:00Z"),
                EventSource.WINDOWS_UPDATE_CLIENT,
                20,
                "0x80244007",
                "m",
                null),
            new LogEvent(
                Instant.parse("2026-11-19T00:00:00Z"),
                EventSource.REPORTING_EVENTS,
                20,
                "0x80244007",
                "m",
                null),
            new LogEvent(null, EventSource.WINDOWS_UPDATE_LOG, 20, "0x8024401c", "m", null),
            new LogEvent(NOW, EventSource.CBS, 1, "0x800f081f", "m", null),
            new LogEvent(NOW, EventSource.WINDOWS_UPDATE_CLIENT, 19, "0x00000000", "m", null));
    Snapshot s =
        snapshot(new MachineName("A", null), policy("http://wsus:8530", true), null, events, null);
    HostSummary h = FleetFacts.summary(2, "a.json", s, NOW, null, List.of());
    List<ClientFailure> failures = FleetFacts.failures(h, s, NOW);
    assertEquals(
        List.of(
            new ClientFailure(new FailureGroup("wsus:8530", "0x80244007"), 2, "A", 1),
            new ClientFailure(new FailureGroup("wsus:8530", "0x8024401c"), 2, "A", -1)),
        failures);
    assertEquals("wsus", failures.get(0).group().host());
  }

  @Test
  void aWsusServerThatScansItselfIsNotItsOwnClient() {
    List<LogEvent> events =
        List.of(new LogEvent(NOW, EventSource.WINDOWS_UPDATE_CLIENT, 20, "0x80244007", "m", null));
    Snapshot s =
        snapshot(
            new MachineName("WSUS01", "corp.example"),
            policy("https://wsus01.corp.example:8531", true),
            null,
            events,
            Wsus.builder().role(WsusRole.SERVER).build());
    HostSummary h = FleetFacts.summary(0, "wsus01.json", s, NOW, null, List.of());
    assertTrue(h.scansItself());
    assertEquals(List.of(), FleetFacts.failures(h, s, NOW));
  }

  @Test
  void aMachineIsItsNameDomainAndClientId() {
    Snapshot s = snapshot(new MachineName("Web01", "corp.example"), null, null, null, null);
    HostSummary h = FleetFacts.summary(0, "a.json", s, NOW, null, List.of());
    assertEquals("web01.corp.example", h.machine());
    assertEquals("abc-1", h.susClientId());
    assertEquals(NOW, h.collectedAt());
    assertEquals(0, h.olderSnapshots());
  }
}
