package org.wuhealth.rules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.ClientWebService;
import org.wuhealth.facts.EventSource;
import org.wuhealth.facts.IisLogSummary;
import org.wuhealth.facts.InstallAttempt;
import org.wuhealth.facts.LogEvent;
import org.wuhealth.facts.UpdatePolicy;
import org.wuhealth.facts.Wsus;
import org.wuhealth.facts.WsusRole;

/** The rule-facing helpers for the WSUS rules. */
class WsusHelpersTest {
  /** The guide's value, as WSUS-MAX-PREREQS' rule.yml gives it. */
  private static final int FIX = 800;

  private static final Instant T = Instant.parse("2026-11-20T07:00:00Z");
  private static final LogEvent SYNC_FAILED =
      new LogEvent(
          T,
          EventSource.WINDOWS_UPDATE_LOG,
          null,
          "0x80244007",
          "SyncUpdates_WithRecovery failed",
          null);
  private static final LogEvent MESSAGE_ONLY =
      new LogEvent(
          T,
          EventSource.WINDOWS_UPDATE_LOG,
          null,
          null,
          "*FAILED* [80244007] SyncUpdates_WithRecovery failed",
          null);

  private static Wsus server(Integer maxPrerequisites, Integer maxCached) {
    return new Wsus(
        WsusRole.SERVER,
        "10.0.17763.9121",
        maxPrerequisites == null && maxCached == null
            ? null
            : new ClientWebService(maxPrerequisites, maxCached),
        null,
        null,
        null);
  }

  private static UpdatePolicy wsusPolicy() {
    return new UpdatePolicy(
        "https://wsus01:8531", null, true, false, 4, null, null, null, null, null, false);
  }

  @Test
  void aServerAt400IsAPreventiveFindingUntilTheErrorShows() {
    var quiet =
        MaxPrerequisites.assess(FIX, List.of(server(400, 22000)), List.of(), List.of(), List.of());
    assertEquals(1, quiet.size());
    assertEquals(Severity.MEDIUM, quiet.get(0).severity());
    assertEquals(Confidence.LIKELY, quiet.get(0).confidence());
    assertFalse(quiet.get(0).codeSeen());
    // No advice on maxCachedUpdates: the value to raise it to is not in a source we could check.
    assertFalse(quiet.get(0).evidence().stream().anyMatch(e -> e.contains("maxCachedUpdates")));

    var failing =
        MaxPrerequisites.assess(
            FIX,
            List.of(server(400, 44000)),
            List.of(),
            List.of(SYNC_FAILED, MESSAGE_ONLY),
            List.of());
    assertEquals(Severity.HIGH, failing.get(0).severity());
    assertEquals(Confidence.CERTAIN, failing.get(0).confidence());
    assertTrue(failing.get(0).evidence().get(0).contains("logged 2 times"), failing.toString());
    assertFalse(failing.get(0).evidence().stream().anyMatch(e -> e.contains("maxCachedUpdates")));
  }

  @Test
  void aServerBelowTheGuidesValueIsReported() {
    var failing =
        MaxPrerequisites.assess(
            FIX, List.of(server(600, 44000)), List.of(), List.of(SYNC_FAILED), List.of());
    assertEquals(Severity.HIGH, failing.get(0).severity());
    assertEquals(Confidence.CERTAIN, failing.get(0).confidence());
    assertTrue(
        failing.get(0).evidence().get(1).contains("to 600, below the 800 the guide sets"),
        failing.toString());
  }

  @Test
  void aServerAlreadyRaisedRulesTheCauseOut() {
    assertTrue(
        MaxPrerequisites.assess(
                FIX, List.of(server(800, 44000)), List.of(), List.of(SYNC_FAILED), List.of())
            .isEmpty());
    assertEquals(
        "wsus.clientWebService.maxInstalledPrerequisites",
        MaxPrerequisites.assess(FIX, List.of(server(null, null)), List.of(), List.of(), List.of())
            .get(0)
            .missing(),
        "nothing logged and the value unknown: not checked");
    assertEquals(
        Confidence.POSSIBLE,
        MaxPrerequisites.assess(
                FIX, List.of(server(null, null)), List.of(), List.of(SYNC_FAILED), List.of())
            .get(0)
            .confidence(),
        "the error on a server whose web.config was not read");
  }

  @Test
  void aClientNamesTheServerWhereTheFixBelongs() {
    InstallAttempt attempt =
        new InstallAttempt(T, null, "KB5120418", null, null, "0x80244007", null);
    var client =
        MaxPrerequisites.assess(FIX, List.of(), List.of(wsusPolicy()), List.of(), List.of(attempt));
    assertEquals(Confidence.LIKELY, client.get(0).confidence());
    assertTrue(client.get(0).evidence().get(1).contains("https://wsus01:8531"), client.toString());
    UpdatePolicy windowsUpdateClient =
        new UpdatePolicy(null, null, null, null, null, null, null, null, null, null, null);
    assertTrue(
        MaxPrerequisites.assess(
                FIX, List.of(), List.of(windowsUpdateClient), List.of(SYNC_FAILED), List.of())
            .isEmpty(),
        "a host that scans no WSUS server: the error has another cause");
    assertEquals(
        "windowsUpdate.policy",
        MaxPrerequisites.assess(FIX, List.of(), List.of(), List.of(SYNC_FAILED), List.of())
            .get(0)
            .missing(),
        "without the policy, whether the host scans a WSUS server is unknown");
  }

  @Test
  void httpStatusesMapToTheAgentsCodes() {
    assertEquals("0x8024401F", WsusClientErrors.forHttpStatus(500));
    assertEquals("0x80244021", WsusClientErrors.forHttpStatus(502));
    assertEquals("0x80244022", WsusClientErrors.forHttpStatus(503));
    assertEquals("0x80244023", WsusClientErrors.forHttpStatus(504));
    assertNull(WsusClientErrors.forHttpStatus(404));
    assertEquals(
        List.of("0x80072EFD"),
        WsusClientErrors.seen(
            WsusClientErrors.SERVER_UNAVAILABLE,
            List.of(SYNC_FAILED, new LogEvent(T, null, null, "0x80072EFD", null, null)),
            List.of(new InstallAttempt(T, null, null, null, null, "0x80072EFD", null))));
  }

  @Test
  void iisErrorsCountAboveBothThresholds() {
    IisErrorThreshold t = new IisErrorThreshold(50, 1);
    assertTrue(t.exceeded(new IisLogSummary(null, null, 12000L, 230L, null)));
    assertFalse(t.exceeded(new IisLogSummary(null, null, 12000L, 49L, null)));
    assertFalse(t.exceeded(new IisLogSummary(null, null, 100000L, 60L, null)), "0.06 %");
    assertTrue(t.exceeded(new IisLogSummary(null, null, null, 50L, null)));
    assertFalse(t.exceeded(new IisLogSummary(null, null, 12000L, null, null)));
    assertEquals(
        "230 of 12000 requests (1.9 %)",
        IisErrorThreshold.describe(new IisLogSummary(null, null, 12000L, 230L, null)));
    assertEquals("50 errors and 1 % of the requests", t.describe());
    assertEquals("50 errors and 0.50 % of the requests", new IisErrorThreshold(50, 0.5).describe());
  }
}
