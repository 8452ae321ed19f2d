package org.wuhealth.rules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.EventSource;
import org.wuhealth.facts.InstallAttempt;
import org.wuhealth.facts.LogEvent;

/** The rule-facing helpers for the WSUS rules. */
class WsusHelpersTest {
  private static final Instant T = Instant.parse("2026-11-20T07:00:00Z");
  private static final LogEvent SYNC_FAILED =
      new LogEvent(
          T,
          EventSource.WINDOWS_UPDATE_LOG,
          null,
          "0x80244007",
          "SyncUpdates_WithRecovery failed",
          null);

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
            List.of(InstallAttempt.builder().time(T).code("0x80072EFD").build())));
  }
}
